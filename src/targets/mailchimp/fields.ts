// The merge-field contract: how a recipient's profile becomes Mailchimp merge fields. The
// audience sync must fill the fields exactly so; `execute()` does the same to run the
// emitted code for a fixture profile.
//
// - A scalar attribute fills the merge field named by `esp.mailchimp`: strings as they
//   are, numbers in their shortest decimal form (`5`, `2.5`), booleans as `true`/`false`,
//   missing values (absent, null, "") as an empty field. Dates are text fields holding
//   the ISO-8601 value (a Mailchimp "date" field would reformat it).
// - A list attribute with prefix `REC` and item fields `name, url` fills, for its i-th
//   item (1-based), `REC{i}NAME`, `REC{i}URL`. The list ends at the first item whose first
//   declared field is empty: that field marks an item as present.
// - A segment read from a precomputed field (`fields: { mailchimp: TAG }`) fills TAG with
//   `yes` for members and leaves it empty otherwise.
import { evalCond } from '../../ir/evaluate.js';
import { walkCond, walkNodes, type Cond, type Literal, type Node } from '../../ir/nodes.js';
import type { AttributeDef, Profile } from '../../source/model.js';
import type { RenderedTemplate, TargetContext } from '../target.js';
import { itemTag } from './tags.js';

export const SEGMENT_MEMBER_VALUE = 'yes';

/** The merge-field text of one profile value. */
export function fieldValue(value: Literal | null | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/** The item fields of a list attribute, in declaration order (the first marks presence). */
export function itemFields(list: AttributeDef): string[] {
  return Object.keys(list.items ?? {});
}

/** The merge field of a segment read from a precomputed field, if any. */
export function segmentField(name: string, ctx: TargetContext): string | undefined {
  return ctx.segments?.get(name)?.fields?.mailchimp;
}

/** Every merge field a recipient's profile fills, as the audience sync would. */
export function profileFields(data: Profile['data'], ctx: TargetContext, template: RenderedTemplate): Map<string, string> {
  const fields = new Map<string, string>();
  for (const def of ctx.attributes.values()) {
    const value = data[def.name];
    if (def.type !== 'list') {
      if (!Array.isArray(value)) fields.set(def.esp.mailchimp, fieldValue(value));
      continue;
    }
    const items = Array.isArray(value) ? value : [];
    items.forEach((item, i) => {
      for (const field of itemFields(def)) fields.set(itemTag(def.esp.mailchimp, i + 1, field), fieldValue(item[field]));
    });
  }
  for (const [name, cond] of segmentsUsed(template)) {
    const tag = segmentField(name, ctx);
    if (tag) fields.set(tag, evalCond(cond, data) ? SEGMENT_MEMBER_VALUE : '');
  }
  return fields;
}

/** The segments a template refers to, with their conditions. */
function segmentsUsed(template: RenderedTemplate): Map<string, Cond> {
  const found = new Map<string, Cond>();
  const visitNodes = (nodes: Node[]) =>
    walkNodes(nodes, (node) => {
      if (node.kind !== 'if') return;
      for (const b of node.branches)
        walkCond(b.cond, (c) => {
          if (c.kind === 'segment' && !found.has(c.name)) found.set(c.name, c.cond);
        });
    });
  for (const nodes of Object.values(template.parts)) visitNodes(nodes);
  return found;
}

/**
 * Who owns each merge tag in the attribute schema and segments (a list counts
 * `itemCount(list)` items). Used to detect two sources sharing one tag.
 */
export function tagOwners(ctx: TargetContext, itemCount: (list: AttributeDef) => number): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  const add = (tag: string, owner: string) => {
    const list = owners.get(tag) ?? [];
    if (!list.includes(owner)) list.push(owner);
    owners.set(tag, list);
  };
  for (const def of ctx.attributes.values()) {
    if (def.type !== 'list') {
      add(def.esp.mailchimp, `profile.${def.name}`);
      continue;
    }
    for (let i = 1; i <= itemCount(def); i++)
      for (const field of itemFields(def)) add(itemTag(def.esp.mailchimp, i, field), `item ${i} ${field} of profile.${def.name}`);
  }
  for (const seg of ctx.segments?.values() ?? []) {
    const tag = seg.fields?.mailchimp;
    if (tag) add(tag, `segment.${seg.name}`);
  }
  return owners;
}
