// Conditions as Mailchimp sees them: boolean formulas over the only two tests merge tags
// can make on one merge field.
//
//   present(T)   `*|IF:T|*`    T holds a non-empty value
//   equals(T, v) `*|IF:T=v|*`  T holds exactly v (false when T is empty: documented)
//
// Everything else (and, or, not, != , elif) is built from these by the decision tree in
// ./decision.ts. Facts record what the enclosing merge-tag blocks have already decided,
// so the same question is never asked twice and `!=` is only used where the field is
// known to be non-empty.

export type Atom = { kind: 'present'; tag: string } | { kind: 'equals'; tag: string; value: string };

export type Formula =
  | { kind: 'const'; value: boolean }
  | { kind: 'atom'; atom: Atom }
  | { kind: 'and'; items: Formula[] }
  | { kind: 'or'; items: Formula[] }
  | { kind: 'not'; item: Formula };

export const TRUE: Formula = { kind: 'const', value: true };
export const FALSE: Formula = { kind: 'const', value: false };

export function sameAtom(a: Atom, b: Atom): boolean {
  return a.kind === b.kind && a.tag === b.tag && (a.kind === 'present' || a.value === (b as typeof a).value);
}

/**
 * What is known about each merge field on the current path. Immutable: each fact added
 * makes a new link in front of the facts it extends (paths are short; nothing is copied).
 */
export class Facts {
  private constructor(
    private readonly tag: string | null,
    private readonly facts: TagFacts | null,
    private readonly rest: Facts | null,
  ) {}

  static readonly none = new Facts(null, null, null);

  /** The latest facts about `tag` on this path. */
  private about(tag: string): TagFacts | undefined {
    for (let link: Facts | null = this; link; link = link.rest) if (link.tag === tag) return link.facts!;
    return undefined;
  }

  /** The truth of `atom` on this path, or undefined when unknown. */
  truth(atom: Atom): boolean | undefined {
    const f = this.about(atom.tag);
    if (!f) return undefined;
    if (atom.kind === 'present') return f.present;
    if (f.present === false) return false;
    if (f.equals !== undefined) return f.equals === atom.value;
    if (f.notEquals.includes(atom.value)) return false;
    return undefined;
  }

  isPresent(tag: string): boolean | undefined {
    return this.about(tag)?.present;
  }

  /** These facts plus "`atom` is `value`". */
  with(atom: Atom, value: boolean): Facts {
    const old = this.about(atom.tag) ?? { notEquals: [] };
    const next: TagFacts = { ...old, notEquals: old.notEquals };
    if (atom.kind === 'present') next.present = value;
    else if (value) {
      next.present = true;
      next.equals = atom.value;
    } else next.notEquals = [...old.notEquals, atom.value];
    return new Facts(atom.tag, next, this);
  }
}

interface TagFacts {
  present?: boolean;
  equals?: string;
  notEquals: readonly string[];
}

/** `f` with every atom the facts decide replaced by its value, constants folded. */
export function simplify(f: Formula, facts: Facts): Formula {
  switch (f.kind) {
    case 'const':
      return f;
    case 'atom': {
      const t = facts.truth(f.atom);
      return t === undefined ? f : t ? TRUE : FALSE;
    }
    case 'not': {
      const inner = simplify(f.item, facts);
      return inner.kind === 'const' ? (inner.value ? FALSE : TRUE) : { kind: 'not', item: inner };
    }
    case 'and':
    case 'or': {
      const absorbing = f.kind === 'or'; // or: true absorbs; and: false absorbs
      const items: Formula[] = [];
      for (const item of f.items) {
        const s = simplify(item, facts);
        if (s.kind === 'const') {
          if (s.value === absorbing) return s;
          continue;
        }
        items.push(s);
      }
      if (items.length === 0) return absorbing ? FALSE : TRUE;
      if (items.length === 1) return items[0]!;
      return { kind: f.kind, items };
    }
  }
}

/** The first undecided atom in evaluation order (short-circuit order of and/or). */
export function firstAtom(f: Formula): Atom | null {
  switch (f.kind) {
    case 'const':
      return null;
    case 'atom':
      return f.atom;
    case 'not':
      return firstAtom(f.item);
    case 'and':
    case 'or':
      for (const item of f.items) {
        const a = firstAtom(item);
        if (a) return a;
      }
      return null;
  }
}
