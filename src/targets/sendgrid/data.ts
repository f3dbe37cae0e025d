// The `dynamic_template_data` a sender passes to SendGrid's Mail Send API for one recipient,
// built from a profile: each attribute under its esp.sendgrid name (dots make nested
// objects), values as they are (lists of item objects keep their field names), and each
// segment read from a precomputed SendGrid field set to "yes" for its members (what the
// audience sync is expected to fill).
import { evalCond } from '../../ir/evaluate.js';
import { walkCond, walkNodes, type Cond } from '../../ir/nodes.js';
import type { Profile, ProfileValue } from '../../source/model.js';
import type { RenderedTemplate, TargetContext } from '../target.js';

export type TemplateData = Record<string, unknown>;

function setPath(data: TemplateData, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = data;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as TemplateData;
  }
  node[keys[keys.length - 1]!] = value;
}

function copy(value: ProfileValue): unknown {
  return Array.isArray(value) ? value.map((item) => ({ ...item })) : value;
}

/** Segments of the template that SendGrid reads from a precomputed field. */
function precomputedSegments(template: RenderedTemplate, ctx: TargetContext): Map<string, { field: string; cond: Cond }> {
  const found = new Map<string, { field: string; cond: Cond }>();
  const visit = (cond: Cond) =>
    walkCond(cond, (c) => {
      if (c.kind !== 'segment') return;
      const field = ctx.segments?.get(c.name)?.fields?.sendgrid;
      if (field) found.set(c.name, { field, cond: c.cond });
    });
  for (const nodes of Object.values(template.parts)) {
    walkNodes(nodes, (node) => {
      if (node.kind === 'if') node.branches.forEach((b) => visit(b.cond));
    });
  }
  return found;
}

export function dynamicTemplateData(profile: Profile, ctx: TargetContext, template: RenderedTemplate): TemplateData {
  const data: TemplateData = {};
  for (const [name, value] of Object.entries(profile.data)) {
    const def = ctx.attributes.get(name);
    if (def) setPath(data, def.esp.sendgrid, copy(value));
  }
  for (const { field, cond } of precomputedSegments(template, ctx).values()) {
    if (evalCond(cond, profile.data)) setPath(data, field, 'yes');
  }
  return data;
}
