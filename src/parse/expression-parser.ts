// A recursive-descent parser for the expression subset, with nunjucks' precedence:
//   or < and < not < in < comparison < filters < primary
// so `not a == b` is `not (a == b)` and `a == b | upper` filters `b`.
// Chained comparisons (`a < b < c`), arithmetic, calls and index lookups are refused.
import type { CompareOp } from '../ir/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/diagnostic.js';
import type { ExprNode } from './ast.js';
import { LexError, tokenize, type Token } from './expression-lexer.js';
import { FILTERS, FILTER_NAMES } from './filter-table.js';
import { joinSpans, type SpanMapper } from './offsets.js';
import { didYouMean } from './suggest.js';

/** A syntax error at a token; reported as `expression-syntax`. */
export class ExpressionSyntaxError {
  constructor(
    readonly detail: string,
    readonly start: number,
    readonly end: number,
    readonly hint?: string,
  ) {}
}

const COMPARE_OPS = new Set(['==', '!=', '<', '<=', '>', '>=']);
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else']);

function describe(t: Token): string {
  if (t.kind === 'eof') return 'end of expression';
  if (t.kind === 'string') return 'a string';
  return `\`${t.text}\``;
}

export class ExpressionParser {
  private pos = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly mapper: SpanMapper,
    /** Non-fatal problems (unknown filters, wrong argument counts) go here. */
    private readonly diagnostics: Diagnostic[],
  ) {}

  static fromText(text: string, start: number, end: number, mapper: SpanMapper, diagnostics: Diagnostic[]): ExpressionParser {
    return new ExpressionParser(tokenize(text, start, end), mapper, diagnostics);
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  isName(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'name' && t.text === text;
  }

  private isPunct(text: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === text;
  }

  fail(t: Token, detail: string, hint?: string): never {
    throw new ExpressionSyntaxError(detail, t.start, Math.max(t.end, t.start + 1), hint);
  }

  expectPunct(text: string): Token {
    if (!this.isPunct(text)) this.fail(this.peek(), `expected \`${text}\` but found ${describe(this.peek())}`);
    return this.next();
  }

  /** After parseExpression: never a comparison operator (parseCompare reports a chain itself). */
  expectEnd(): void {
    const t = this.peek();
    if (t.kind !== 'eof') this.fail(t, `unexpected ${describe(t)}`);
  }

  span(start: number, end: number) {
    return this.mapper.span(start, end);
  }

  parseExpression(): ExprNode {
    return this.parseOr();
  }

  private parseOr(): ExprNode {
    let left = this.parseAnd();
    while (this.isName('or')) {
      this.next();
      const right = this.parseAnd();
      left = { kind: 'or', left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  }

  private parseAnd(): ExprNode {
    let left = this.parseNot();
    while (this.isName('and')) {
      this.next();
      const right = this.parseNot();
      left = { kind: 'and', left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  }

  private parseNot(): ExprNode {
    if (this.isName('not')) {
      const t = this.next();
      const item = this.parseNot();
      return { kind: 'not', item, span: joinSpans(this.span(t.start, t.end), item.span) };
    }
    return this.parseIn();
  }

  private parseIn(): ExprNode {
    const left = this.parseCompare();
    const negated = this.isName('not') && this.isName('in', 1);
    if (negated || this.isName('in')) {
      if (negated) this.next();
      this.next();
      const right = this.parseCompare();
      return { kind: 'in', negated, left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  }

  private parseCompare(): ExprNode {
    const left = this.parseFiltered();
    const t = this.peek();
    if (t.kind === 'op' && COMPARE_OPS.has(t.text)) {
      this.next();
      const right = this.parseFiltered();
      const after = this.peek();
      if (after.kind === 'op' && COMPARE_OPS.has(after.text)) {
        this.fail(after, 'chained comparisons are not supported', 'Combine two comparisons with `and`: `a < b and b < c`.');
      }
      return {
        kind: 'compare',
        op: t.text as CompareOp,
        left,
        right,
        opSpan: this.span(t.start, t.end),
        span: joinSpans(left.span, right.span),
      };
    }
    if (this.isName('is')) this.fail(t, '`is` tests are not supported', 'Test presence with `{% if profile.x %}` or compare with `==`.');
    return left;
  }

  private parseFiltered(): ExprNode {
    let node = this.parseUnary();
    while (this.isPunct('|')) {
      this.next();
      const nameToken = this.next();
      if (nameToken.kind !== 'name') this.fail(nameToken, `expected a filter name after \`|\` but found ${describe(nameToken)}`);
      const nameSpan = this.span(nameToken.start, nameToken.end);
      const args: ExprNode[] = [];
      let end = nameToken.end;
      if (this.isPunct('(')) {
        this.next();
        while (!this.isPunct(')')) {
          args.push(this.parseExpression());
          if (!this.isPunct(',')) break;
          this.next();
        }
        end = this.expectPunct(')').end;
      }
      const spec = FILTERS[nameToken.text];
      if (!spec) {
        this.diagnostics.push(
          diag('unknown-filter', nameSpan, { name: nameToken.text, suggestion: didYouMean(nameToken.text, FILTER_NAMES) }),
        );
      } else if (args.length < spec.minArgs || args.length > spec.maxArgs) {
        const expected = spec.minArgs === spec.maxArgs ? String(spec.minArgs) : `${spec.minArgs} to ${spec.maxArgs}`;
        this.diagnostics.push(diag('filter-arguments', nameSpan, { name: nameToken.text, expected, found: args.length }));
      }
      node = { kind: 'filter', input: node, name: nameToken.text, nameSpan, args, span: joinSpans(node.span, this.span(end, end)) };
    }
    return node;
  }

  private parseUnary(): ExprNode {
    const t = this.peek();
    if (t.kind === 'punct' && t.text === '-') {
      this.next();
      const n = this.peek();
      if (n.kind !== 'number') this.fail(n, 'only number literals can be negated');
      this.next();
      return { kind: 'literal', value: -Number(n.text), span: this.span(t.start, n.end) };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): ExprNode {
    const t = this.next();
    switch (t.kind) {
      case 'string':
        return { kind: 'literal', value: t.text, span: this.span(t.start, t.end) };
      case 'number':
        return { kind: 'literal', value: Number(t.text), span: this.span(t.start, t.end) };
      case 'name': {
        if (t.text === 'true' || t.text === 'True') return { kind: 'literal', value: true, span: this.span(t.start, t.end) };
        if (t.text === 'false' || t.text === 'False') return { kind: 'literal', value: false, span: this.span(t.start, t.end) };
        if (KEYWORDS.has(t.text)) this.fail(t, `unexpected ${describe(t)}`);
        return this.parseNameRest(t);
      }
      case 'punct':
        if (t.text === '(') {
          const inner = this.parseExpression();
          const close = this.expectPunct(')');
          return { ...inner, span: this.span(t.start, close.end) } as ExprNode;
        }
        if (t.text === '[') return this.parseList(t);
        return this.fail(t, `unexpected ${describe(t)}`);
      default:
        return this.fail(t, `unexpected ${describe(t)}`);
    }
  }

  private parseNameRest(first: Token): ExprNode {
    const parts = [{ name: first.text, span: this.span(first.start, first.end) }];
    let end = first.end;
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        const p = this.next();
        if (p.kind !== 'name') this.fail(p, `expected a name after \`.\` but found ${describe(p)}`);
        parts.push({ name: p.text, span: this.span(p.start, p.end) });
        end = p.end;
      } else if (this.isPunct('[')) {
        this.fail(this.peek(), 'index lookups (`x[...]`) are not supported', 'Use `.` to reach a field: `profile.first_name`.');
      } else if (this.isPunct('(')) {
        this.fail(this.peek(), 'function calls are not supported', 'Use a filter instead: `{{ value | upper }}`.');
      } else break;
    }
    return { kind: 'name', parts, span: this.span(first.start, end) };
  }

  private parseList(open: Token): ExprNode {
    const items: ExprNode[] = [];
    while (!this.isPunct(']')) {
      items.push(this.parseExpression());
      if (!this.isPunct(',')) break;
      this.next();
    }
    const close = this.expectPunct(']');
    return { kind: 'list', items, span: this.span(open.start, close.end) };
  }
}

/** Turns a thrown lexer or parser error into a diagnostic; rethrows anything else (a bug). */
export function syntaxDiagnostic(error: unknown, mapper: SpanMapper): Diagnostic {
  if (error instanceof ExpressionSyntaxError) {
    const extra = error.hint ? { hint: error.hint } : {};
    return diag('expression-syntax', mapper.span(error.start, error.end), { detail: error.detail }, extra);
  }
  if (error instanceof LexError) {
    const c = error.message;
    const hint = c.includes('`=`') ? 'Compare with `==`.' : undefined;
    return diag('expression-syntax', mapper.span(error.start, error.end), { detail: c }, hint ? { hint } : {});
  }
  throw error;
}

/** Parses a whole expression from text[start, end). Returns null (and a diagnostic) on a syntax error. */
export function parseExpressionText(
  text: string,
  start: number,
  end: number,
  mapper: SpanMapper,
  diagnostics: Diagnostic[],
): ExprNode | null {
  try {
    const parser = ExpressionParser.fromText(text, start, end, mapper, diagnostics);
    if (parser.peek().kind === 'eof') parser.fail(parser.peek(), 'empty expression');
    const expr = parser.parseExpression();
    parser.expectEnd();
    return expr;
  } catch (error) {
    diagnostics.push(syntaxDiagnostic(error, mapper));
    return null;
  }
}
