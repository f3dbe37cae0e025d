// The analyze phase: before anything is emitted, every feature a template uses is checked
// against each selected target's capability row. Refusals become diagnostics at the
// template line that uses the feature, naming the target and what to do instead.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TargetId } from '../source/model.js';
import { CAPABILITIES, FEATURES, type CapabilityRow } from '../targets/capabilities.js';
import type { TemplateIR } from '../targets/target.js';
import { featuresUsed } from './features.js';

export function checkCapabilities(
  ir: TemplateIR,
  targets: readonly TargetId[],
  opaqueSegments: (target: TargetId) => ReadonlySet<string> = () => new Set(),
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const target of targets) {
    const row: CapabilityRow = CAPABILITIES[target];
    const seen = new Set<string>();
    for (const use of featuresUsed(ir, { opaqueSegments: opaqueSegments(target) })) {
      const support = row[use.feature];
      if (support.level !== 'refused') continue;
      const key = `${use.feature}@${use.span.file}:${use.span.line}:${use.span.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(
        diag(
          'target-unsupported-feature',
          use.span,
          { target, feature: FEATURES[use.feature], note: support.note },
          { target, hint: support.hint },
        ),
      );
    }
  }
  return diagnostics;
}
