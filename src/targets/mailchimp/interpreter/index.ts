// Tailor's interpreter for the Mailchimp merge tags it emits (there is no public engine).
// See ./parse.ts for the grammar and ./render.ts for the modelled behaviour.
import { parseMergeTags } from './parse.js';
import { renderMergeNodes, type RenderOptions } from './render.js';

export { MergeTagSyntaxError, UnverifiedBehaviourError } from './errors.js';
export { parseMergeTags, type MergeNode, type MergeTest } from './parse.js';
export { tokenize, type Token } from './tokenize.js';
export type { RenderOptions } from './render.js';

/** Parses and runs `source` for a recipient whose merge fields are `fields`. */
export function runMergeTags(source: string, fields: ReadonlyMap<string, string>, options: RenderOptions): string {
  return renderMergeNodes(parseMergeTags(source), fields, options);
}
