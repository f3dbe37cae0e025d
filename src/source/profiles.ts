// fixtures/profiles/*.yaml -> sample recipients, each value checked against the
// attribute schema (the preview and the equivalence tests trust these values).
import path from 'node:path';
import { isMap, isSeq, type Node, type Pair } from 'yaml';
import { diag, fileSpan, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import { didYouMean } from '../validate/did-you-mean.js';
import { isFlagged } from '../validate/schema-errors.js';
import { checkValue, describeValue, isRecord, TYPE_PHRASES, type ScalarType, type ValueIssue } from '../validate/values.js';
import { joinRelative } from './files.js';
import type { AttributeDef, AttributeSchema, Profile, ProfileItem, ProfileValue } from './model.js';
import { isMissing } from './model.js';
import { readYamlInput } from './read-yaml.js';
import type { YamlSource } from './yaml-file.js';
import { deref, findPair, keySpan, keyText, pairsOf, pathSpan } from './yaml-nodes.js';

export interface ProfileContext {
  attributes: AttributeSchema;
  /** Attributes whose declaration is broken: values are kept, not checked. */
  unchecked: Set<string>;
  /** False when attributes.yaml could not be read: nothing can be checked. */
  attributesUsable: boolean;
  /** rules/attributes.yaml, for hints. */
  attributesFile: string;
}

export interface LoadedProfile {
  profile: Profile | null;
  diagnostics: Diagnostic[];
}

export async function loadProfile(root: string, file: string, ctx: ProfileContext): Promise<LoadedProfile> {
  const input = await readYamlInput(root, file, 'profile');
  const diagnostics = [...input.diagnostics];
  const source = input.source;
  if (!source) return { profile: null, diagnostics };
  // The file is the profile: attribute name -> value. Its leading comment describes it.
  const profile: Profile = { id: path.posix.basename(file, '.yaml'), file, data: {} };
  const description = leadingComment(source);
  if (description) profile.description = description;
  const values = isRecord(input.data) ? input.data : {};
  const checker = new ProfileChecker(source, profile, ctx, diagnostics, input.invalidPaths);
  for (const pair of pairsOf(source.doc.contents)) checker.entry(pair, values[keyText(pair)]);
  return { profile, diagnostics };
}

/**
 * The first paragraph of the comment opening the file, without the editor's
 * `yaml-language-server:` directive: "# Active in California: the sunshine hero."
 */
function leadingComment(source: YamlSource): string | undefined {
  const doc = source.doc;
  const first = isMap(doc.contents) ? (doc.contents.items[0]?.key as { commentBefore?: string | null } | undefined) : undefined;
  const comment = doc.commentBefore ?? doc.contents?.commentBefore ?? first?.commentBefore ?? (doc.contents ? null : doc.comment);
  if (!comment) return undefined;
  const paragraph: string[] = [];
  for (const raw of comment.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('yaml-language-server:')) continue;
    if (line === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(line);
  }
  return paragraph.length > 0 ? paragraph.join(' ') : undefined;
}

/** The profile files of a folder: `*.yaml`; a `.yml` file is reported, not ignored silently. */
export function profileFiles(dir: string, names: readonly string[]): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    if (name.endsWith('.yaml')) files.push(joinRelative(dir, name));
    else if (name.endsWith('.yml')) {
      const file = joinRelative(dir, name);
      diagnostics.push(diag('ignored-profile-file', fileSpan(file), { file, suggestion: name.replace(/\.yml$/, '.yaml') }));
    }
  }
  return { files, diagnostics };
}

class ProfileChecker {
  constructor(
    private readonly source: YamlSource,
    private readonly profile: Profile,
    private readonly ctx: ProfileContext,
    private readonly diagnostics: Diagnostic[],
    /** Paths the profile schema already reported: not checked again. */
    private readonly invalidPaths: string[][],
  ) {}

  private span(node: unknown, pair?: Pair): Span {
    return pathSpan(this.source, { node: node as Node, pair });
  }

  entry(pair: Pair, value: unknown): void {
    const name = keyText(pair);
    const node = deref(this.source, pair.value as never);
    const def = this.ctx.attributes.get(name);
    if (isFlagged(this.invalidPaths, [name])) return;
    if (!this.ctx.attributesUsable || this.ctx.unchecked.has(name)) {
      // The declaration cannot be trusted: keep well-shaped values unchecked.
      if (isProfileValue(value)) this.profile.data[name] = structuredClone(value); // parsed data is cached and shared
      return;
    }
    if (!def) {
      const suggestion = didYouMean(name, this.ctx.attributes.keys());
      const hint = `${suggestion ? `${suggestion} ` : ''}Profiles may only set attributes declared in ${this.ctx.attributesFile}.`;
      this.diagnostics.push(diag('unknown-profile-attribute', keySpan(this.source, pair), { name, profile: this.profile.id }, { hint }));
      return;
    }
    if (value === null || isMissing(value)) {
      this.profile.data[name] = value === null || value === undefined ? null : Array.isArray(value) ? [] : (value as ProfileValue);
      return;
    }
    if (def.type === 'list') {
      const items = this.list(def, node, value, pair);
      if (items) this.profile.data[name] = items;
      return;
    }
    if (this.scalar(def.type, def.values, name, value, this.span(node, pair))) this.profile.data[name] = value as ProfileValue;
  }

