// What the oracles run instead of what Braze runs, and the data they run it with.
//
// Braze's accessors (`{{${first_name}}}` inside an assign) are not Liquid; as a last,
// purely textual step they become plain paths (`braze_standard["first_name"]`). Static
// text can never produce the pattern, since the emitter never leaves `{%` in static text.
//
// Braze removes HTML comments from the html part before Liquid runs. The oracle run hides
// each comment behind an inert token while Liquid runs and puts it back unrendered
// afterwards: a static comment still compares equal with the reference, while Liquid
// inside a comment shows up unrendered (or breaks the template), so a test catches it.
import { InternalError } from '../../diagnostics/diagnostic.js';
import { evalCond } from '../../ir/evaluate.js';
import { PART_NAMES, walkCond, walkNodes, type Cond } from '../../ir/nodes.js';
import type { Profile, ProfileItem, ProfileValue } from '../../source/model.js';
import type { RenderedTemplate, TargetContext } from '../target.js';
import { accessorAssignRegex, namespaceKey, parseAccessor, plainPath, type BrazeAccessor } from './accessor.js';
import { opaqueSegments } from './conditions.js';
import { splitComments } from './html-comments.js';
import { referenceInstant } from '../../ir/dates.js';

/** Rewrites the emitted accessors to plain Liquid paths. */
export function toPlainLiquid(braze: string): string {
  return braze.replace(accessorAssignRegex(), (_m, variable: string, accessor: string) => {
    const parsed = parseAccessor(accessor);
    if (!parsed) throw new InternalError(`braze: unparsable accessor ${accessor}`);
    return `{% assign ${variable} = ${plainPath(parsed)} %}`;
  });
}

const COMMENT_TOKEN = '\u0000';

export interface HiddenComments {
  source: string;
  comments: string[];
}

/** Replaces each HTML comment by an inert token (`\u0000<n>\u0000`). */
export function hideComments(html: string): HiddenComments {
  if (html.includes(COMMENT_TOKEN)) throw new InternalError('braze: html part contains U+0000');
  const comments: string[] = [];
  const source = splitComments(html)
    .segments.map((s) => {
      if (!s.comment) return s.text;
      comments.push(s.text);
      return `${COMMENT_TOKEN}${comments.length - 1}${COMMENT_TOKEN}`;
    })
    .join('');
  return { source, comments };
}

/** Puts the hidden comments back, verbatim. */
export function restoreComments(rendered: string, comments: string[]): string {
  return rendered.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => comments[Number(i)]!);
}

export type LiquidData = Record<string, Record<string, unknown>>;

/**
 * The recipient as Braze would hold it, keyed like the plain paths. Date attributes are
 * held by Braze as UTC instants, so date strings are passed as UTC ISO strings.
 */
export function brazeData(profile: Profile, ctx: TargetContext, segments: Map<string, Cond>): LiquidData {
  const data: LiquidData = {};
  const put = (a: BrazeAccessor, value: unknown) => {
    const key = namespaceKey(a);
    (data[key] ??= {})[a.name] = value;
  };
  for (const [name, value] of Object.entries(profile.data)) {
    const def = ctx.attributes.get(name);
    const accessor = def ? parseAccessor(def.esp.braze) : null;
    if (!def || !accessor) continue;
    if (def.type === 'date') put(accessor, utcInstant(value));
    else if (def.type === 'list' && Array.isArray(value)) put(accessor, value.map((item) => listItem(item, def.items ?? {})));
    else put(accessor, value);
  }
  // segments read from a precomputed field: the audience sync writes "yes" for members
  for (const [segment, field] of opaqueSegments(ctx)) {
    const accessor = parseAccessor(field);
    const cond = segments.get(segment);
    if (accessor && cond && evalCond(cond, profile.data)) put(accessor, 'yes');
  }
  return data;
}

function listItem(item: ProfileItem, fields: Record<string, string>): ProfileItem {
  const out: ProfileItem = {};
  for (const [k, v] of Object.entries(item)) out[k] = fields[k] === 'date' ? (utcInstant(v) as string | null) : v;
  return out;
}

function utcInstant(value: ProfileValue | undefined): ProfileValue | undefined {
  if (typeof value !== 'string' || value === '') return value;
  const ms = referenceInstant(value);
  return ms === null ? value : new Date(ms).toISOString();
}

/** The conditions of the segments a template uses, from its `segment` nodes. */
export function segmentConditions(template: RenderedTemplate): Map<string, Cond> {
  const found = new Map<string, Cond>();
  const visitCond = (cond: Cond) => walkCond(cond, (c) => {
    if (c.kind === 'segment') found.set(c.name, c.cond);
  });
  for (const part of PART_NAMES) {
    walkNodes(template.parts[part], (node) => {
      if (node.kind === 'if') node.branches.forEach((b) => visitCond(b.cond));
    });
  }
  return found;
}
