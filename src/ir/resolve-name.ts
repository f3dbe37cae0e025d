// What a dotted name means: `profile.x` (per-recipient attribute), `segment.x` (named
// condition), `props.x` (component prop), a loop variable's field, or build-time data.
import { diag } from '../diagnostics/diagnostic.js';
import type { ExprNode } from '../parse/ast.js';
import { CHILDREN_PROP } from '../parse/props-declaration.js';
import { didYouMean } from '../parse/suggest.js';
import type { BuildContext, Scope, Staged } from './scope.js';
import { segmentReference } from './segments.js';

const NAMESPACES = ['profile', 'segment', 'props'];

export function resolveName(expr: ExprNode & { kind: 'name' }, scope: Scope, ctx: BuildContext): Staged {
  const [head, second, ...rest] = expr.parts;
  const text = expr.parts.map((p) => p.name).join('.');
  const report = (code: Parameters<typeof diag>[0], span: typeof expr.span, args: Record<string, string>) => {
    ctx.diagnostics.push(diag(code, span, args));
    return { kind: 'error' } as const;
  };
  const invalid = (detail: string) => report('invalid-reference', expr.span, { text, detail });
  const noFields = (what: string) => (rest.length > 0 ? invalid(`${what} has no fields`) : null);

  switch (head!.name) {
    case 'profile': {
      if (!second) return invalid('`profile` needs an attribute name, e.g. `profile.first_name`');
      const def = ctx.project.attributes.get(second.name);
      if (!def) {
        return report('unknown-attribute', second.span, {
          name: second.name,
          suggestion: didYouMean(second.name, ctx.project.attributes.keys()),
        });
      }
      return noFields(`\`profile.${second.name}\``) ?? { kind: 'ref', ref: { kind: 'attr', name: def.name, type: def.type, span: expr.span }, span: expr.span };
    }
    case 'segment': {
      if (!second) return invalid('`segment` needs a segment name, e.g. `segment.frequent_buyers`');
      const tooDeep = noFields(`\`segment.${second.name}\``);
      if (tooDeep) return tooDeep;
      const cond = segmentReference(second.name, second.span, expr.span, ctx);
      return cond ? { kind: 'cond', cond, span: expr.span } : { kind: 'error' };
    }
    case 'props': {
      if (!second) return invalid('`props` needs a prop name, e.g. `props.headline`');
      if (!scope.props) return report('props-outside-component', expr.span, { name: second.name });
      const value = scope.props.get(second.name);
      const component = scope.component ?? '';
      if (!value) {
        const declared = [...scope.props.keys()].filter((k) => k !== CHILDREN_PROP).sort();
        return report('unknown-prop', second.span, {
          component,
          name: second.name,
          declared: declared.length ? declared.join(', ') : '(none)',
          suggestion: didYouMean(second.name, declared),
        });
      }
      const tooDeep = noFields(`\`props.${second.name}\``);
      if (tooDeep) return tooDeep;
      if (value.kind === 'value') return { kind: 'static', value: value.value, span: expr.span };
      return { kind: 'fragment', nodes: value.nodes, markup: value.markup, prop: second.name, component, span: expr.span };
    }
  }

  const loop = scope.loops.get(head!.name);
  if (loop?.kind === 'dynamic') {
    if (!second) return invalid(`a loop item is printed or tested by field, e.g. \`${head!.name}.name\``);
    const fields = loop.def.items ?? {};
    const type = fields[second.name];
    if (!type) {
      return report('unknown-item-field', second.span, {
        list: `profile.${loop.def.name}`,
        field: second.name,
        fields: Object.keys(fields).join(', ') || '(none)',
        suggestion: didYouMean(second.name, Object.keys(fields)),
      });
    }
    const ref = { kind: 'item', list: loop.def.name, loopVar: head!.name, field: second.name, type, span: expr.span } as const;
    return noFields(`\`${head!.name}.${second.name}\``) ?? { kind: 'ref', ref, span: expr.span };
  }

  // Build-time data: a static loop variable or front-matter data.
  let value: unknown;
  if (loop?.kind === 'static') value = loop.value;
  else if (Object.hasOwn(scope.data, head!.name)) value = scope.data[head!.name];
  else {
    const candidates = [...NAMESPACES, ...Object.keys(scope.data), ...scope.loops.keys()];
    const where =
      scope.origin === 'rules'
        ? 'Rules (segments.yaml, content.yaml) may use only `profile.*` and `segment.*`.'
        : 'Per-recipient values are `profile.*`, named conditions `segment.*`, component props `props.*`; other names are build-time data from the front matter.';
    return report('unknown-name', head!.span, { name: head!.name, where, suggestion: didYouMean(head!.name, candidates) });
  }
  for (const part of expr.parts.slice(1)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, part.name)) {
      value = (value as Record<string, unknown>)[part.name];
    } else {
      const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
      return report('unknown-name', part.span, {
        name: text,
        where: `\`${part.name}\` is not a key of this front-matter value.`,
        suggestion: didYouMean(part.name, keys),
      });
    }
  }
  return { kind: 'static', value, span: expr.span };
}
