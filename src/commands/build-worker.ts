// A worker thread of a large build: gets the project the main thread loaded (a copy:
// plain data), then compiles and stages the templates the main thread sends it, chunk by
// chunk.
import { parentPort, workerData } from 'node:worker_threads';
import { BuildCache } from '../cache/build-cache.js';
import type { Project, TargetId } from '../source/model.js';
import { stageTemplates } from './stage-templates.js';

export interface WorkerInput {
  project: Project;
  targets: TargetId[];
  staging: string;
  /** Store what this worker compiles in the build cache. */
  cache?: boolean;
}

const input = workerData as WorkerInput;
const { project } = input;
const cache = input.cache ? new BuildCache(project, input.targets) : null;

// Chunks arrive ahead of time; they are compiled one after another, in arrival order.
let work = Promise.resolve();
parentPort!.on('message', (message: { index: number; names: string[] } | 'done') => {
  work = work.then(async () => {
    if (message === 'done') {
      parentPort!.close();
      return;
    }
    try {
      const staged = await stageTemplates(project, message.names, input.targets, input.staging, cache);
      parentPort!.postMessage({ ok: true, index: message.index, staged });
    } catch (err) {
      const e = err as Error;
      parentPort!.postMessage({ ok: false, error: e.stack ?? e.message });
    }
  });
});
parentPort!.postMessage({ ready: true });
