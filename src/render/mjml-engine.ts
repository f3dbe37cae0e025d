// The one place that loads and calls mjml. Loaded lazily (require costs ~0.3 s) and once.
//
// mjml's navbar and carousel name their elements with Math.random() hex ids, so two
// renders of one source differ. While Tailor's render runs, Math.random is a generator
// seeded from the template name: the same template always gets the same ids. (mjml's id
// helper cannot be swapped itself: each component keeps its own reference to it.) mjml
// renders synchronously inside its async function when minify is off, so the swap is
// undone before any other code runs.
//
// Three of mjml's internals are replaced by faster equals before mjml is first used
// (mjml-speedups/); renderPlain() uses a separate, untouched copy of mjml.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { installMjmlSpeedups } from './mjml-speedups/install.js';
import type { MjmlSchema } from './mjml-tracker.js';

export interface MjmlOptions {
  validationLevel: 'soft' | 'strict' | 'skip';
  keepComments: boolean;
  beautify: boolean;
  minify: false;
  ignoreIncludes: boolean;
  filePath?: string;
  actualPath?: string;
  includePath?: string[];
}

export interface MjmlValidationError {
  line: number;
  message: string;
  tagName: string;
  formattedMessage: string;
}

/** mjml's parsed tree (only what Tailor reads). */
export interface MjmlJsonNode {
  tagName: string;
  file?: string;
  absoluteFilePath?: string;
  includedIn?: { file: string; line: number }[];
  errors?: { type: string; params?: Record<string, unknown> }[];
  attributes?: Record<string, unknown>;
  children?: MjmlJsonNode[];
  content?: string;
  line?: number;
}

export interface MjmlResult {
  html: string;
  json: MjmlJsonNode;
  errors: MjmlValidationError[];
}

type Mjml2Html = (input: string, options: MjmlOptions) => Promise<MjmlResult>;

export interface MjmlEngine {
  schema: MjmlSchema;
  /** mjml2html with random ids made deterministic from `seed`. */
  render(source: string, options: MjmlOptions, seed: string): Promise<MjmlResult>;
  /**
   * mjml2html exactly as mjml ships it (random ids included, none of Tailor's speed-ups,
   * its own module instances): the reference to compare with.
   */
  renderPlain(source: string, options: MjmlOptions): Promise<MjmlResult>;
}

let loaded: MjmlEngine | undefined;
let vanilla: Mjml2Html | undefined;

export function loadMjml(): MjmlEngine {
  loaded ??= createEngine();
  return loaded;
}

function createEngine(): MjmlEngine {
  const requireHere = createRequire(import.meta.url);
  const mjmlPath = requireHere.resolve('mjml');
  const fromMjml = createRequire(mjmlPath);
  primeBabelReflectCheck(createRequire(fromMjml.resolve('mjml-core')));
  installMjmlSpeedups(fromMjml);
  const mjml2html = requireHere(mjmlPath) as Mjml2Html;
  const core = fromMjml('mjml-core') as { components: Record<string, { endingTag?: boolean; componentName?: string }> };
  const validator = fromMjml('mjml-validator') as { dependencies: Record<string, (string | RegExp)[]> };

  const endingTags = new Set<string>();
  for (const [name, component] of Object.entries(core.components)) if (component.endingTag) endingTags.add(component.componentName ?? name);
  const rawParents = new Set<string>();
  for (const [parent, children] of Object.entries(validator.dependencies)) if (children.includes('mj-raw')) rawParents.add(parent);

  return {
    schema: { endingTags, rawParents },
    renderPlain: (source, options) => {
      vanilla ??= loadVanilla(requireHere, mjmlPath);
      return vanilla(source, { ...options });
    },
    async render(source, options, seed) {
      const original = Math.random;
      Math.random = seededRandom(seed);
      let pending: Promise<MjmlResult>;
      try {
        pending = mjml2html(source, { ...options });
      } finally {
        Math.random = original;
      }
      return pending;
    },
  };
}

/** Files of mjml's own packages (mjml, mjml-core, mjml-section ...). */
const MJML_PACKAGE_FILE = /[\\/]node_modules[\\/]mjml(-[^\\/]+)?[\\/]/;

/**
 * A second, untouched copy of mjml: its packages loaded afresh (the require cache entries
 * of the first copy set aside meanwhile), so no replacement reaches it.
 */
function loadVanilla(requireHere: NodeJS.Require, mjmlPath: string): Mjml2Html {
  const cache = requireHere.cache;
  const first = new Map(Object.entries(cache).filter(([file]) => MJML_PACKAGE_FILE.test(file)));
  for (const file of first.keys()) delete cache[file];
  try {
    return requireHere(mjmlPath) as Mjml2Html;
  } finally {
    for (const file of Object.keys(cache)) if (MJML_PACKAGE_FILE.test(file)) delete cache[file];
    for (const [file, module] of first) cache[file] = module;
  }
}

/**
 * mjml's components are compiled classes whose constructors call Babel's `callSuper`
 * helper, which asks `isNativeReflectConstruct()` on every construction. That helper
 * remembers its answer by replacing its own export on the first call, but `callSuper`
 * keeps the export it loaded with, so without this every mjml element repeats the probe
 * (a throwaway class and object each time: a measurable share of a render and of the
 * garbage it leaves). Calling the helper once before mjml loads means `callSuper` loads
 * the remembered answer. Nothing else changes: the answer is the same boolean.
 */
function primeBabelReflectCheck(requireFromCore: NodeJS.Require): void {
  try {
    (requireFromCore('@babel/runtime/helpers/isNativeReflectConstruct') as () => boolean)();
  } catch {
    // Another mjml build without the helper: nothing to prime.
  }
}

/** mulberry32, seeded from a hash of `seed`: a stable sequence per template. */
function seededRandom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
