// Some of mjml's internals can only be replaced before mjml-core loads: its modules keep
// the helper functions they required, not the helper's module. Putting a module's exports
// in Node's require cache first makes every later `require` of that file return them.
import type { createRequire } from 'node:module';

export type Require = ReturnType<typeof createRequire>;

/** Is mjml-core's main module loaded (so it already holds the helpers it required)? False when there is no mjml-core. */
export function mjmlCoreLoaded(requireFromMjml: Require): boolean {
  try {
    return requireFromMjml.cache[requireFromMjml.resolve('mjml-core')] !== undefined;
  } catch {
    return false;
  }
}

/** From now on, `require(file)` (an absolute path) gives `exports` without running the file. */
export function putInRequireCache(requireFrom: Require, file: string, exports: unknown): void {
  requireFrom.cache[file] = { id: file, filename: file, loaded: true, exports, children: [], paths: [] } as unknown as NodeJS.Module;
}
