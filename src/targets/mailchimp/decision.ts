// If-chains as decision trees. Mailchimp has no and/or: an `if / elif / else` chain over
// any boolean conditions becomes a tree of single tests, each leaf naming the branch
// shown on that path. A branch reachable by several paths (or) appears in several leaves,
// so its content is repeated; the caller caps the number of leaves.
import { Facts, firstAtom, sameAtom, simplify, type Atom, type Formula } from './formula.js';

export type Decision =
  /** Show branch `branch` (-1: the else branch, or nothing). */
  | { kind: 'leaf'; branch: number }
  | { kind: 'test'; atom: Atom; yes: Decision; no: Decision };

/** Thrown internally when a tree grows past the work limit. */
class TooLarge extends Error {}

/**
 * The decision tree choosing the first condition that holds, under what `facts` already
 * decide. Returns null when the tree would have more than `workLimit` leaves.
 */
export function decide(conds: Formula[], facts: Facts, workLimit: number): Decision | null {
  let leaves = 0;
  const leaf = (branch: number): Decision => {
    if (++leaves > workLimit) throw new TooLarge();
    return { kind: 'leaf', branch };
  };
  const from = (start: number, known: Facts): Decision => {
    for (let k = start; k < conds.length; k++) {
      const c = simplify(conds[k]!, known);
      if (c.kind === 'const') {
        if (c.value) return leaf(k);
        continue;
      }
      const atom = firstAtom(c)!;
      const yes = from(k, known.with(atom, true));
      const no = from(k, known.with(atom, false));
      // A test whose outcome does not matter is dropped.
      return sameDecision(yes, no) ? yes : { kind: 'test', atom, yes, no };
    }
    return leaf(-1);
  };
  try {
    return from(0, facts);
  } catch (e) {
    if (e instanceof TooLarge) return null;
    throw e;
  }
}

function sameDecision(a: Decision, b: Decision): boolean {
  if (a.kind === 'leaf' || b.kind === 'leaf') return a.kind === 'leaf' && b.kind === 'leaf' && a.branch === b.branch;
  return sameAtom(a.atom, b.atom) && sameDecision(a.yes, b.yes) && sameDecision(a.no, b.no);
}

export function countLeaves(d: Decision): number {
  return d.kind === 'leaf' ? 1 : countLeaves(d.yes) + countLeaves(d.no);
}
