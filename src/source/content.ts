// rules/content.yaml -> the rules matrix: per slot, ordered rules and one default.
// Component names and conditions are kept as written (with positions); the IR builder
// resolves them.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isFlagged, isInvalid } from '../validate/schema-errors.js';
import type { ContentRule, Located, SlotRules } from './model.js';
import type { YamlInput } from './read-yaml.js';
import type { YamlSource } from './yaml-file.js';
import { deref, findPair, keySpan, keyText, located, nodeSpan, pairsOf } from './yaml-nodes.js';

type Props = Record<string, Located<string | number | boolean>>;

export function buildContent(input: YamlInput): { content: Map<string, SlotRules>; diagnostics: Diagnostic[] } {
  const content = new Map<string, SlotRules>();
  const diagnostics: Diagnostic[] = [];
  const source = input.source;
  if (!source) return { content, diagnostics };
  for (const pair of pairsOf(source.doc.contents)) {
    const slot = keyText(pair);
    const list = deref(source, pair.value as never);
    if (!isSeq(list) || isFlagged(input.invalidPaths, [slot])) continue;
    const slotSpan = keySpan(source, pair);
    const rules: SlotRules = { slot, rules: [], default: null, span: slotSpan };
    let defaults = 0;
    list.items.forEach((item, index) => {
      const entry = deref(source, item as Node);
      if (!isMap(entry)) return;
      const path = [slot, String(index)];
      const span = nodeSpan(source, entry) ?? slotSpan;
      if (findPair(entry, 'default')) {
        defaults++;
        if (defaults > 1) diagnostics.push(diag('slot-duplicate-default', span, { slot }));
        else if (index < list.items.length - 1) diagnostics.push(diag('content-default-not-last', span, { slot }));
        const use = scalarAt(source, entry, 'default');
        if (defaults === 1 && use && !isInvalid(input.invalidPaths, [...path, 'default'])) {
          rules.default = { use, with: props(source, entry, [...path, 'with'], input.invalidPaths), span };
        }
        return;
      }
      const when = scalarAt(source, entry, 'when');
      const use = scalarAt(source, entry, 'use');
      if (!when || !use || isInvalid(input.invalidPaths, [...path, 'when']) || isInvalid(input.invalidPaths, [...path, 'use'])) return;
      const rule: ContentRule = { when, use, with: props(source, entry, [...path, 'with'], input.invalidPaths), span };
      rules.rules.push(rule);
    });
    // A slot whose only default is malformed was already reported by the schema.
    // The code's catalog entry is the IR's (it reports the same slot when a template uses it).
    if (defaults === 0) diagnostics.push(diag('slot-without-default', slotSpan, { name: slot }));
    content.set(slot, rules);
  }
  return { content, diagnostics };
}

/** A string scalar value of `entry[key]`, located. */
function scalarAt(source: YamlSource, entry: YAMLMap, key: string): Located<string> | null {
  const node = deref(source, findPair(entry, key)?.value as never);
  return isScalar(node) && typeof node.value === 'string' ? located(source, node, node.value) : null;
}

function props(source: YamlSource, entry: YAMLMap, path: string[], invalid: string[][]): Props {
  const result: Props = {};
  const node = deref(source, findPair(entry, 'with')?.value as never);
  for (const pair of pairsOf(node)) {
    const name = keyText(pair);
    const value = deref(source, pair.value as never);
    if (isInvalid(invalid, [...path, name]) || !isScalar(value)) continue;
    const v = value.value;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') result[name] = located(source, value, v);
  }
  return result;
}
