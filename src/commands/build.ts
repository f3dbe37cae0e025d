// `tailor build`: compile every template for every selected target and write dist/
// atomically, with a manifest. Nothing is written when any error was found. Templates
// whose inputs did not change since a previous build come from the build cache
// (src/cache) instead of being compiled again; the output is the same bytes either way.
import path from 'node:path';
import { BuildCache, cacheEnabled } from '../cache/build-cache.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Project, TargetId } from '../source/model.js';
import type { Manifest } from '../write/manifest.js';
import { commitStaging, createStaging, discardStaging, writeFiles } from '../write/write-dist.js';
import { poolSize, stageInWorkers } from './build-pool.js';
import { exitCodeFor, openProject, toolVersion, type ProjectOptions } from './project.js';
import { stageFromCache, stageTemplates, type StagedTemplates } from './stage-templates.js';
import { compareCodeUnits } from '../order.js';

export interface BuildOptions extends ProjectOptions {
  /** Output directory; default: the config's paths.out (dist). */
  out?: string;
  targets?: TargetId[];
  /** Use the build cache; default: on unless TAILOR_CACHE=0 or `cache: false` in the config. */
  cache?: boolean;
}

export interface BuildCacheReport {
  /** False when the cache was off (option, environment, config) or the project has errors. */
  enabled: boolean;
  /** Templates whose output came from the cache, sorted. */
  fromCache: string[];
  /** Templates this build compiled (those that stopped at an error too), sorted. */
  compiled: string[];
}

export interface BuildResult {
  exitCode: 0 | 1 | 2;
  diagnostics: Diagnostic[];
  project: Project | null;
  /** Absolute output directory. */
  outDir: string | null;
  /** Present when the output directory was written. */
  manifest?: Manifest;
  cache: BuildCacheReport;
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const opened = await openProject(options);
  const { project } = opened;
  if (!project || opened.configFailed) {
    return { exitCode: 2, diagnostics: sortDiagnostics(opened.diagnostics), project, outDir: null, cache: { enabled: false, fromCache: [], compiled: [] } };
  }
  const outDir = path.resolve(project.root, options.out ?? project.config.paths.out);
  const targets = options.targets ?? project.config.targets;
  const names = project.templates.map((t) => t.name);
  // A project that does not load cleanly fails the build anyway: compile it all, store nothing.
  const cache = cacheEnabled(options.cache, project) && !hasErrors(opened.diagnostics) ? new BuildCache(project, targets) : null;
  const staging = await createStaging(outDir);
  try {
    const cached = cache ? await stageFromCache(project, names, staging, cache) : null;
    const misses = cached?.misses ?? names;
    const workers = poolSize(misses.length);
    // `cache` tells the workers to store what they compile (they look nothing up).
    const input = { project, targets: [...targets], staging, cache: cache !== null };
    const compiled =
      workers > 0
        ? await stageInWorkers(workers, input, misses, (chunk) => stageTemplates(project, chunk, targets, staging, cache))
        : await stageTemplates(project, misses, targets, staging, cache);
    const staged = merge(cached?.staged, compiled);
    const report: BuildCacheReport = { enabled: cache !== null, fromCache: [...(cached?.staged.compiled ?? [])].sort(), compiled: [...misses].sort() };
    cache?.prune(project.templates);
    const diagnostics = sortDiagnostics([...opened.diagnostics, ...staged.diagnostics]);
    const exitCode = exitCodeFor(diagnostics);
    if (exitCode !== 0) {
      await discardStaging(staging);
      return { exitCode, diagnostics, project, outDir, cache: report };
    }
    const manifest: Manifest = {
      tool: 'tailor',
      version: toolVersion(),
      targets: [...targets],
      templates: [...staged.compiled].sort(),
      outputs: staged.entries.sort((a, b) => compareCodeUnits(a.path, b.path)),
    };
    await writeFiles(staging, [{ path: 'manifest.json', content: JSON.stringify(manifest, null, 2) + '\n' }]);
    await commitStaging(staging, outDir);
    return { exitCode, diagnostics, project, outDir, manifest, cache: report };
  } catch (err) {
    await discardStaging(staging);
    throw err;
  }
}

function merge(first: StagedTemplates | undefined, second: StagedTemplates): StagedTemplates {
  if (!first) return second;
  return {
    diagnostics: [...first.diagnostics, ...second.diagnostics],
    entries: [...first.entries, ...second.entries],
    compiled: [...first.compiled, ...second.compiled],
  };
}
