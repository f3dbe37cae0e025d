// Shared by the commands: load the project, turning a config failure into exit code 2.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { loadProject } from '../source/load.js';
import type { Project } from '../source/model.js';

export interface ProjectOptions {
  /** Project root; default: the current directory. */
  root?: string;
  /** Config file, relative to root; default tailor.config.yaml. */
  config?: string;
}

export interface LoadedProject {
  project: Project | null;
  diagnostics: Diagnostic[];
  /** 2 when the configuration itself is unusable. */
  configFailed: boolean;
}

export async function openProject(options: ProjectOptions): Promise<LoadedProject> {
  const root = path.resolve(options.root ?? '.');
  const loaded = await loadProject(root, options.config ? { config: options.config } : {});
  const configFailed =
    !loaded.project || loaded.diagnostics.some((d) => d.severity === 'error' && String(d.code).startsWith('config-'));
  return { project: loaded.project, diagnostics: loaded.diagnostics, configFailed };
}

/** 1 when any diagnostic is an error (configuration failures return 2 before this is asked). */
export function exitCodeFor(diagnostics: Diagnostic[]): 0 | 1 {
  return hasErrors(diagnostics) ? 1 : 0;
}

/** Reads a project file for code frames. */
export function projectReader(root: string): (file: string) => string | undefined {
  return (file) => {
    try {
      return readFileSync(path.join(root, file), 'utf8');
    } catch {
      return undefined;
    }
  };
}

let cachedVersion: string | undefined;
export function toolVersion(): string {
  if (!cachedVersion) {
    const pkgPath = new URL('../../package.json', import.meta.url);
    cachedVersion = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
  }
  return cachedVersion;
}
