// The shapes shared by the AMP emitter and the endpoint resolver.
//
// The emitter turns every per-recipient value of a template into a named field of one
// JSON object (the endpoint's response); the amp-mustache templates only read fields:
// - text:   a string, already with fallback and filters applied (mustache escapes it);
// - choice: `<name>` is true when a branch of the if-chain holds, `<name>_<i>` when branch i
//           is the one taken (the `else` shows under `{{^name}}`);
// - list:   `<name>` is the array of items (each an object of its own fields, limit
//           applied) and `<name>_empty` is true when the list is missing or empty;
// - const:  a fixed string (e.g. a literal "{{" that must not read as a mustache tag).
// The plan keeps the IR of each field, so the resolver computes the response with the
// reference evaluator itself.
import type { AttrRef, Cond, Node, Span } from '../../ir/nodes.js';

export type DataVar =
  | { kind: 'text'; name: string; nodes: Node[]; /** What it prints, for the schema. */ source: string; span: Span }
  | { kind: 'choice'; name: string; conds: Cond[]; span: Span }
  | { kind: 'list'; name: string; list: AttrRef; loopVar: string; limit: number; vars: DataVar[]; span: Span }
  | { kind: 'const'; name: string; value: string };

export const PLAN_FORMAT = 'tailor-amp-data/1';

/** Everything the endpoint needs to answer for one template (written as <template>.resolver.json). */
export interface AmpDataPlan {
  format: typeof PLAN_FORMAT;
  template: string;
  /**
   * Hash of the fields. The AMP part asks for it (`v=` in the amp-list src), so an email
   * sent from an older build is answered with the plan it was built with: field names
   * change when the template changes, and a sent AMP part stays live for weeks.
   */
  version: string;
  vars: DataVar[];
}

/** The endpoint's JSON response for one recipient. */
export type AmpData = { [field: string]: string | boolean | AmpData[] };

/** Markup of the AMP part while it is built: static HTML, mustache fields and sections, regions. */
export type AmpNode =
  | { kind: 'html'; html: string }
  /** `{{name}}` (escaped by amp-mustache). */
  | { kind: 'var'; name: string }
  /** `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when inverted. */
  | { kind: 'section'; name: string; inverted: boolean; body: AmpNode[] }
  /** Per-recipient content: an amp-list fetching the template's data. */
  | { kind: 'region'; region: Region };

export interface Region {
  id: number;
  body: AmpNode[];
  span: Span;
  /** Mustache tags sit directly inside table markup: use the script form of the template. */
  tableContext: boolean;
}

export function html(s: string): AmpNode {
  return { kind: 'html', html: s };
}
