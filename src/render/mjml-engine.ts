// The one place that loads and calls mjml. Loaded lazily (require costs ~0.3 s) and once.
//
// mjml's navbar and carousel name their elements with Math.random() hex ids, so two
// renders of one source differ. While Tailor's render runs, the id helper those
// components call is swapped for one derived from a seed (the template name) and a
// counter: the same template always gets the same ids. mjml renders synchronously inside
// its async function when minify is off, so the swap is undone before anything else runs.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
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

interface IdHelperModule {
  default: (length: number) => string;
}

export interface MjmlEngine {
  schema: MjmlSchema;
  /** mjml2html with random ids made deterministic from `seed`. */
  render(source: string, options: MjmlOptions, seed: string): Promise<MjmlResult>;
  /** mjml2html exactly as mjml ships it (random ids included): the reference to compare with. */
  renderPlain(source: string, options: MjmlOptions): Promise<MjmlResult>;
}

let loaded: MjmlEngine | undefined;

export function loadMjml(): MjmlEngine {
  loaded ??= createEngine();
  return loaded;
}

function createEngine(): MjmlEngine {
  const requireHere = createRequire(import.meta.url);
  const mjmlPath = requireHere.resolve('mjml');
  const mjml2html = requireHere(mjmlPath) as Mjml2Html;
  const fromMjml = createRequire(mjmlPath);
  const core = fromMjml('mjml-core') as { components: Record<string, { endingTag?: boolean; componentName?: string }> };
  const validator = fromMjml('mjml-validator') as { dependencies: Record<string, (string | RegExp)[]> };

  const endingTags = new Set<string>();
  for (const [name, component] of Object.entries(core.components)) if (component.endingTag) endingTags.add(component.componentName ?? name);
  const rawParents = new Set<string>();
  for (const [parent, children] of Object.entries(validator.dependencies)) if (children.includes('mj-raw')) rawParents.add(parent);

  // The id helper as the components that call it resolve it (deduplicated by file).
  const fromPreset = createRequire(fromMjml.resolve('mjml-preset-core'));
  const helperPaths = new Set(
    ['mjml-navbar', 'mjml-carousel'].map((pkg) => createRequire(fromPreset.resolve(pkg)).resolve('mjml-core/lib/helpers/genRandomHexString')),
  );
  const helpers = [...helperPaths].map((p) => requireHere(p) as IdHelperModule);

  return {
    schema: { endingTags, rawParents },
    renderPlain: (source, options) => mjml2html(source, { ...options }),
    async render(source, options, seed) {
      const originals = helpers.map((h) => h.default);
      const next = seededIds(seed);
      for (const h of helpers) h.default = next;
      let pending: Promise<MjmlResult>;
      try {
        pending = mjml2html(source, { ...options });
      } finally {
        helpers.forEach((h, k) => (h.default = originals[k]!));
      }
      return pending;
    },
  };
}

/** Hex ids from a seed and a counter: stable across runs, distinct within one render. */
function seededIds(seed: string): (length: number) => string {
  let counter = 0;
  return (length) => {
    counter++;
    let out = '';
    for (let block = 0; out.length < length; block++) {
      out += createHash('sha256').update(`${seed}\u0000${counter}\u0000${block}`).digest('hex');
    }
    return out.slice(0, length);
  };
}
