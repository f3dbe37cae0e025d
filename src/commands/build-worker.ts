// A worker thread of a large build: loads the project once, then compiles and stages
// the templates the main thread sends it, chunk by chunk.
import { parentPort, workerData } from 'node:worker_threads';
import { BuildCache } from '../cache/build-cache.js';
import { loadProject } from '../source/load.js';
import type { TargetId } from '../source/model.js';
import { stageTemplates } from './stage-templates.js';

interface WorkerInput {
  root: string;
  config?: string;
  targets: TargetId[];
  staging: string;
  /** Store what this worker compiles in the build cache. */
  cache?: boolean;
}

const input = workerData as WorkerInput;
const { project } = await loadProject(input.root, input.config ? { config: input.config } : {});
if (!project) throw new Error('worker could not load the project');
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
