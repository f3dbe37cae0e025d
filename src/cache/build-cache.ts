// The build cache of one build (one per thread): looks templates up before they are
// compiled and stores each freshly compiled template that has no errors. See
// template-key.ts for the key, inputs.ts for what is checked on each lookup, store.ts
// for the folder, and README "Build cache" for the rules.
import type { CompiledTemplate } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Project, TargetId, TemplateSource } from '../source/model.js';
import type { OutputFile } from '../write/manifest.js';
import { parseEntry, type CacheEntry } from './entry.js';
import { cacheBlocker } from './environment.js';
import { InputHasher } from './inputs.js';
import { cacheDir, pruneEntries, readEntryText, writeEntryText } from './store.js';
import { CACHE_FORMAT, projectKey, templateKey } from './template-key.js';
import { toolIdentity } from './tool-identity.js';

/** A template's output as a build writes it. */
export interface TemplateOutput {
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

/** When a build ends with more than this many entries per template in the folder, every entry it did not use goes. */
export const ENTRIES_PER_TEMPLATE = 3;

/**
 * Is the cache on? Never when something it cannot account for is present (environment.ts).
 * Otherwise an explicit option (the CLI's --no-cache) decides; without one, TAILOR_CACHE=0
 * in the environment turns it off, otherwise `cache:` in the config.
 */
export function cacheEnabled(option: boolean | undefined, project: Project, env: NodeJS.ProcessEnv = process.env): boolean {
  if (cacheBlocker() !== null) return false;
  if (option !== undefined) return option;
  if (env.TAILOR_CACHE === '0') return false;
  return project.config.cache;
}

export class BuildCache {
  readonly dir: string;
  private readonly shared: string;
  private readonly keys = new Map<TemplateSource, string>();
  private readonly inputs: InputHasher;

  constructor(project: Project, targets: readonly TargetId[], tool: string = toolIdentity()) {
    this.dir = cacheDir(project.root);
    this.shared = projectKey(project, targets, tool);
    this.inputs = new InputHasher(project);
  }

  keyOf(template: TemplateSource): string {
    let key = this.keys.get(template);
    if (key === undefined) {
      key = templateKey(this.shared, template);
      this.keys.set(template, key);
    }
    return key;
  }

  /** The stored output of `template` when its entry exists, is sound and its inputs are unchanged. */
  lookup(template: TemplateSource): TemplateOutput | null {
    const key = this.keyOf(template);
    const text = readEntryText(this.dir, key);
    if (text === null) return null;
    const entry = parseEntry(text, key);
    if (!entry || entry.template !== template.name || !this.inputs.unchanged(entry.inputs)) return null;
    return { files: entry.files, diagnostics: entry.diagnostics };
  }

  /**
   * Stores a template compiled in this build, unless it has errors or one of its input
   * files changed while it compiled. `startedAt` is when its compile began (Date.now()).
   */
  store(template: TemplateSource, compiled: CompiledTemplate, output: TemplateOutput, startedAt: number): boolean {
    if (hasErrors(output.diagnostics)) return false;
    const inputs = this.inputs.record(compiled, output.files, startedAt);
    if (!inputs) return false;
    const key = this.keyOf(template);
    const entry: CacheEntry = { format: CACHE_FORMAT, key, template: template.name, inputs, diagnostics: output.diagnostics, files: output.files };
    return writeEntryText(this.dir, key, JSON.stringify(entry));
  }

  /**
   * After a build of `templates`: when the folder holds more than ENTRIES_PER_TEMPLATE
   * entries per template, deletes every entry this build did not use.
   */
  prune(templates: readonly TemplateSource[]): number {
    const keep = new Set(templates.map((t) => this.keyOf(t)));
    return pruneEntries(this.dir, keep, ENTRIES_PER_TEMPLATE * Math.max(templates.length, 1));
  }
}
