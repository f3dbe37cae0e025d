// Parses AMPscript tokens into items. Operator precedence follows the open-source
// engine's grammar: comparisons (< <= > >=) bind tightest, then == and !=, then AND and
// OR (one level, left to right), and NOT applies to the whole expression after it
// (`NOT a AND b` is `NOT (a AND b)`). Tailor's emitter parenthesises everything, so its
// output never depends on these rules.
import type { Expr, Item, Pos } from './ast.js';
import type { CompareOp } from './convert.js';
import { AmpscriptError } from './errors.js';
import { tokenize, type Token } from './lexer.js';
import { parseDecimal, parseLong } from './numbers.js';

export function parse(source: string): Item[] {
  return new Parser(tokenize(source)).program();
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  program(): Item[] {
    const items = this.items(new Set());
    if (this.peek().kind !== 'eof') this.fail(`unexpected ${this.describe(this.peek())}`);
    return items;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }
  private next(): Token {
    return this.tokens[this.i++]!;
  }
  private pos(t: Token = this.peek()): Pos {
    return { line: t.line, column: t.column };
  }
  private isKeyword(word: string, t: Token = this.peek()): boolean {
    return t.kind === 'keyword' && t.value === word;
  }
  private isOp(op: string, t: Token = this.peek()): boolean {
    return t.kind === 'op' && t.value === op;
  }
  private describe(t: Token): string {
    return t.kind === 'eof' ? 'end of content' : `${JSON.stringify(t.raw)}`;
  }
  private fail(message: string, t: Token = this.peek()): never {
    throw new AmpscriptError(message, t.line, t.column);
  }
  private expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) this.fail(`expected ${word.toUpperCase()}, found ${this.describe(this.peek())}`);
    return this.next();
  }
  private expectOp(op: string): Token {
    if (!this.isOp(op)) this.fail(`expected ${op}, found ${this.describe(this.peek())}`);
    return this.next();
  }
  private expectVar(): Token {
    if (this.peek().kind !== 'var') this.fail(`expected a @variable, found ${this.describe(this.peek())}`);
    return this.next();
  }

  /** Content and statements until one of `stops` (a keyword) or the end. */
  private items(stops: Set<string>): Item[] {
    const out: Item[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof') return out;
      if (t.kind === 'keyword' && stops.has(t.value)) return out;
      if (t.kind === 'text') {
        this.next();
        out.push({ k: 'text', text: t.value, ...this.pos(t) });
      } else if (t.kind === 'attrAtSea') {
        this.next();
        out.push({ k: 'attrAtSea', name: t.value, raw: t.raw, ...this.pos(t) });
      } else if (t.kind === 'inlineStart') {
        this.next();
        const expr = this.expr();
        if (this.peek().kind !== 'inlineEnd') this.fail(`expected =%% after the expression, found ${this.describe(this.peek())}`);
        this.next();
        out.push({ k: 'inline', expr, ...this.pos(t) });
      } else out.push(this.statement());
    }
  }

  private statement(): Item {
    const t = this.peek();
    const at = this.pos(t);
    if (this.isKeyword('var')) {
      this.next();
      const names = [this.expectVar().value];
      while (this.isOp(',')) {
        this.next();
        names.push(this.expectVar().value);
      }
      return { k: 'var', names, ...at };
    }
    if (this.isKeyword('set')) {
      this.next();
      const name = this.expectVar().value;
      this.expectOp('=');
      return { k: 'set', name, value: this.expr(), ...at };
    }
    if (this.isKeyword('if')) return this.ifStatement();
    if (this.isKeyword('for')) return this.forStatement();
    if (t.kind === 'keyword' && ['then', 'elseif', 'else', 'endif', 'to', 'downto', 'do', 'next'].includes(t.value)) {
      this.fail(`unexpected ${t.value.toUpperCase()}`);
    }
    return { k: 'expr', expr: this.expr(), ...at };
  }

  private ifStatement(): Item {
    const at = this.pos();
    this.expectKeyword('if');
    const branches: { cond: Expr; body: Item[] }[] = [];
    const stops = new Set(['elseif', 'else', 'endif']);
    let cond = this.expr();
    this.expectKeyword('then');
    branches.push({ cond, body: this.items(stops) });
    while (this.isKeyword('elseif')) {
      this.next();
      cond = this.expr();
      this.expectKeyword('then');
      branches.push({ cond, body: this.items(stops) });
    }
    let otherwise: Item[] | null = null;
    if (this.isKeyword('else')) {
      this.next();
      otherwise = this.items(new Set(['endif']));
    }
    if (!this.isKeyword('endif')) this.fail(`IF at line ${at.line} is not closed with ENDIF (found ${this.describe(this.peek())})`);
    this.next();
    return { k: 'if', branches, else: otherwise, ...at };
  }

  private forStatement(): Item {
    const at = this.pos();
    this.expectKeyword('for');
    const counter = this.expectVar().value;
    this.expectOp('=');
    const from = this.expr();
    let down = false;
    if (this.isKeyword('downto')) down = true;
    else if (!this.isKeyword('to')) this.fail(`expected TO or DOWNTO, found ${this.describe(this.peek())}`);
    this.next();
    const to = this.expr();
    this.expectKeyword('do');
    const body = this.items(new Set(['next']));
    if (!this.isKeyword('next')) this.fail(`FOR at line ${at.line} is not closed with NEXT (found ${this.describe(this.peek())})`);
    this.next();
    if (this.peek().kind === 'var') {
      const closing = this.next();
      if (closing.value.toLowerCase() !== counter.toLowerCase()) this.fail(`NEXT @${closing.value} does not match FOR @${counter}`, closing);
    }
    return { k: 'for', counter, from, to, down, body, ...at };
  }

  // expr := logic ; logic := equality ((AND|OR) equality)* ; equality := relational ((==|!=) relational)*
  // relational := primary ((<|<=|>|>=) primary)* ; primary := NOT expr | literal | @var | call | name | (expr)
  expr(): Expr {
    let left = this.equality();
    while (this.isKeyword('and') || this.isKeyword('or')) {
      const t = this.next();
      left = { k: 'logic', op: t.value as 'and' | 'or', left, right: this.equality(), ...this.pos(t) };
    }
    return left;
  }

  private equality(): Expr {
    let left = this.relational();
    while (this.isOp('==') || this.isOp('!=')) {
      const t = this.next();
      left = { k: 'compare', op: t.value as CompareOp, left, right: this.relational(), ...this.pos(t) };
    }
    return left;
  }

  private relational(): Expr {
    let left = this.primary();
    while (['<', '<=', '>', '>='].some((op) => this.isOp(op))) {
      const t = this.next();
      left = { k: 'compare', op: t.value as CompareOp, left, right: this.primary(), ...this.pos(t) };
    }
    return left;
  }

  private primary(): Expr {
    const t = this.next();
    const at = this.pos(t);
    switch (t.kind) {
      case 'keyword':
        if (t.value === 'not') return { k: 'not', item: this.expr(), ...at };
        if (t.value === 'true' || t.value === 'false') return { k: 'const', value: t.value === 'true', ...at };
        break;
      case 'string':
        return { k: 'const', value: t.value, ...at };
      case 'int':
        // An integer literal is a 64-bit long; one that does not fit reads as 0 (as the engine does).
        return { k: 'const', value: { t: 'int', v: parseLong(t.value) ?? 0n }, ...at };
      case 'real': {
        const d = parseDecimal(t.value);
        if (!d) this.fail(`bad number ${t.value}`, t);
        return { k: 'const', value: d, ...at };
      }
      case 'var':
        if (this.isOp('=')) {
          this.next();
          return { k: 'assign', name: t.value, value: this.expr(), ...at };
        }
        return { k: 'var', name: t.value, ...at };
      case 'bracketName':
        return { k: 'attr', name: t.value, ...at };
      case 'name':
        if (this.isOp('(')) {
          this.next();
          const args: Expr[] = [];
          if (!this.isOp(')')) {
            args.push(this.expr());
            while (this.isOp(',')) {
              this.next();
              args.push(this.expr());
            }
          }
          this.expectOp(')');
          return { k: 'call', name: t.value, args, ...at };
        }
        return { k: 'attr', name: t.value, ...at };
      case 'op':
        if (t.value === '(') {
          const inner = this.expr();
          this.expectOp(')');
          return inner;
        }
        break;
      default:
        break;
    }
    return this.fail(`unexpected ${this.describe(t)}`, t);
  }
}