  /** Checks one present scalar; true when the value can be kept (right JS type). */
  private scalar(type: ScalarType, values: string[] | undefined, at: string, value: unknown, span: Span): boolean {
    const issue = checkValue(type, value, values ?? []);
    if (!issue) return true;
    this.diagnostics.push(this.issue(issue, type, at, value, span));
    return issue.kind !== 'type';
  }

  private issue(issue: ValueIssue, type: ScalarType, at: string, value: unknown, span: Span): Diagnostic {
    const shown = JSON.stringify(value);
    switch (issue.kind) {
      case 'type': {
        const hint = typeHint(type, value);
        return diag('fixture-type-mismatch', span, { path: at, expected: issue.expected, actual: describeValue(value) }, hint ? { hint } : {});
      }
      case 'email':
        return diag('invalid-email', span, { path: at, reason: issue.reason, value: shown });
      case 'url':
        return diag('invalid-url', span, { path: at, reason: issue.reason, value: shown });
      case 'date':
        return diag('invalid-date', span, { path: at, reason: issue.reason, value: shown });
      case 'enum': {
        const suggestion = typeof value === 'string' ? didYouMean(value, issue.values) : undefined;
        const hint = `${suggestion ? `${suggestion} ` : ''}Add it to the attribute's values if it is a new one.`;
        return diag('fixture-enum-value', span, { path: at, value: shown, values: issue.values.join(', ') }, { hint });
      }
    }
  }

  private list(def: AttributeDef, node: unknown, value: unknown, pair: Pair): ProfileItem[] | null {
    const listSpan = this.span(node, pair);
    if (!Array.isArray(value) || !isSeq(node)) {
      this.diagnostics.push(diag('fixture-type-mismatch', listSpan, { path: def.name, expected: TYPE_PHRASES.list, actual: describeValue(value) }, { hint: 'Write a list of mappings, one per item: `- { name: ..., url: ... }`.' }));
      return null;
    }
    const fields = def.items ?? {};
    const fieldNames = Object.keys(fields);
    const items: ProfileItem[] = [];
    node.items.forEach((itemNode, index) => {
      const itemValue: unknown = value[index];
      const itemAt = `${def.name}[${index}]`;
      const item = deref(this.source, itemNode as Node);
      const itemSpan = this.span(item, pair);
      if (isFlagged(this.invalidPaths, [def.name, String(index)])) return;
      if (!isMap(item)) {
        this.diagnostics.push(diag('fixture-type-mismatch', itemSpan, { path: itemAt, expected: 'a mapping of item fields', actual: describeValue(itemValue) }));
        return;
      }
      const kept: ProfileItem = {};
      for (const fieldPair of pairsOf(item)) {
        const field = keyText(fieldPair);
        const fieldNode = deref(this.source, fieldPair.value as never);
        const fieldValue: unknown = isRecord(itemValue) ? itemValue[field] : undefined;
        const type = fields[field];
        if (isFlagged(this.invalidPaths, [def.name, String(index), field])) continue;
        if (!type) {
          const suggestion = didYouMean(field, fieldNames);
          const hint = `${suggestion ? `${suggestion} ` : ''}The items of '${def.name}' have the fields: ${fieldNames.join(', ')}.`;
          this.diagnostics.push(diag('fixture-item-unknown-field', keySpan(this.source, fieldPair), { index: index + 1, list: def.name, field, fields: fieldNames.join(', ') }, { hint }));
          continue;
        }
        if (fieldValue === null || isMissing(fieldValue)) {
          kept[field] = fieldValue === undefined ? null : (fieldValue as string | null);
          continue;
        }
        if (this.scalar(type, undefined, `${itemAt}.${field}`, fieldValue, this.span(fieldNode, fieldPair))) {
          kept[field] = fieldValue as string | number | boolean;
        }
      }
      for (const field of fieldNames) {
        if (!findPair(item, field)) this.diagnostics.push(diag('fixture-item-missing-field', itemSpan, { index: index + 1, list: def.name, field }));
      }
      items.push(kept);
    });
    if (def.max !== undefined && node.items.length > def.max) {
      this.diagnostics.push(diag('fixture-list-too-long', listSpan, { list: def.name, count: node.items.length, max: def.max }));
    }
    return items;
  }
}

function isProfileValue(value: unknown): value is ProfileValue {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  return Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
}

/** A likely fix for a type mismatch: quoting numbers meant as text, or the reverse. */
function typeHint(type: ScalarType, value: unknown): string | undefined {
  if ((type === 'string' || type === 'enum' || type === 'date') && (typeof value === 'number' || typeof value === 'boolean')) {
    return `Quote it to make it text: "${String(value)}".`;
  }
  if (type === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return 'Remove the quotes: it must be a number.';
  if (type === 'boolean' && (value === 'true' || value === 'false')) return 'Remove the quotes: it must be true or false.';
  return undefined;
}
