// The keys of dynamic_template_data a template reads: its attributes (by esp.sendgrid name)
// and the precomputed fields of its segments. Two of them must not share a key, or one sit
// inside the other ("user" and "user.name"): the sender could not fill both.
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { walkCond, walkNodes, type Cond, type Span } from '../../ir/nodes.js';
import type { RenderedTemplate, TargetContext } from '../target.js';
import { pathsOverlap } from './names.js';

export interface DataKey {
  /** The key (dotted for nested objects). */
  key: string;
  /** `profile.<name>` or `segment.<name>`. */
  owner: string;
  /** Where the owner is declared (attributes.yaml / segments.yaml), else where it is used. */
  span: Span;
}

export function templateDataKeys(template: RenderedTemplate, ctx: TargetContext): DataKey[] {
  const keys = new Map<string, DataKey>();
  const attribute = (name: string) => {
    const def = ctx.attributes.get(name);
    if (def && !keys.has(`profile.${name}`)) keys.set(`profile.${name}`, { key: def.esp.sendgrid, owner: `profile.${name}`, span: def.span });
  };
  const cond = (c: Cond) =>
    walkCond(c, (atom) => {
      if ((atom.kind === 'truthy' || atom.kind === 'compare') && atom.ref.kind === 'attr') attribute(atom.ref.name);
      if (atom.kind === 'segment') {
        const seg = ctx.segments?.get(atom.name);
        const field = seg?.fields?.sendgrid;
        if (field && !keys.has(`segment.${atom.name}`)) keys.set(`segment.${atom.name}`, { key: field, owner: `segment.${atom.name}`, span: seg.span });
      }
    });
  for (const nodes of Object.values(template.parts)) {
    walkNodes(nodes, (node) => {
      if (node.kind === 'output' && node.ref.kind === 'attr') attribute(node.ref.name);
      else if (node.kind === 'each') attribute(node.list.name);
      else if (node.kind === 'if') node.branches.forEach((b) => cond(b.cond));
    });
  }
  return [...keys.values()].sort((a, b) => a.key.localeCompare(b.key) || a.owner.localeCompare(b.owner));
}

export function checkDataKeys(keys: DataKey[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  keys.forEach((second, i) => {
    const first = keys.slice(0, i).find((k) => pathsOverlap(k.key, second.key));
    if (first) problems.push(diag('sendgrid-name-clash', second.span, { first: first.owner, second: second.owner, name: second.key }, { target: 'sendgrid' }));
  });
  return problems;
}
