// Runs a parsed AMPscript program and returns what it prints. Errors carry the line and
// column of the construct that failed.
import type { Expr, Item } from './ast.js';
import { compare, toText, truth, tryInt } from './convert.js';
import { AmpscriptError } from './errors.js';
import { callFunction, VOID, type CallContext, type CallResult, type DataExtension } from './functions.js';
import { parse } from './parser.js';
import { int, type AValue } from './values.js';

/** SFMC's server time: UTC-6, no daylight saving. */
export const SFMC_LOCAL_OFFSET = -360;

export interface RunOptions {
  /** Subscriber attributes (names are case-insensitive). A missing key is a missing attribute. */
  attributes?: Record<string, string | null>;
  dataExtensions?: DataExtension[];
  /**
   * The engine's local UTC offset in minutes. Defaults to -360: SFMC's servers keep US
   * Central Standard Time all year, and the conformance corpus was recorded that way.
   */
  localOffset?: number;
  now?: Date;
  /** A guard against runaway loops. */
  maxIterations?: number;
}

interface Variable {
  value: AValue;
  /** Set by SET (IsNull is false for a variable only declared with VAR). */
  assigned: boolean;
}

class Machine {
  private readonly vars = new Map<string, Variable>();
  private readonly attributes = new Map<string, AValue>();
  private readonly des = new Map<string, DataExtension>();
  private out = '';
  private iterations = 0;
  private readonly cx: CallContext;

  constructor(private readonly options: RunOptions) {
    for (const [k, v] of Object.entries(options.attributes ?? {})) this.attributes.set(k.toLowerCase(), v);
    for (const de of options.dataExtensions ?? []) this.des.set(de.name.toLowerCase(), de);
    this.cx = {
      localOffset: options.localOffset ?? SFMC_LOCAL_OFFSET,
      now: options.now ?? new Date(),
      write: (text) => {
        this.out += text;
      },
      attribute: (name) => {
        const key = name.toLowerCase();
        return this.attributes.has(key) ? { found: true, value: this.attributes.get(key)! } : { found: false, value: null };
      },
      dataExtension: (name) => {
        const de = this.des.get(name.toLowerCase());
        if (!de) throw new AmpscriptError(`data extension ${name} does not exist`);
        return de;
      },
    };
  }

  run(items: Item[]): string {
    this.items(items);
    return this.out;
  }

  private items(items: Item[]): void {
    for (const item of items) {
      try {
        this.item(item);
      } catch (e) {
        throw located(e, item);
      }
    }
  }

  private item(item: Item): void {
    switch (item.k) {
      case 'text':
        this.out += item.text;
        return;
      case 'attrAtSea': {
        const a = this.cx.attribute(item.name);
        // An unknown personalization string prints as written.
        this.out += a.found ? toText(a.value) : item.raw;
        return;
      }
      case 'inline': {
        const v = this.call(item.expr);
        if (v !== VOID) this.out += toText(v);
        return;
      }
      case 'var':
        for (const name of item.names) this.vars.set(name.toLowerCase(), { value: null, assigned: false });
        return;
      case 'set':
        this.assign(item.name, this.value(item.value));
        return;
      case 'expr':
        this.call(item.expr);
        return;
      case 'if': {
        const branch = item.branches.find((b) => truth(this.value(b.cond)));
        if (branch) this.items(branch.body);
        else if (item.else) this.items(item.else);
        return;
      }
      case 'for': {
        const from = this.integer(item.from);
        const to = this.integer(item.to);
        const step = item.down ? -1 : 1;
        for (let i = from; item.down ? i >= to : i <= to; i += step) {
          if (++this.iterations > (this.options.maxIterations ?? 100_000)) throw new AmpscriptError('too many loop iterations');
          this.assign(item.counter, int(i));
          this.items(item.body);
        }
        return;
      }
    }
  }

  private assign(name: string, value: AValue): void {
    this.vars.set(name.toLowerCase(), { value, assigned: true });
  }

  private integer(e: Expr): number {
    const [kind, n] = tryInt(this.value(e));
    if (kind === 'fail') throw new AmpscriptError('FOR bounds must be integers', e.line, e.column);
    return n;
  }

  /** An expression's value; a function that only writes yields null. */
  private value(e: Expr): AValue {
    const v = this.call(e);
    return v === VOID ? null : v;
  }

  private call(e: Expr): CallResult {
    try {
      switch (e.k) {
        case 'const':
          return e.value;
        case 'var':
          return this.vars.get(e.name.toLowerCase())?.value ?? null;
        case 'attr': {
          const a = this.cx.attribute(e.name);
          // A name the sending context does not have stops the send in SFMC.
          if (!a.found) throw new AmpscriptError(`attribute ${e.name} does not exist (use AttributeValue)`);
          return a.value;
        }
        case 'compare':
          return compare(this.value(e.left), this.value(e.right), e.op, this.cx);
        case 'logic': {
          const left = truth(this.value(e.left));
          const right = truth(this.value(e.right));
          return e.op === 'and' ? left && right : left || right;
        }
        case 'not':
          return !truth(this.value(e.item));
        case 'assign': {
          const v = this.value(e.value);
          this.assign(e.name, v);
          return v;
        }
        case 'call': {
          if (e.name.toUpperCase() === 'ISNULL' && e.args.length === 1) return this.isNull(e.args[0]!);
          return callFunction(e.name, e.args.map((a) => this.value(a)), this.cx);
        }
      }
    } catch (err) {
      throw located(err, e);
    }
  }

  /** IsNull: true for a missing value, false for a variable only declared (as SFMC does). */
  private isNull(arg: Expr): boolean {
    if (arg.k === 'var') {
      const v = this.vars.get(arg.name.toLowerCase());
      return !!v && v.assigned && v.value === null;
    }
    return this.value(arg) === null;
  }
}

function located(e: unknown, at: { line: number; column: number }): unknown {
  if (e instanceof AmpscriptError && e.line === undefined) return new AmpscriptError(e.message, at.line, at.column);
  return e;
}

/** Parses and runs AMPscript content; throws AmpscriptError (with line and column) on any error. */
export function runAmpscript(source: string, options: RunOptions = {}): string {
  return new Machine(options).run(parse(source));
}
