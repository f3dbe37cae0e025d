// The integrity check run on every emitted template: each part must parse as AMPscript
// (every %%[ has its ]%%, every %%= its =%%, every IF its ENDIF, every FOR its NEXT), call
// only functions Tailor emits, contain no Guide Template Language `{{` or server script
// in its text, and hold no render placeholder.
import { PART_NAMES } from '../../ir/nodes.js';
import { containsPlaceholder } from '../../render/placeholder.js';
import type { EmittedParts } from '../target.js';
import { AmpscriptError, calledFunctions, parse } from './interpreter/index.js';

/** The functions Tailor's sfmc emitter writes; anything else in output is a bug. */
export const EMITTED_FUNCTIONS = new Set([
  'ATTRIBUTEVALUE', 'V', 'EMPTY', 'IIF', 'CONCAT', 'CHAR', 'REPLACE', 'UPPERCASE', 'LOWERCASE', 'REGEXMATCH',
  'SUBTRACT', 'FORMAT', 'LOOKUPROWS', 'LOOKUPORDEREDROWS', 'ROWCOUNT', 'ROW', 'FIELD',
]);

export function checkIntegrity(emitted: EmittedParts): string[] {
  const problems: string[] = [];
  for (const part of PART_NAMES) {
    const code = emitted[part];
    if (containsPlaceholder(code)) problems.push(`${part}: a render placeholder was not replaced`);
    try {
      const items = parse(code);
      for (const fn of calledFunctions(items)) if (!EMITTED_FUNCTIONS.has(fn)) problems.push(`${part}: unexpected function ${fn}`);
      // Text between code must not hold anything SFMC would read as code.
      const texts: string[] = [];
      const collect = (list: typeof items) => {
        for (const it of list) {
          if (it.k === 'text') texts.push(it.text);
          else if (it.k === 'attrAtSea') problems.push(`${part}: personalization string ${it.raw} in text (line ${it.line})`);
          else if (it.k === 'if') {
            it.branches.forEach((b) => collect(b.body));
            if (it.else) collect(it.else);
          } else if (it.k === 'for') collect(it.body);
        }
      };
      collect(items);
      for (const t of texts) if (/%%/.test(t)) problems.push(`${part}: %% left in text`);
    } catch (e) {
      if (!(e instanceof AmpscriptError)) throw e;
      problems.push(`${part}: ${e.message}`);
    }
  }
  return problems;
}
