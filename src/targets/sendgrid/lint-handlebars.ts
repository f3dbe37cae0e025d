// A lint over Handlebars meant for SendGrid, on the handlebars.js parser's AST. handlebars.js
// accepts much that SendGrid does not run reliably (reference §4.2, §9.1), so this holds
// emitted code (and hand-written templates) to the subset SendGrid documents:
// no subexpressions, no `../`, no `{{else helper}}` chains, no partials, decorators or raw
// blocks, no hash arguments, only documented helpers, and every value path qualified with
// `@root.` or `this.` (helpers change the scope on SendGrid, reference §4.2 gotcha 2).
import Handlebars from 'handlebars';

type Program = hbs.AST.Program;
type Statement = hbs.AST.Statement;
type Expression = hbs.AST.Expression;
type PathExpression = hbs.AST.PathExpression;

export type HandlebarsLintRule =
  | 'parse-error'
  | 'subexpression'
  | 'parent-path'
  | 'else-chain'
  | 'with'
  | 'lookup'
  | 'partial'
  | 'decorator'
  | 'raw-block'
  | 'unknown-helper'
  | 'hash-argument'
  | 'unqualified-path';

export interface HandlebarsLintProblem {
  rule: HandlebarsLintRule;
  message: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

/** Block helpers: Handlebars' documented ones and SendGrid's (SG-HB "Conditional statements", "Iterations"). */
export const SENDGRID_BLOCK_HELPERS: ReadonlySet<string> = new Set(['if', 'unless', 'each', 'equals', 'notEquals', 'greaterThan', 'lessThan', 'and', 'or']);
/** Helpers that print a value (SG-HB "Substitution", "Length"). */
export const SENDGRID_VALUE_HELPERS: ReadonlySet<string> = new Set(['insert', 'formatDate', 'length']);
/** Data variables a path may start with. */
const DATA_VARIABLES = new Set(['index']);

type NodeWithLoc = { loc?: { start: { line: number; column: number } } | null };

export function lintHandlebars(code: string): HandlebarsLintProblem[] {
  const problems: HandlebarsLintProblem[] = [];
  const add = (rule: HandlebarsLintRule, node: NodeWithLoc | null, message: string) => {
    const start = node?.loc?.start;
    problems.push({ rule, message, line: start?.line ?? 1, column: (start?.column ?? 0) + 1 });
  };

  let ast: Program;
  try {
    ast = Handlebars.parseWithoutProcessing(code);
  } catch (e) {
    const m = /line (\d+)/.exec((e as Error).message);
    problems.push({ rule: 'parse-error', message: (e as Error).message.split('\n')[0]!, line: m ? Number(m[1]) : 1, column: 1 });
    return problems;
  }

  const checkValuePath = (path: PathExpression) => {
    if (path.depth > 0 || path.original.includes('../')) {
      add('parent-path', path, `"${path.original}" reads a parent scope; SendGrid resolves ../ differently in previews and sends`);
      return;
    }
    const qualified = path.data
      ? (path.parts[0] === 'root' && path.parts.length > 1) || (DATA_VARIABLES.has(path.parts[0] ?? '') && path.parts.length === 1)
      : path.original.startsWith('this.') && path.parts.length > 0;
    if (!qualified) add('unqualified-path', path, `"${path.original}" is not qualified with @root. or this.`);
  };

  const checkParams = (params: Expression[], hash: hbs.AST.Hash | undefined, owner: NodeWithLoc) => {
    for (const p of params) {
      if (p.type === 'SubExpression') add('subexpression', p, 'subexpressions are not supported by SendGrid');
      else if (p.type === 'PathExpression') checkValuePath(p as PathExpression);
    }
    if (hash && hash.pairs.length > 0) add('hash-argument', owner, 'hash arguments (key=value) are not documented by SendGrid');
  };

  const checkHelper = (name: string, node: NodeWithLoc, isBlock: boolean) => {
    if (name === 'with') add('with', node, '"with" is not available on SendGrid');
    else if (name === 'lookup') add('lookup', node, '"lookup" is not available on SendGrid');
    else if (!(isBlock ? SENDGRID_BLOCK_HELPERS : SENDGRID_VALUE_HELPERS).has(name)) add('unknown-helper', node, `"${name}" is not a SendGrid ${isBlock ? 'block ' : ''}helper`);
  };

  const visitProgram = (program: Program | undefined) => {
    for (const statement of program?.body ?? []) visitStatement(statement);
  };

  const visitStatement = (statement: Statement) => {
    const node = statement as Statement & NodeWithLoc & { type: string };
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'PartialStatement':
      case 'PartialBlockStatement':
        add('partial', node, 'partials are not available on SendGrid');
        return;
      case 'Decorator':
      case 'DecoratorBlock':
        add('decorator', node, 'decorators are not available on SendGrid');
        return;
      case 'MustacheStatement': {
        const m = statement as hbs.AST.MustacheStatement;
        if (m.path.type !== 'PathExpression') {
          add('unknown-helper', node, 'a literal in place of a value or helper');
          return;
        }
        const path = m.path as PathExpression;
        if (m.params.length > 0 || (m.hash && m.hash.pairs.length > 0)) {
          checkHelper(path.original, node, false);
          checkParams(m.params, m.hash, node);
        } else checkValuePath(path);
        return;
      }
      case 'BlockStatement': {
        const b = statement as hbs.AST.BlockStatement;
        if (isRawBlock(code, node)) {
          add('raw-block', node, 'raw blocks need a helper SendGrid does not have');
          return;
        }
        checkHelper(b.path.original, node, true);
        checkParams(b.params, b.hash, node);
        visitProgram(b.program);
        const inverse = b.inverse as (Program & { chained?: boolean }) | undefined;
        if (inverse?.chained) add('else-chain', inverse.body[0] as NodeWithLoc, '"{{else <helper>}}" chains are only partly supported by SendGrid; nest blocks instead');
        visitProgram(inverse);
        return;
      }
      default:
        add('unknown-helper', node, `unexpected ${node.type}`);
    }
  };

  visitProgram(ast);
  return problems;
}

/** Raw blocks (`{{{{helper}}}}`) parse as BlockStatements; tell them apart by their source. */
function isRawBlock(code: string, node: NodeWithLoc): boolean {
  const start = node.loc?.start;
  if (!start) return false;
  const line = code.split('\n')[start.line - 1] ?? '';
  return line.startsWith('{{{{', start.column);
}
