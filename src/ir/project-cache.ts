// Work shared by every template of one build, keyed by the Project object: lowered
// segments, lowered content-rule conditions and parsed `with:` template strings.
// (Parsing component files is cached by file text in src/parse, across Projects too.)
// A reload produces a new Project, so nothing here outlives the sources it came from.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TemplateNode } from '../parse/ast.js';
import type { ContentRule, Located, Project } from '../source/model.js';
import type { Cond } from './nodes.js';

export interface Lowered<T> {
  value: T;
  /** Problems found while producing it; added to every build that uses it. */
  diagnostics: Diagnostic[];
}

export interface ProjectCache {
  segments: Map<string, Lowered<Cond>>;
  /** Segments being lowered right now, outermost first (cycle detection). */
  segmentsInProgress: string[];
  ruleConditions: Map<ContentRule, Lowered<Cond>>;
  templateStrings: Map<Located<string>, Lowered<TemplateNode[]>>;
}

const caches = new WeakMap<Project, ProjectCache>();

export function projectCache(project: Project): ProjectCache {
  let cache = caches.get(project);
  if (!cache) {
    cache = { segments: new Map(), segmentsInProgress: [], ruleConditions: new Map(), templateStrings: new Map() };
    caches.set(project, cache);
  }
  return cache;
}

/** The entry for `key`, lowered the first time it is asked for, with the problems found doing so. */
export function lowerOnce<K, T>(entries: Map<K, Lowered<T>>, key: K, lower: (diagnostics: Diagnostic[]) => T): Lowered<T> {
  let entry = entries.get(key);
  if (!entry) {
    const diagnostics: Diagnostic[] = [];
    entry = { value: lower(diagnostics), diagnostics };
    entries.set(key, entry);
  }
  return entry;
}
