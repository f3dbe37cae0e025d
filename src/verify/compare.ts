// What "the same" means per part and target. String targets: every part equals the
// reference after normalisation. AMP: the document is restructured for AMP, so its
// visible text and its links must equal those of the reference HTML.
import type { PartName } from '../ir/nodes.js';
import type { TargetId } from '../source/model.js';
import { visibleTextAndLinks } from '../targets/amp/visible.js';
import { normalizeForCompare } from './normalize.js';

/** Parts compared for a target (AMP carries only the html part). */
export function comparedParts(target: TargetId): PartName[] {
  return target === 'amp' ? ['html'] : ['html', 'text', 'subject', 'preheader'];
}

/** Both sides reduced to what is compared. */
export function comparable(target: TargetId, part: PartName, expected: string, actual: string): { expected: string; actual: string } {
  if (target === 'amp' && part === 'html') {
    const e = visibleTextAndLinks(expected);
    const a = visibleTextAndLinks(actual);
    return {
      expected: `${e.text}\nlinks: ${e.links.join(' ')}`,
      actual: `${a.text}\nlinks: ${a.links.join(' ')}`,
    };
  }
  return { expected: normalizeForCompare(expected), actual: normalizeForCompare(actual) };
}
