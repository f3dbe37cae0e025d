// rules/attributes.yaml -> the attribute schema, with per-ESP names filled in and
// checked (format, and no two attributes sharing a field in one ESP).
import { isScalar, Scalar, type Pair } from 'yaml';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AttributeType } from '../ir/nodes.js';
import { isInvalid } from '../validate/schema-errors.js';
import { checkValue, dateProblem, emailProblem, isNumberText, isRecord, TYPE_PHRASES, urlProblem } from '../validate/values.js';
import type { EspNameUse } from './esp-name-check.js';
import { defaultEspNames } from './esp-names.js';
import { TARGET_IDS, type AttributeDef, type AttributeSchema, type ItemFieldType, type TargetId } from './model.js';
import type { YamlInput } from './read-yaml.js';
import { deref, findPair, keySpan, keyText, nodeSpan, pairsOf } from './yaml-nodes.js';
import type { YamlSource } from './yaml-file.js';

const ATTRIBUTE_TYPES: readonly AttributeType[] = ['string', 'number', 'boolean', 'enum', 'date', 'email', 'url', 'list'];
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ITEM_FIELD_TYPES: readonly ItemFieldType[] = ['string', 'number', 'boolean', 'date', 'email', 'url'];

export interface AttributesResult {
  attributes: AttributeSchema;
  diagnostics: Diagnostic[];
  /**
   * Declared attributes whose declaration has errors, and (when the file is unusable)
   * a wildcard: sample profiles do not check values against a declaration we cannot trust.
   */
  unchecked: Set<string>;
  /** False when attributes.yaml exists but could not be read or parsed. */
  usable: boolean;
  /** The ESP field names the attributes use, checked with the segments' (esp-name-check.ts). */
  espNames: EspNameUse[];
}

type Raw = Record<string, unknown>;

export function buildAttributes(input: YamlInput): AttributesResult {
  const attributes: AttributeSchema = new Map();
  const diagnostics: Diagnostic[] = [];
  const unchecked = new Set<string>();
  const source = input.source;
  if (!source || !isRecord(input.data)) return { attributes, diagnostics, unchecked, usable: input.usable, espNames: [] };
  const data = input.data;
  const explicit = new Map<string, Partial<Record<TargetId, Pair>>>();
  for (const pair of pairsOf(source.doc.contents)) {
    const name = keyText(pair);
    const raw = data[name];
    // Without a usable type (or a name templates could write) there is nothing to keep.
    if (!isRecord(raw) || !ATTRIBUTE_TYPES.includes(raw.type as AttributeType) || !IDENTIFIER.test(name)) {
      unchecked.add(name);
      continue;
    }
    // Structural problems (a bad name, missing values...) were reported by the schema;
    // keep the attribute so templates still resolve it, but trust no profile check on it.
    const structural = input.invalidPaths.some((p) => p[0] === name && !['esp', 'fallback', 'description'].includes(p[1] ?? ''));
    if (structural) unchecked.add(name);
    const def = buildOne(source, pair, name, raw, input.invalidPaths, diagnostics);
    explicit.set(name, explicitEspPairs(source, pair, raw, input.invalidPaths, name));
    attributes.set(name, def);
  }
  return { attributes, diagnostics, unchecked, usable: true, espNames: espNameUses(source, attributes, explicit) };
}

