// What names mean while lowering one piece of source, and the state shared by one build.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AttributeDef, Project } from '../source/model.js';
import type { AttrRef, Cond, Node, Span, ValueRef } from './nodes.js';
import type { ProjectCache } from './project-cache.js';

/** A component prop's value: a build-time literal, or nodes with per-recipient parts. */
export type PropValue =
  | { kind: 'value'; value: string | number | boolean | undefined }
  /** `markup`: the component's children (MJML, inserted as is); otherwise text (escaped when printed). */
  | { kind: 'fragment'; nodes: Node[]; markup: boolean };

export type LoopBinding =
  /** `{% for item in profile.list %}`: item fields are per-recipient. */
  | { kind: 'dynamic'; list: AttrRef; def: AttributeDef }
  /** `{% for x in some_front_matter_list %}`: unrolled at build time. */
  | { kind: 'static'; value: unknown };

export interface Scope {
  /** 'markup': MJML (build-time text is HTML-escaped when printed); 'text': plain text. */
  mode: 'markup' | 'text';
  /** Build-time names: front-matter data. */
  data: Record<string, unknown>;
  /** In a component: its props (every declared prop has an entry). Null elsewhere. */
  props: Map<string, PropValue> | null;
  /** The component being expanded, for messages. */
  component?: string;
  loops: Map<string, LoopBinding>;
  /** Where the source lives, for hints: rules files allow only `profile.*` and `segment.*`. */
  origin: 'template' | 'component' | 'rules';
}

export interface BuildContext {
  project: Project;
  cache: ProjectCache;
  diagnostics: Diagnostic[];
  /** The expansion chain (`component:x`, `slot:y`, `segment:z`), for cycle detection. */
  stack: string[];
  /** The template's front-matter data, visible in its components too. */
  templateData: Record<string, unknown>;
  /** Files of the components expanded so far (what the template's IR depends on besides itself and the rules). */
  used?: Set<string>;
}

/** A name or literal after staging: known at build time, or per-recipient. */
export type Staged =
  | { kind: 'static'; value: unknown; span: Span }
  | { kind: 'ref'; ref: ValueRef; span: Span }
  | { kind: 'fragment'; nodes: Node[]; markup: boolean; prop: string; component: string; span: Span }
  | { kind: 'cond'; cond: Cond; span: Span }
  /** Already reported. */
  | { kind: 'error' };

export function rulesScope(): Scope {
  return { mode: 'text', data: {}, props: null, loops: new Map(), origin: 'rules' };
}
