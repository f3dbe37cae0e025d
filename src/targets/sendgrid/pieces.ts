// The emitter builds each part as a flat list of pieces: literal text (what the recipient
// sees, before Handlebars protection), Handlebars tags, and numbered slots that stand for
// a branch body while a condition is lowered. Text is protected against Handlebars only at
// the very end (./static-text.ts), once it is known which pieces end up side by side.

import type { Span } from '../../ir/nodes.js';

export type Piece =
  /** `span`: where the text came from, when it is user source (for diagnostics). */
  | { kind: 'text'; text: string; span?: Span }
  | { kind: 'tag'; code: string }
  | { kind: 'slot'; id: number };

export const text = (t: string, span?: Span): Piece => (span ? { kind: 'text', text: t, span } : { kind: 'text', text: t });
export const tag = (code: string): Piece => ({ kind: 'tag', code });
export const slot = (id: number): Piece => ({ kind: 'slot', id });

/** The block helpers the emitter uses: Handlebars' own and SendGrid's documented ones. */
export type BlockHelper = 'if' | 'unless' | 'each' | 'equals' | 'notEquals' | 'greaterThan' | 'lessThan' | 'and' | 'or';

/** Helpers whose inverse is also a helper, so an empty first branch can be avoided. */
const NEGATION: Partial<Record<BlockHelper, BlockHelper>> = {
  if: 'unless',
  unless: 'if',
  equals: 'notEquals',
  notEquals: 'equals',
};

export function samePieces(a: readonly Piece[], b: readonly Piece[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.kind !== y.kind) return false;
    if (x.kind === 'text' && x.text !== (y as typeof x).text) return false;
    if (x.kind === 'tag' && x.code !== (y as typeof x).code) return false;
    if (x.kind === 'slot' && x.id !== (y as typeof x).id) return false;
  }
  return true;
}

/**
 * `{{#helper params}}whenTrue{{else}}whenFalse{{/helper}}`, simplified: a test whose two
 * branches are the same is dropped, and an empty first branch becomes the negated helper.
 */
export function block(helper: BlockHelper, params: string[], whenTrue: Piece[], whenFalse: Piece[]): Piece[] {
  if (samePieces(whenTrue, whenFalse)) return whenTrue;
  const negated = NEGATION[helper];
  if (whenTrue.length === 0 && negated) return block(negated, params, whenFalse, []);
  const open = tag(`{{#${helper} ${params.join(' ')}}}`);
  const close = tag(`{{/${helper}}}`);
  return whenFalse.length === 0 ? [open, ...whenTrue, close] : [open, ...whenTrue, tag('{{else}}'), ...whenFalse, close];
}

/** Replaces every slot by its body. */
export function fillSlots(pieces: readonly Piece[], bodies: ReadonlyMap<number, Piece[]>): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.kind === 'slot') out.push(...(bodies.get(p.id) ?? []));
    else out.push(p);
  }
  return out;
}

export function countSlots(pieces: readonly Piece[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const p of pieces) if (p.kind === 'slot') counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  return counts;
}
