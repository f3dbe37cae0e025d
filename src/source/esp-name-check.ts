// Checks the names attributes and segments use in each ESP: well formed, and no two
// owners sharing one field (the ESP would hold one value for both).
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import { ESP_NAME_RULES } from './esp-names.js';
import { TARGET_IDS, type TargetId } from './model.js';

/** One ESP field name used by an attribute or a segment. */
export interface EspNameUse {
  /** "attribute 'first_name'" or "segment 'frequent_buyers'". */
  owner: string;
  esp: TargetId;
  name: string;
  /** Where the name is written, or the owner's declaration for a default name. */
  span: Span;
  /** Written by the user (false: derived default). */
  explicit: boolean;
}

export function checkEspNameUses(uses: readonly EspNameUse[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const esp of TARGET_IDS) {
    const rule = ESP_NAME_RULES[esp];
    const firstUse = new Map<string, EspNameUse>();
    for (const use of uses) {
      if (use.esp !== esp) continue;
      if (!rule.pattern.test(use.name)) {
        const hint = use.explicit ? {} : { hint: `This is the default ${esp} name, derived from the attribute name. Set esp: { ${esp}: ... } to choose a valid one.` };
        diagnostics.push(diag('esp-name-invalid', use.span, { esp, espName: use.name, owner: use.owner, rule: rule.rule }, hint));
        continue;
      }
      const key = rule.caseInsensitive ? use.name.toLowerCase() : use.name;
      const first = firstUse.get(key);
      if (!first) {
        firstUse.set(key, use);
        continue;
      }
      const related = [{ message: `${first.owner} uses it here`, file: first.span.file, line: first.span.line, column: first.span.column }];
      diagnostics.push(diag('esp-name-duplicate', use.span, { esp, espName: use.name, owner: use.owner, other: first.owner }, { related }));
    }
  }
  return diagnostics;
}
