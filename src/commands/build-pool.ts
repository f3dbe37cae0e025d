// Spreads a large build over worker threads. Each worker renders MJML for its share of
// templates; the main thread only hands out chunks and merges results. Small builds stay
// in one thread: a worker's start-up (loading mjml) costs more than it saves.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TargetId } from '../source/model.js';
import type { ManifestEntry } from '../write/manifest.js';
import type { StagedTemplates } from './stage-templates.js';

/** Below this many templates a build runs in-process. */
export const POOL_THRESHOLD = 48;
const CHUNK = 8;

/** Workers only exist for the compiled tool (lib/*.js); tests run sources in-process. */
export function poolAvailable(): boolean {
  return import.meta.url.endsWith('.js') && process.env.TAILOR_WORKERS !== '0';
}

export function poolSize(templates: number): number {
  if (!poolAvailable() || templates < POOL_THRESHOLD) return 0;
  const fromEnv = Number(process.env.TAILOR_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

export async function stageInWorkers(
  size: number,
  input: { root: string; config?: string; targets: TargetId[]; staging: string },
  names: readonly string[],
): Promise<StagedTemplates> {
  const queue: string[][] = [];
  for (let i = 0; i < names.length; i += CHUNK) queue.push(names.slice(i, i + CHUNK));
  const results: { index: number; staged: StagedTemplates }[] = [];
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./build-worker.js', import.meta.url), { workerData: input });
      let current = -1;
      const feed = () => {
        if (next >= queue.length) {
          worker.postMessage('done');
          return;
        }
        current = next++;
        worker.postMessage({ names: queue[current] });
      };
      worker.on('message', (m: { ready?: boolean; ok?: boolean; staged?: StagedTemplates; error?: string }) => {
        if (m.ready) return feed();
        if (!m.ok) return reject(new Error(m.error));
        results.push({ index: current, staged: m.staged! });
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build worker exited with ${code}`))));
    });
  await Promise.all(Array.from({ length: Math.min(size, queue.length) }, runWorker));
  // Merge in template order so diagnostics and the manifest do not depend on timing.
  results.sort((a, b) => a.index - b.index);
  const diagnostics: Diagnostic[] = [];
  const entries: ManifestEntry[] = [];
  const compiled: string[] = [];
  for (const r of results) {
    diagnostics.push(...r.staged.diagnostics);
    entries.push(...r.staged.entries);
    compiled.push(...r.staged.compiled);
  }
  return { diagnostics, entries, compiled };
}
