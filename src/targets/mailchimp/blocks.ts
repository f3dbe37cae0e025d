// Writing one test as a merge-tag block, under three rules:
// - never an empty true branch (reported to fail with "Invalid Merge Tag Content"):
//   when only the false side has content, the test is negated (IFNOT, `!=`);
// - `!=` only where the field is known to be non-empty, because what Mailchimp does with
//   `IF:T!=v` on an empty field is undocumented; elsewhere it sits inside `IF:T`;
// - a false side that is itself a positive block continues the chain as ELSEIF.
import { Facts, type Atom } from './formula.js';

/** One `IF:` / `ELSEIF:` / `IFNOT:` clause and its (non-empty) content. */
export interface Clause {
  /** `T`, `T=v` or `T!=v`. */
  test: string;
  /** `IFNOT:T` (only ever the first clause of a block). */
  negated: boolean;
  body: string;
}

export interface Block {
  kind: 'block';
  clauses: Clause[];
  /** Content of `ELSE:`; '' = no ELSE. */
  otherwise: string;
}

/** Emitted code, kept as a block while a parent may still extend it with ELSEIF. */
export type Piece = string | Block;

export function code(piece: Piece): string {
  if (typeof piece === 'string') return piece;
  let out = '';
  piece.clauses.forEach((c, i) => {
    out += i === 0 ? `*|${c.negated ? 'IFNOT' : 'IF'}:${c.test}|*` : `*|ELSEIF:${c.test}|*`;
    out += c.body;
  });
  if (piece.otherwise !== '') out += `*|ELSE:|*${piece.otherwise}`;
  return `${out}*|END:IF|*`;
}

function positiveTest(atom: Atom): string {
  return atom.kind === 'present' ? atom.tag : `${atom.tag}=${atom.value}`;
}

/**
 * The block testing `atom`: `yes(facts)` is printed where it holds, `no(facts)` where it
 * does not, each with the facts of its side.
 */
export function testBlock(atom: Atom, facts: Facts, yes: (f: Facts) => Piece, no: (f: Facts) => Piece): Piece {
  const yesCode = code(yes(facts.with(atom, true)));
  const notAtom = facts.with(atom, false);
  if (yesCode !== '') {
    const noPiece = no(notAtom);
    const first: Clause = { test: positiveTest(atom), negated: false, body: yesCode };
    if (typeof noPiece !== 'string' && !noPiece.clauses[0]!.negated) {
      return { kind: 'block', clauses: [first, ...noPiece.clauses], otherwise: noPiece.otherwise };
    }
    return { kind: 'block', clauses: [first], otherwise: code(noPiece) };
  }
  if (atom.kind === 'present') return negated(atom.tag, code(no(notAtom)));
  if (facts.isPresent(atom.tag) === true) return notEqual(atom, code(no(notAtom)));
  // Not equal, field maybe empty: `IF:T` -> `IF:T!=v`, ELSE (empty field) -> the content again.
  const present: Atom = { kind: 'present', tag: atom.tag };
  const whenPresent = code(no(notAtom.with(present, true)));
  const whenEmpty = code(no(notAtom.with(present, false)));
  if (whenPresent === '') return negated(atom.tag, whenEmpty);
  return { kind: 'block', clauses: [{ test: atom.tag, negated: false, body: code(notEqual(atom, whenPresent)) }], otherwise: whenEmpty };
}

function negated(tag: string, body: string): Piece {
  return body === '' ? '' : { kind: 'block', clauses: [{ test: tag, negated: true, body }], otherwise: '' };
}

function notEqual(atom: Atom & { kind: 'equals' }, body: string): Piece {
  return body === '' ? '' : { kind: 'block', clauses: [{ test: `${atom.tag}!=${atom.value}`, negated: false, body }], otherwise: '' };
}
