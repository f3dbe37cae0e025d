// The state of emitting one part: which Braze values it reads (each assigned once to a
// plain variable in the part's prelude, one accessor per tag, as Braze requires), fresh
// names for flags and temporaries, and the loop variables in scope.
import { InternalError } from '../../diagnostics/diagnostic.js';
import type { AttrRef, ValueRef } from '../../ir/nodes.js';
import type { TargetContext } from '../target.js';
import { formatAccessor, parseAccessor } from './accessor.js';

/** An item field readable as `item.field`; anything else is read with brackets. */
const PLAIN_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Field names Liquid answers itself when the key is absent (the item's size, first pair, ...). */
export const RESERVED_FIELDS = new Set(['size', 'first', 'last']);
/** A field name that fits in a bracketed string literal. */
export const BRACKET_FIELD = /^[^{}$"'\\%\u0000-\u001f\u007f]+$/;

export function fieldAccess(variable: string, field: string): string {
  return PLAIN_FIELD.test(field) ? `${variable}.${field}` : `${variable}["${field}"]`;
}

/** True when `field` can be read from a loop item exactly. */
export function isReadableField(field: string): boolean {
  return !RESERVED_FIELDS.has(field) && (PLAIN_FIELD.test(field) || BRACKET_FIELD.test(field));
}

interface PreludeEntry {
  variable: string;
  accessor: string;
}

export class PartWriter {
  private readonly used = new Set<string>();
  private readonly prelude = new Map<string, PreludeEntry>();
  private readonly counters = new Map<string, number>();
  /** The enclosing loops, innermost last: each IR loop variable and the Liquid variable bound to it. */
  private readonly loops: { loopVar: string; liquidVar: string }[] = [];

  constructor(private readonly ctx: TargetContext) {}

  /** A new variable name `<prefix>_<n>`, unique in this part. */
  fresh(prefix: string): string {
    for (;;) {
      const n = (this.counters.get(prefix) ?? 0) + 1;
      this.counters.set(prefix, n);
      const name = `${prefix}_${n}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }

  /** The plain variable holding a Braze value, declared in the prelude on first use. */
  private preludeVariable(key: string, prefix: string, baseName: string, accessor: string): string {
    const known = this.prelude.get(key);
    if (known) return known.variable;
    const base = `${prefix}_${baseName.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let variable = base;
    for (let i = 2; this.used.has(variable); i++) variable = `${base}_${i}`;
    this.used.add(variable);
    this.prelude.set(key, { variable, accessor });
    return variable;
  }

  attribute(ref: AttrRef): string {
    const def = this.ctx.attributes.get(ref.name);
    const accessor = def ? parseAccessor(def.esp.braze) : null;
    if (!accessor) throw new InternalError(`braze: attribute ${ref.name} has no usable Braze name (check() should have refused it)`);
    return this.preludeVariable(`attr:${ref.name}`, 'a', ref.name, formatAccessor(accessor));
  }

  /** A segment read from a precomputed Braze field ("yes" for members). */
  segmentField(name: string, field: string): string {
    const accessor = parseAccessor(field);
    if (!accessor) throw new InternalError(`braze: segment ${name} has no usable Braze field (check() should have refused it)`);
    return this.preludeVariable(`segment:${name}`, 's', name, formatAccessor(accessor));
  }

  value(ref: ValueRef): string {
    if (ref.kind === 'attr') return this.attribute(ref);
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const loop = this.loops[i]!;
      if (loop.loopVar === ref.loopVar) return fieldAccess(loop.liquidVar, ref.field);
    }
    throw new InternalError(`braze: loop variable ${ref.loopVar} used outside its loop`);
  }

  /** Runs `body` with `loopVar` bound to a fresh Liquid loop variable. */
  inLoop<T>(loopVar: string, body: (liquidVar: string) => T): T {
    const liquidVar = this.fresh('item');
    this.loops.push({ loopVar, liquidVar });
    try {
      return body(liquidVar);
    } finally {
      this.loops.pop();
    }
  }

  /** `{% assign a_x = {{${x}}} %}` for every Braze value the part reads, in first-use order. */
  preludeSource(): string {
    return [...this.prelude.values()].map((e) => `{% assign ${e.variable} = {{${e.accessor}}} %}`).join('');
  }
}
