// The keys of dynamic_template_data a template reads: its attributes (by esp.sendgrid name)
// and the precomputed fields of its segments. Two of them must not share a key, or one sit
// inside the other ("user" and "user.name"): the sender could not fill both. The list is
// also written beside the parts, as the contract the sender's code must meet.
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { walkNodes, type AttributeType, type Cond, type Span } from '../../ir/nodes.js';
import type { ExtraFile, RenderedTemplate, TargetContext } from '../target.js';
import { pathsOverlap } from './names.js';
import { compareCodeUnits } from '../../order.js';

/** How each attribute type travels in dynamic_template_data (the emitted code relies on it). */
const JSON_TYPES: Record<AttributeType, string> = {
  string: 'string',
  enum: 'string',
  email: 'string',
  url: 'string',
  date: 'string (ISO 8601 date or date-time)',
  number: 'number (a JSON number, never a string)',
  boolean: 'boolean (JSON true / false)',
  list: 'array',
};

export interface DataKey {
  /** The key (dotted for nested objects). */
  key: string;
  /** `profile.<name>` or `segment.<name>`. */
  owner: string;
  /** What the sender puts there: the attribute type (list items with their fields), or "yes" for segment members. */
  value: string;
  /** Where the owner is declared (attributes.yaml / segments.yaml), else where it is used. */
  span: Span;
}

export function templateDataKeys(template: RenderedTemplate, ctx: TargetContext): DataKey[] {
  const keys = new Map<string, DataKey>();
  const attribute = (name: string) => {
    const def = ctx.attributes.get(name);
    if (!def || keys.has(`profile.${name}`)) return;
    const value = def.type === 'list' ? `array of { ${Object.entries(def.items ?? {}).map(([f, t]) => `${f}: ${JSON_TYPES[t]}`).join(', ')} }` : JSON_TYPES[def.type];
    keys.set(`profile.${name}`, { key: def.esp.sendgrid, owner: `profile.${name}`, value, span: def.span });
  };
  const cond = (c: Cond): void => {
    switch (c.kind) {
      case 'truthy':
      case 'compare':
        if (c.ref.kind === 'attr') attribute(c.ref.name);
        return;
      case 'and':
      case 'or':
        c.items.forEach(cond);
        return;
      case 'not':
        cond(c.item);
        return;
      case 'segment': {
        const seg = ctx.segments?.get(c.name);
        const field = seg?.fields?.sendgrid;
        // A precomputed segment is read from its field only, not from its condition.
        if (!field) cond(c.cond);
        else if (!keys.has(`segment.${c.name}`)) keys.set(`segment.${c.name}`, { key: field, owner: `segment.${c.name}`, value: '"yes" for members, else absent', span: seg.span });
        return;
      }
      case 'const':
        return;
    }
  };
  for (const nodes of Object.values(template.parts)) {
    walkNodes(nodes, (node) => {
      if (node.kind === 'output' && node.ref.kind === 'attr') attribute(node.ref.name);
      else if (node.kind === 'each') attribute(node.list.name);
      else if (node.kind === 'if') node.branches.forEach((b) => cond(b.cond));
    });
  }
  return [...keys.values()].sort((a, b) => compareCodeUnits(a.key, b.key) || compareCodeUnits(a.owner, b.owner));
}

export function checkDataKeys(keys: DataKey[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  keys.forEach((second, i) => {
    const first = keys.slice(0, i).find((k) => pathsOverlap(k.key, second.key));
    if (first) problems.push(diag('sendgrid-name-clash', second.span, { first: first.owner, second: second.owner, name: second.key }, { target: 'sendgrid' }));
  });
  return problems;
}

/** `<template>.template-data.json`: the dynamic_template_data keys the template reads. */
export function templateDataFile(template: RenderedTemplate, ctx: TargetContext): ExtraFile {
  const keys = templateDataKeys(template, ctx).map(({ key, owner, value }) => ({ key, source: owner, value }));
  const missing = 'A missing value is an absent key or null (or "" for strings).';
  return { path: `${template.name}.template-data.json`, content: `${JSON.stringify({ template: template.name, missing, keys }, null, 2)}\n`, part: 'template-data' };
}