function buildOne(source: YamlSource, pair: Pair, name: string, raw: Raw, invalid: string[][], diagnostics: Diagnostic[]): AttributeDef {
  const type = raw.type as AttributeType;
  const def: AttributeDef = { name, type, esp: defaultEspNames(name), span: keySpan(source, pair) };
  if (typeof raw.description === 'string') def.description = raw.description;
  if (type === 'enum' && Array.isArray(raw.values)) def.values = raw.values.filter((v): v is string => typeof v === 'string');
  if (type === 'list') {
    if (typeof raw.max === 'number' && Number.isInteger(raw.max) && raw.max >= 1) def.max = raw.max;
    if (isRecord(raw.items)) {
      def.items = {};
      for (const [field, fieldType] of Object.entries(raw.items)) {
        if (IDENTIFIER.test(field) && ITEM_FIELD_TYPES.includes(fieldType as ItemFieldType)) def.items[field] = fieldType as ItemFieldType;
      }
    }
  }
  if (isRecord(raw.esp)) {
    for (const esp of TARGET_IDS) {
      const value = raw.esp[esp];
      if (typeof value === 'string' && !isInvalid(invalid, [name, 'esp', esp])) def.esp[esp] = value;
    }
  }
  // The attribute's mapping, also when written as an alias (`foo: *base`).
  const body = deref(source, pair.value as never);
  const fallbackPair = findPair(body as never, 'fallback');
  if (fallbackPair && raw.fallback !== undefined && raw.fallback !== null && !isInvalid(invalid, [name, 'fallback'])) {
    const node = fallbackPair.value;
    const text = fallbackText(source, node, raw.fallback);
    const problem = fallbackProblem(def, raw.fallback, text);
    const span = nodeSpan(source, node as never) ?? def.span;
    if (problem && type === 'list') {
      const hint = 'Remove it: a loop shows its {% else %} branch when the list is missing or empty.';
      diagnostics.push(diag('attribute-fallback-type', span, { name, expected: 'allowed', reason: problem, type }, { hint }));
    } else if (problem) {
      diagnostics.push(diag('attribute-fallback-type', span, { name, expected: TYPE_PHRASES[type], reason: problem, type }));
    } else {
      def.fallback = text;
    }
  }
  for (const [field, appliesTo] of [['values', 'enum'], ['max', 'list'], ['items', 'list']] as const) {
    const fieldPair = findPair(body as never, field);
    if (fieldPair && type !== appliesTo) {
      diagnostics.push(diag('attribute-unused-field', keySpan(source, fieldPair), { field, type, name }));
    }
  }
  return def;
}

/**
 * The fallback as printed. Strings are taken as read; numbers and booleans as written
 * (`0.50` stays "0.50", which the parsed number would lose).
 */
function fallbackText(source: YamlSource, node: unknown, value: unknown): string {
  if (typeof value === 'string') return value;
  if (isScalar(node) && node.type === Scalar.PLAIN && node.range) return source.text.slice(node.range[0], node.range[1]);
  return String(value);
}

/** Why a fallback is not a valid value of its attribute's type; null when it is. */
function fallbackProblem(def: AttributeDef, value: unknown, text: string): string | null {
  if (def.type === 'list') return 'lists have no fallback';
  if (text === '') return null; // an empty fallback prints nothing, whatever the type
  switch (def.type) {
    case 'number':
      return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && isNumberText(value))
        ? null
        : `${JSON.stringify(text)} is not a number`;
    case 'boolean':
      return typeof value === 'boolean' || text === 'true' || text === 'false' ? null : `${JSON.stringify(text)} is neither true nor false`;
    case 'enum': {
      const issue = checkValue('enum', text, def.values ?? []);
      return issue ? `${JSON.stringify(text)} is not one of ${(def.values ?? []).join(', ')}` : null;
    }
    case 'date':
      return dateProblem(text);
    case 'email':
      return emailProblem(text);
    case 'url':
      return urlProblem(text);
    case 'string':
      return null;
  }
}

/** The esp: entries the user wrote, for pointing diagnostics at them. */
function explicitEspPairs(source: YamlSource, pair: Pair, raw: Raw, invalid: string[][], name: string): Partial<Record<TargetId, Pair>> {
  const result: Partial<Record<TargetId, Pair>> = {};
  if (!isRecord(raw.esp)) return result;
  const espNode = deref(source, findPair(deref(source, pair.value as never) as never, 'esp')?.value as never);
  for (const esp of TARGET_IDS) {
    const entry = findPair(espNode as never, esp);
    if (entry && typeof raw.esp[esp] === 'string' && !isInvalid(invalid, [name, 'esp', esp])) result[esp] = entry;
  }
  return result;
}

/** Each attribute's name in each ESP, pointing at the esp: entry when written. */
function espNameUses(source: YamlSource, attributes: AttributeSchema, explicit: Map<string, Partial<Record<TargetId, Pair>>>): EspNameUse[] {
  const uses: EspNameUse[] = [];
  for (const def of attributes.values()) {
    for (const esp of TARGET_IDS) {
      const written = explicit.get(def.name)?.[esp];
      const span = (written && nodeSpan(source, written.value as never)) || def.span;
      uses.push({ owner: `attribute '${def.name}'`, esp, name: def.esp[esp], span, explicit: Boolean(written) });
    }
  }
  return uses;
}
