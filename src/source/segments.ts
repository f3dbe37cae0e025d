// rules/segments.yaml -> named conditions. The condition text is kept with its exact
// position; the expression parser reads it later.
import { isScalar } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isFlagged, isInvalid } from '../validate/schema-errors.js';
import type { EspNameUse } from './esp-name-check.js';
import type { SegmentDef, TargetId } from './model.js';
import type { YamlInput } from './read-yaml.js';
import { deref, entrySpan, findPair, keyText, located, nodeSpan, pairsOf } from './yaml-nodes.js';

/** ESPs that can read a segment from a precomputed field (`fields:`). */
const FIELD_TARGETS: readonly TargetId[] = ['mailchimp', 'sendgrid'];

export interface SegmentsResult {
  segments: Map<string, SegmentDef>;
  diagnostics: Diagnostic[];
  /** The precomputed fields, checked with the attributes' ESP names. */
  espNames: EspNameUse[];
}

export function buildSegments(input: YamlInput): SegmentsResult {
  const segments = new Map<string, SegmentDef>();
  const espNames: EspNameUse[] = [];
  const source = input.source;
  if (!source) return { segments, diagnostics: [], espNames };
  for (const pair of pairsOf(source.doc.contents)) {
    const name = keyText(pair);
    if (isFlagged(input.invalidPaths, [name])) continue;
    const value = deref(source, pair.value as never);
    // `name: condition` or `name: { when: condition, description: text, fields: {...} }`
    const whenNode = isScalar(value) ? value : deref(source, findPair(value, 'when')?.value as never);
    if (!isScalar(whenNode) || typeof whenNode.value !== 'string' || isInvalid(input.invalidPaths, [name, 'when'])) continue;
    const segment: SegmentDef = { name, expression: located(source, whenNode, whenNode.value), span: entrySpan(source, pair) };
    const description = findPair(value, 'description')?.value;
    if (isScalar(description) && typeof description.value === 'string') segment.description = description.value;
    const fieldsNode = deref(source, findPair(value, 'fields')?.value as never);
    for (const esp of FIELD_TARGETS) {
      const fieldNode = deref(source, findPair(fieldsNode, esp)?.value as never);
      if (!isScalar(fieldNode) || typeof fieldNode.value !== 'string') continue;
      segment.fields = { ...segment.fields, [esp]: fieldNode.value };
      const span = nodeSpan(source, fieldNode) ?? segment.span;
      espNames.push({ owner: `segment '${name}'`, esp, name: fieldNode.value, span, explicit: true });
    }
    segments.set(name, segment);
  }
  return { segments, diagnostics: [], espNames };
}
