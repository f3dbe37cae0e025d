// The build cache of one build (one per thread): looks templates up before they are
// compiled and stores each freshly compiled template that has no errors. See
// template-key.ts for the key, inputs.ts for what is checked on each lookup, store.ts
// for the folder, blobs.ts for the output files, and README "Build cache" for the rules.
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { CompiledTemplate } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Project, TargetId, TemplateSource } from '../source/model.js';
import type { ManifestEntry, OutputFile } from '../write/manifest.js';
import { placeBlob, readBlob, removeBlobsExcept, storeBlob } from './blobs.js';
import { blobsOf, parseEntry, type CacheEntry } from './entry.js';
import { cacheBlocker } from './environment.js';
import { InputHasher } from './inputs.js';
import { cacheDir, listEntries, pruneEntries, readEntryText, writeEntryText } from './store.js';
import { CACHE_FORMAT, projectKey, templateKey } from './template-key.js';
import { toolIdentity } from './tool-identity.js';

/** A template's output as a build produces it: its files, their manifest entries (same order), its diagnostics. */
export interface TemplateOutput {
  files: OutputFile[];
  entries: ManifestEntry[];
  diagnostics: Diagnostic[];
}

/** A template's output found in the cache, its blobs checked. */
export interface CachedOutput {
  entries: ManifestEntry[];
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
  /** Blobs this build stored: a content repeated across templates (a subject, say) is linked once. */
  private readonly stored = new Set<string>();

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

  /**
   * The stored output of `template` when its entry exists, is sound, its inputs are
   * unchanged and every one of its blobs still has the content it was stored with.
   */
  lookup(template: TemplateSource): CachedOutput | null {
    const key = this.keyOf(template);
    const text = readEntryText(this.dir, key);
    if (text === null) return null;
    const entry = parseEntry(text, key);
    if (!entry || entry.template !== template.name || !this.inputs.unchanged(entry.inputs)) return null;
    if (!entry.files.every((f) => readBlob(this.dir, f.sha256, f.bytes) !== null)) return null;
    return { entries: entry.files, diagnostics: entry.diagnostics };
  }

  /** Puts a looked-up output's files into `staging`; on failure removes what it put there and returns false. */
  restore(output: CachedOutput, staging: string): boolean {
    const placed: string[] = [];
    for (const f of output.entries) {
      const to = path.join(staging, f.path);
      if (!placeBlob(this.dir, f.sha256, to)) {
        for (const file of placed) rmSync(file, { force: true });
        return false;
      }
      placed.push(to);
    }
    return true;
  }

  /**
   * Stores a template compiled in this build, unless it has errors or one of its input
   * files changed while it compiled. `startedAt` is when its compile began (Date.now());
   * `stagedIn` is the folder its files were written to (null: they were not written).
   */
  store(template: TemplateSource, compiled: CompiledTemplate, output: TemplateOutput, startedAt: number, stagedIn: string | null): boolean {
    if (hasErrors(output.diagnostics)) return false;
    const inputs = this.inputs.record(compiled, output.files, startedAt);
    if (!inputs) return false;
    for (const [i, file] of output.files.entries()) {
      const hash = output.entries[i]!.sha256;
      if (this.stored.has(hash)) continue;
      const source = stagedIn !== null ? { file: path.join(stagedIn, file.path) } : { content: file.content };
      if (!storeBlob(this.dir, hash, source)) return false;
      this.stored.add(hash);
    }
    const key = this.keyOf(template);
    const entry: CacheEntry = { format: CACHE_FORMAT, key, template: template.name, inputs, diagnostics: output.diagnostics, files: output.entries };
    return writeEntryText(this.dir, key, JSON.stringify(entry));
  }

  /**
   * After a build of `templates`: when the folder holds more than ENTRIES_PER_TEMPLATE
   * entries per template, deletes every entry this build did not use, then every blob no
   * remaining entry refers to. Returns how many entries went.
   */
  prune(templates: readonly TemplateSource[]): number {
    const keep = new Set(templates.map((t) => this.keyOf(t)));
    const deleted = pruneEntries(this.dir, keep, ENTRIES_PER_TEMPLATE * Math.max(templates.length, 1));
    if (deleted > 0) {
      const referenced = new Set(listEntries(this.dir).flatMap((key) => blobsOf(readEntryText(this.dir, key) ?? '')));
      removeBlobsExcept(this.dir, referenced);
    }
    return deleted;
  }
}
