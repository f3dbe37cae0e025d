// The integrity check run on every emitted template: each part parses in the strict
// merge-tag grammar (blocks balance, no empty branch, no stray or unclosed delimiter, only
// tags Tailor emits) and no render placeholder is left.
import { PART_NAMES } from '../../ir/nodes.js';
import { containsPlaceholder } from '../../render/placeholder.js';
import type { EmittedParts } from '../target.js';
import { MergeTagSyntaxError, parseMergeTags } from './interpreter/index.js';

export function checkIntegrity(emitted: EmittedParts): string[] {
  const problems: string[] = [];
  for (const part of PART_NAMES) {
    const source = emitted[part];
    if (containsPlaceholder(source)) problems.push(`${part}: a render placeholder was not replaced`);
    try {
      parseMergeTags(source);
    } catch (e) {
      if (!(e instanceof MergeTagSyntaxError)) throw e;
      problems.push(`${part}: ${e.message}`);
    }
  }
  return problems;
}
