// The syntax tree of an AMPscript program: content items (text, inline expressions,
// personalization strings) interleaved with statements, as the language allows
// (`%%[ IF ... THEN ]%% text %%[ ENDIF ]%%`).
import type { CompareOp } from './convert.js';
import type { AValue } from './values.js';

export interface Pos {
  line: number;
  column: number;
}

export type Expr = Pos &
  (
    | { k: 'const'; value: AValue }
    | { k: 'var'; name: string }
    /** A bare or [bracketed] attribute name inside code. */
    | { k: 'attr'; name: string }
    | { k: 'call'; name: string; args: Expr[] }
    | { k: 'compare'; op: CompareOp; left: Expr; right: Expr }
    | { k: 'logic'; op: 'and' | 'or'; left: Expr; right: Expr }
    | { k: 'not'; item: Expr }
    /** `@x = value` written without SET (accepted, as the engine does). */
    | { k: 'assign'; name: string; value: Expr }
  );

export type Item = Pos &
  (
    | { k: 'text'; text: string }
    | { k: 'inline'; expr: Expr }
    | { k: 'attrAtSea'; name: string; raw: string }
    | { k: 'var'; names: string[] }
    | { k: 'set'; name: string; value: Expr }
    | { k: 'if'; branches: { cond: Expr; body: Item[] }[]; else: Item[] | null }
    | { k: 'for'; counter: string; from: Expr; to: Expr; down: boolean; body: Item[] }
    | { k: 'expr'; expr: Expr }
  );

/** Every function name called anywhere in a program (upper case). */
export function calledFunctions(items: Item[]): Set<string> {
  const names = new Set<string>();
  const expr = (e: Expr): void => {
    if (e.k === 'call') {
      names.add(e.name.toUpperCase());
      e.args.forEach(expr);
    } else if (e.k === 'compare' || e.k === 'logic') {
      expr(e.left);
      expr(e.right);
    } else if (e.k === 'not') expr(e.item);
    else if (e.k === 'assign') expr(e.value);
  };
  const walk = (list: Item[]): void => {
    for (const it of list) {
      if (it.k === 'inline' || it.k === 'expr') expr(it.expr);
      else if (it.k === 'set') expr(it.value);
      else if (it.k === 'if') {
        it.branches.forEach((b) => {
          expr(b.cond);
          walk(b.body);
        });
        if (it.else) walk(it.else);
      } else if (it.k === 'for') {
        expr(it.from);
        expr(it.to);
        walk(it.body);
      }
    }
  };
  walk(items);
  return names;
}
