// Spreads a large build over threads: the main thread and (cores - 1) workers take chunks
// of templates from one queue, so every core renders MJML and no thread sits idle. Small
// builds stay in one thread: a worker's start-up (loading mjml) costs more than it saves.
import os from 'node:os';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ManifestEntry } from '../write/manifest.js';
import type { WorkerInput } from './build-worker.js';
import type { StagedTemplates } from './stage-templates.js';

/** Below this many templates a build runs in-process. */
export const POOL_THRESHOLD = 48;
/** Templates per chunk, and chunks a worker holds ahead (the main thread answers only between its own chunks). */
const CHUNK = 4;
const AHEAD = 3;
/**
 * The last templates go one per chunk: when the queue runs dry, a worker then holds at
 * most AHEAD templates the other threads cannot take, so all threads finish together.
 */
const TAIL = 16;

/**
 * How far a thread's heap may grow past what its last full collection kept, in percent,
 * while a pool runs. V8's own choice (up to 300%) lets each of two threads of a
 * 1000-template build reach ~200 MiB, mostly garbage (~470 MiB in all). At 70% (with
 * the CLI's smaller young generation, bin/tailor.js) a 1000-template build of real-world
 * emails peaks near 350 MiB instead of 370-400, in about the same time. The setting is
 * process-wide and is undone when the pool ends.
 */
const HEAP_GROWING_PERCENT = 70;

/** Workers only exist for the compiled tool (lib/*.js); tests run sources in-process. */
export function poolAvailable(): boolean {
  return import.meta.url.endsWith('.js') && process.env.TAILOR_WORKERS !== '0';
}

/** Worker threads to start besides the main thread (0 = build in one thread). */
export function poolSize(templates: number): number {
  if (!poolAvailable() || templates < POOL_THRESHOLD) return 0;
  const fromEnv = Number(process.env.TAILOR_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(0, Math.min(3, os.availableParallelism() - 1));
}

export async function stageInWorkers(
  size: number,
  input: WorkerInput,
  names: readonly string[],
  local: (names: string[]) => Promise<StagedTemplates>,
): Promise<StagedTemplates> {
  const queue: string[][] = [];
  const tailStart = Math.max(0, names.length - TAIL);
  for (let i = 0; i < tailStart; i += CHUNK) queue.push(names.slice(i, Math.min(i + CHUNK, tailStart)));
  for (let i = tailStart; i < names.length; i++) queue.push([names[i]!]);
  const results: { index: number; staged: StagedTemplates }[] = [];
  let next = 0;
  const workers: Worker[] = [];
  let failure: Error | null = null;
  // The first failure ends the pool: no chunk is handed out any more and every worker is
  // stopped, so nothing writes into the staging folder once the build discards it, and no
  // idle worker keeps the process alive.
  const fail = (err: Error) => {
    failure ??= err;
    next = queue.length;
    for (const worker of workers) void worker.terminate();
  };

  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(new URL('./build-worker.js', import.meta.url), { workerData: input });
      workers.push(worker);
      let pending = 0;
      const feed = () => {
        while (pending < AHEAD && next < queue.length) {
          const index = next++;
          pending++;
          worker.postMessage({ index, names: queue[index] });
        }
        if (pending === 0) worker.postMessage('done');
      };
      worker.on('message', (m: { ready?: boolean; index?: number; ok?: boolean; staged?: StagedTemplates; error?: string }) => {
        if (m.ready) return feed();
        if (!m.ok) return fail(new Error(m.error));
        pending--;
        results.push({ index: m.index!, staged: m.staged! });
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`build worker exited with ${code}`));
        resolve();
      });
    });

  // The main thread works the same queue, yielding between chunks so that workers'
  // requests for more work are answered.
  const runLocal = async () => {
    try {
      while (next < queue.length) {
        const index = next++;
        results.push({ index, staged: await local(queue[index]!) });
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (err) {
      fail(err as Error);
    }
  };
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  try {
    await Promise.all([...Array.from({ length: Math.min(size, queue.length) }, runWorker), runLocal()]);
  } finally {
    v8.setFlagsFromString('--heap-growing-percent=0'); // 0: V8 decides again
  }
  if (failure) throw failure;

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
