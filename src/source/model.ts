// The user's project after loading and validation: plain data, with positions kept
// where diagnostics may need them.
import type { AttributeType, Literal, Span } from '../ir/nodes.js';

export type TargetId = 'sfmc' | 'mailchimp' | 'braze' | 'sendgrid' | 'amp';
export const TARGET_IDS: readonly TargetId[] = ['sfmc', 'mailchimp', 'braze', 'sendgrid', 'amp'];

/** Item field types of a list attribute. */
export type ItemFieldType = Exclude<AttributeType, 'list' | 'enum'>;

/**
 * Per-ESP naming of one attribute.
 * - sfmc: the subscriber attribute / sendable data extension column (read with AttributeValue).
 *   For lists: the data extension holding the rows, looked up by subscriber key.
 * - mailchimp: the merge tag (upper case, A-Z 0-9 _). For lists: the prefix of numbered
 *   fields (`REC` -> REC1NAME, REC1URL, ...).
 * - braze: the Liquid accessor, e.g. `${first_name}` or `custom_attribute.${orders_12m}`.
 * - sendgrid: the key in dynamic_template_data.
 */
export interface EspNames {
  sfmc: string;
  mailchimp: string;
  braze: string;
  sendgrid: string;
  amp: string;
}

export interface AttributeDef {
  name: string;
  type: AttributeType;
  /** Text printed when the value is missing; undefined = none declared. */
  fallback?: string;
  /** enum only. */
  values?: string[];
  /** list only: max items and each item's fields. */
  max?: number;
  items?: Record<string, ItemFieldType>;
  /** Resolved per-ESP names (defaults filled in). */
  esp: EspNames;
  description?: string;
  span: Span;
}

export type AttributeSchema = Map<string, AttributeDef>;

/** A sample recipient. Keys are attribute names; a missing key means "no data". */
export interface Profile {
  id: string;
  /** fixtures/profiles/<id>.yaml */
  file: string;
  description?: string;
  data: Record<string, ProfileValue>;
}

export type ProfileValue = Literal | null | ProfileItem[];
export type ProfileItem = Record<string, Literal | null>;

/**
 * Missing means: absent, null, or the empty string. (Whitespace-only strings are present.)
 * An empty list is missing too.
 */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * A value read from a YAML scalar. `span` starts at the value's first character (after
 * any quote or block-scalar header) and ends after its last one.
 */
export interface Located<T> {
  value: T;
  span: Span;
  /**
   * Only for strings that are not a verbatim one-line copy of the source (escapes,
   * folded lines, block scalars): the source position of each character of `value`,
   * plus one entry for the end. When absent, character i is at `span.column + i` on
   * `span.line`. Use `spanWithin` (source/located.ts) rather than reading this directly.
   */
  charPositions?: { line: number; column: number }[];
}

export interface SegmentDef {
  name: string;
  /** The condition's source text, e.g. `profile.orders_12m >= 5`. */
  expression: Located<string>;
  description?: string;
  /**
   * Per-ESP precomputed membership: in that ESP the segment is read from this field
   * (filled by the audience sync with "yes" for members), instead of lowering its
   * condition. Used where an ESP cannot express the condition (e.g. Mailchimp and `>=`).
   */
  fields?: Partial<Record<TargetId, string>>;
  span: Span;
}

/** One row of the rules matrix: when `when` holds, the slot shows component `use`. */
export interface ContentRule {
  /** Condition source text (template-language expression). */
  when: Located<string>;
  use: Located<string>;
  /** Props; string values may contain `{{ }}` output expressions. */
  with: Record<string, Located<string | number | boolean>>;
  span: Span;
}

export interface SlotRules {
  slot: string;
  rules: ContentRule[];
  /** The component shown when no rule matches (`default:`); null when not declared. */
  default: { use: Located<string>; with: Record<string, Located<string | number | boolean>>; span: Span } | null;
  span: Span;
}

/** A source file held in memory with its text. */
export interface SourceFile {
  /** Path relative to the project root, with forward slashes (what diagnostics show). */
  file: string;
  text: string;
}

export interface TemplateSource extends SourceFile {
  /** File stem: templates/welcome.mjml -> welcome. */
  name: string;
}

export interface ComponentSource extends SourceFile {
  /** File stem: components/hero-vip.mjml -> hero-vip (used as <x-hero-vip>). */
  name: string;
}

export interface AmpTargetConfig {
  /** Absolute https URL of the endpoint; `{template}` is replaced by the template name. */
  endpoint: string;
  /** Query parameter carrying the recipient token (the ESP merges its value). */
  tokenParam: string;
  /** Which ESP will send the AMP part (decides how amp-mustache tags are protected), or none. */
  sendVia: 'sfmc' | 'braze' | 'sendgrid' | 'mailchimp' | 'none';
}

export interface TailorConfig {
  /** tailor.config.yaml, relative to the root. */
  file: string;
  targets: TargetId[];
  paths: { templates: string; components: string; rules: string; fixtures: string; out: string };
  mjml: { validationLevel: 'soft' | 'strict' | 'skip'; beautify: boolean; keepComments: boolean };
  target: {
    sfmc: Record<string, unknown>;
    mailchimp: { maxBranches: number };
    braze: Record<string, unknown>;
    sendgrid: { maxBranches: number };
    amp: AmpTargetConfig;
  };
  /** Write a multipart .eml per template and target. */
  eml: boolean;
  /** Reuse each unchanged template's output from the build cache (.cache/tailor/build/). */
  cache: boolean;
  lint: { rules: Record<string, 'off' | 'warn' | 'error'> };
}

/** Everything read from a project, validated. */
export interface Project {
  /** Absolute path of the project root. */
  root: string;
  config: TailorConfig;
  attributes: AttributeSchema;
  segments: Map<string, SegmentDef>;
  content: Map<string, SlotRules>;
  components: Map<string, ComponentSource>;
  templates: TemplateSource[];
  profiles: Profile[];
  /** Every file and directory read, relative to root (the watcher watches exactly these). */
  read: string[];
}
