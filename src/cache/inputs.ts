// The files a cached output was made from besides what its key covers, each with the
// sha256 of its content (null: the file did not exist). A lookup hits only when every
// one still has that content.
//   - components the template expanded (directly, through other components or slots):
//     hashed from the text the build loaded, like the template itself;
//   - files included with <mj-include> (what the render read, and every include named,
//     see mj-includes.ts): hashed from disk;
//   - for the AMP target, the image files it may have read for intrinsic sizes: every
//     src of the AMP part that names a path under the project root (amp-images.ts).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CompiledTemplate } from '../compile.js';
import type { Project } from '../source/model.js';
import type { OutputFile } from '../write/manifest.js';
import { ampImageFiles } from './amp-images.js';
import { includedFiles } from './mj-includes.js';
import { sha256 } from './template-key.js';

export type Inputs = Record<string, string | null>;

/**
 * A file written this close to (or after) the start of the compile may have changed
 * while it ran (file times can be as coarse as 2 s): the output is not trusted with it.
 */
const SETTLE_MS = 2000;

export class InputHasher {
  /** Component file -> its text as loaded. */
  private readonly components: Map<string, string>;
  /** Hashes already computed in this build: many templates share a component or an image. */
  private readonly seen = new Map<string, string | null>();

  constructor(private readonly project: Project) {
    this.components = new Map([...project.components.values()].map((c) => [c.file, c.text]));
  }

  /** Do all recorded inputs still have the recorded content? */
  unchanged(inputs: Inputs): boolean {
    for (const [file, recorded] of Object.entries(inputs)) {
      if (this.current(file) !== recorded) return false;
    }
    return true;
  }

  /**
   * The inputs of a freshly compiled template, or null when one of its files changed
   * after `startedAt` (the output may have been made from an older content).
   */
  record(compiled: CompiledTemplate, files: readonly OutputFile[], startedAt: number): Inputs | null {
    const inputs: Inputs = {};
    const root = this.project.root;
    const paths = [...new Set([...compiled.dependencies, ...includedFiles(compiled.ir, root), ...ampImageFiles(files, root)])].sort();
    for (const file of paths) {
      if (this.components.has(file)) {
        inputs[file] = this.current(file);
        continue;
      }
      const disk = this.fromDisk(file);
      if (disk.modified !== null && disk.modified > startedAt - SETTLE_MS) return null;
      inputs[file] = disk.hash;
    }
    return inputs;
  }

  private current(file: string): string | null {
    if (!this.seen.has(file)) {
      const text = this.components.get(file);
      this.seen.set(file, text !== undefined ? sha256(text) : this.fromDisk(file).hash);
    }
    return this.seen.get(file)!;
  }

  private fromDisk(file: string): { hash: string | null; modified: number | null } {
    const absolute = path.join(this.project.root, file);
    try {
      const modified = statSync(absolute).mtimeMs;
      return { hash: sha256(readFileSync(absolute)), modified };
    } catch {
      return { hash: null, modified: null };
    }
  }
}
