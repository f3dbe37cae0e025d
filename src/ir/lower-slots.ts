// Slots: `<x-slot name="hero" />` becomes an if-chain from rules/content.yaml: one
// branch per rule, in order (`when` -> component `use` with props `with`), and the
// slot's `default` component as the else. Rule conditions are lowered once per Project.
import { diag } from '../diagnostics/diagnostic.js';
import type { TemplateNode } from '../parse/ast.js';
import { parseConditionSource, parseTemplateString } from '../parse/parse-file.js';
import { didYouMean } from '../parse/suggest.js';
import type { ContentRule, Located } from '../source/model.js';
import { expandComponent } from './expand-components.js';
import { constCond, foldIf } from './fold.js';
import { lowerCondition } from './lower-condition.js';
import { lowerNodes } from './lower-nodes.js';
import type { Cond, Node, Span } from './nodes.js';
import { lowerOnce } from './project-cache.js';
import type { PropArgument } from './props.js';
import { rulesScope, type BuildContext } from './scope.js';

type WithProps = Record<string, Located<string | number | boolean>>;

export function lowerSlot(name: string, span: Span, ctx: BuildContext): Node[] {
  const slot = ctx.project.content.get(name);
  if (!slot) {
    ctx.diagnostics.push(diag('unknown-slot', span, { name, suggestion: didYouMean(name, ctx.project.content.keys()) }));
    return [];
  }
  ctx.stack.push(`slot:${name}`);
  const branches = slot.rules.map((rule) => ({
    cond: ruleCondition(rule, ctx),
    body: expandFromRules(rule.use, rule.with, rule.span, ctx),
  }));
  let otherwise: Node[] | null = null;
  if (slot.default) otherwise = expandFromRules(slot.default.use, slot.default.with, slot.default.span, ctx);
  else ctx.diagnostics.push(diag('slot-without-default', slot.span, { name }));
  ctx.stack.pop();
  return foldIf(branches, otherwise, span, name);
}

export function ruleCondition(rule: ContentRule, ctx: BuildContext): Cond {
  const entry = lowerOnce(ctx.cache.ruleConditions, rule, (diagnostics) => {
    const expr = parseConditionSource(rule.when, diagnostics);
    const inner: BuildContext = { ...ctx, diagnostics, stack: [], templateData: {} };
    return expr ? lowerCondition(expr, rulesScope(), inner) : constCond(false, rule.when.span);
  });
  ctx.diagnostics.push(...entry.diagnostics);
  return entry.value;
}

/** A component named in content.yaml, with props from `with:` (strings may contain `{{ }}`). */
function expandFromRules(use: Located<string>, withProps: WithProps, span: Span, ctx: BuildContext): Node[] {
  const args: PropArgument[] = Object.entries(withProps).map(([propName, located]) => {
    if (typeof located.value !== 'string') {
      return { name: propName, nameSpan: located.span, span: located.span, value: { kind: 'literal', value: located.value } };
    }
    const parsed = templateString(located as Located<string>, ctx);
    return { name: propName, nameSpan: located.span, span: located.span, value: { kind: 'nodes', nodes: lowerNodes(parsed, rulesScope(), ctx) } };
  });
  return expandComponent({ name: use.value, nameSpan: use.span, span, args, children: null }, ctx);
}

/** A `with:` string parsed once per Project. */
export function templateString(located: Located<string>, ctx: BuildContext): TemplateNode[] {
  const entry = lowerOnce(ctx.cache.templateStrings, located, (diagnostics) => parseTemplateString(located, diagnostics));
  ctx.diagnostics.push(...entry.diagnostics);
  return entry.value;
}
