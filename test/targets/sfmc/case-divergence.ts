// The values on which AMPscript's Uppercase/Lowercase (.NET, one character at a time)
// and Tailor's reference upper/lower (JavaScript, full Unicode mapping) disagree: a
// character whose full mapping has another length (ß -> SS, ﬁ -> FI, İ -> i̇) or a
// capital sigma (final ς in JavaScript). The sfmc capability notes document this limit.
import type { Profile } from '../../../src/source/model.js';

function diverges(s: string): boolean {
  for (const c of s) {
    if (c.toUpperCase().length !== c.length || c.toLowerCase().length !== c.length || c === 'Σ') return true;
  }
  return false;
}

export function hasCaseMappingDivergence(data: Profile['data']): boolean {
  return JSON.stringify(data, (_k, v: unknown) => v)
    .split('"')
    .some((s) => diverges(s));
}
