// The interface every target implements. A new ESP is one folder under src/targets,
// one line in ./registry.ts and one row in ./capabilities.ts.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Node, PartName } from '../ir/nodes.js';
import type { AttributeSchema, Profile, SegmentDef, TailorConfig, TargetId } from '../source/model.js';

/** A template after the IR phase: components expanded, slots lowered, build-time values folded. */
export interface TemplateIR {
  name: string;
  /** templates/<name>.mjml */
  file: string;
  /** The MJML body: static nodes hold MJML source (with their spans), dynamic nodes the logic. */
  body: Node[];
  /** Front matter parts; static text is plain text. */
  subject: Node[];
  preheader: Node[];
  /** Other front-matter keys (build-time data). */
  meta: Record<string, unknown>;
}

/**
 * A template after rendering: MJML ran once, and each part is a tree whose static
 * nodes hold final HTML (html part) or plain text (text, subject, preheader).
 */
export interface RenderedTemplate {
  name: string;
  file: string;
  ir: TemplateIR;
  parts: Record<PartName, Node[]>;
}

export interface TargetContext {
  attributes: AttributeSchema;
  config: TailorConfig;
  /** Named segments (for targets that read some segments from precomputed fields). */
  segments?: Map<string, SegmentDef>;
  /** Absolute project root (for targets that read local files, e.g. image sizes). */
  root?: string;
}

/** The emitted code of one template for one target. */
export type EmittedParts = Record<PartName, string>;

/** One extra file a target writes beside the parts (e.g. AMP's JSON Schema). */
export interface ExtraFile {
  /** Path relative to dist/<target>/ */
  path: string;
  content: string;
  /** The part this file belongs to, for the manifest. */
  part: string;
}

export interface Target {
  id: TargetId;
  /** Human name, e.g. "Salesforce Marketing Cloud (AMPscript)". */
  title: string;
  /** File extension of the html part (".html", ".amp.html"). */
  htmlExtension: string;
  /**
   * Everything this target cannot express exactly in this template, as diagnostics
   * naming the template line and what to do instead. Runs before anything is emitted.
   */
  check(template: RenderedTemplate, ctx: TargetContext): Diagnostic[];
  /** The ESP code for each part. Contains no error paths: check() ran first and passed. */
  emit(template: RenderedTemplate, ctx: TargetContext): EmittedParts;
  /** Extra files beside the parts (optional). */
  extraFiles?(template: RenderedTemplate, emitted: EmittedParts, ctx: TargetContext): ExtraFile[];
  /**
   * Runs the emitted code for one recipient with this target's engine (or Tailor's
   * interpreter for it) and returns what the recipient receives, per part.
   */
  execute(emitted: EmittedParts, profile: Profile, ctx: TargetContext, template: RenderedTemplate): Promise<EmittedParts>;
  /**
   * The integrity check run on every emitted template: blocks balance, no placeholder
   * or live delimiter is left. Returns the problems found (empty = sound).
   */
  integrity?(emitted: EmittedParts): string[];
}
