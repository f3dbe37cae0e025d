// Validates a parsed YAML file against its JSON Schema and turns ajv's errors into
// readable diagnostics placed on the YAML node they concern: the key for unknown or
// misnamed keys, the value otherwise.
import type { AnySchemaObject, ErrorObject } from 'ajv';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import type { YamlSource } from '../source/yaml-file.js';
import { keySpan, nodeAtPath, pathSpan } from '../source/yaml-nodes.js';
import { didYouMean } from './did-you-mean.js';
import { schemaValidator, type SchemaKind } from './schemas.js';
import { describeValue } from './values.js';

export interface SchemaCheck {
  diagnostics: Diagnostic[];
  /** Data paths (keys and indices) that failed, so builders can skip them. */
  invalidPaths: string[][];
}

/** Validates `data` (the document as plain values) against the schema of `kind`. */
export function checkSchema(kind: SchemaKind, source: YamlSource, data: unknown, code: DiagnosticCode = 'schema-violation'): SchemaCheck {
  const { schema, validate } = schemaValidator(kind);
  if (validate(data)) return { diagnostics: [], invalidPaths: [] };
  const diagnostics: Diagnostic[] = [];
  const invalidPaths: string[][] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const problem = describeError(error, schema);
    if (!problem) continue;
    const span = problemSpan(source, problem);
    const key = `${span.line}:${span.column}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    invalidPaths.push(problem.invalidPath ?? problem.path);
    diagnostics.push(diag(code, span, { detail: problem.message }, problem.hint ? { hint: problem.hint } : {}));
  }
  return { diagnostics, invalidPaths };
}

/** True when `path`, or a value holding it, failed validation (the schema already spoke). */
export function isFlagged(invalidPaths: readonly string[][], path: readonly string[]): boolean {
  return invalidPaths.some((bad) => bad.length <= path.length && bad.every((segment, i) => path[i] === segment));
}

/** True when `path`, a value holding it, or something inside it failed validation. */
export function isInvalid(invalidPaths: readonly string[][], path: readonly string[]): boolean {
  return invalidPaths.some((bad) => path.every((segment, i) => bad[i] === segment) || bad.every((segment, i) => path[i] === segment));
}

interface Problem {
  path: string[];
  /** Where to point: the key at `path`, the entry holding the object at `path`, or its value. */
  at: 'key' | 'owner' | 'value';
  message: string;
  hint?: string;
  /** What is invalid, when not `path` (a missing key: the key, not its owner). */
  invalidPath?: string[];
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function problemSpan(source: YamlSource, problem: Problem): Span {
  const at = nodeAtPath(source, problem.path);
  if ((problem.at === 'key' || problem.at === 'owner') && at.pair) return keySpan(source, at.pair);
  return pathSpan(source, at);
}

/** How a path is named in a message: 'name', or Item 2 of 'values' (lower case inside a sentence). */
function label(path: readonly string[], inside = false): string {
  if (path.length === 0) return inside ? 'the file' : 'The file';
  const last = path[path.length - 1]!;
  if (/^\d+$/.test(last)) {
    const owner = path.length > 1 ? ` of '${path[path.length - 2]}'` : '';
    return `${inside ? 'item' : 'Item'} ${Number(last) + 1}${owner}`;
  }
  return `'${last}'`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value)',
  array: 'a list',
  null: 'empty',
};

function typePhrase(types: string | string[]): string {
  const list = (Array.isArray(types) ? types : String(types).split(',')).filter((t, _, all) => t !== 'null' || all.length === 1);
  return list.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}

function descriptionOf(schema: unknown): string | undefined {
  const description = (schema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? description : undefined;
}

/** Follows a JSON pointer into the schema. */
function resolvePointer(root: AnySchemaObject, pointer: readonly string[]): unknown {
  let here: unknown = root;
  for (const segment of pointer) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[segment];
  }
  return here;
}

/**
 * The description of property `name` as declared around `schemaPath`: requirements live
 * in `if`/`then` branches while descriptions live on the enclosing schema, so walk out.
 */
function propertyDescription(root: AnySchemaObject, schemaPath: string, name: string): string | undefined {
  const segments = schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean);
  for (let end = segments.length; end >= 0; end--) {
    const schema = resolvePointer(root, segments.slice(0, end)) as { properties?: Record<string, unknown> } | undefined;
    const description = descriptionOf(schema?.properties?.[name]);
    if (description) return description;
  }
  return undefined;
}

function describeError(error: ErrorObject, root: AnySchemaObject): Problem | null {
  const path = parsePointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  const hint = descriptionOf(error.parentSchema);
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    // An error about a key's spelling (propertyNames), reported on the key.
    return { path: [...path, propertyName], at: 'key', message: `'${propertyName}' is not a valid name here`, ...(hint ? { hint } : {}) };
  }
  switch (error.keyword) {
    case 'if':
    case 'propertyNames':
    case 'allOf':
      return null; // summaries of errors reported on their own
    case 'type':
      return { path, at: 'value', message: `${label(path)} must be ${typePhrase(params.type as string | string[])}, not ${describeValue(data)}`, ...(hint ? { hint } : {}) };
    case 'required': {
      const missing = String(params.missingProperty);
      const owner = label(path);
      const description = propertyDescription(root, error.schemaPath, missing);
      const problem: Problem = { path, at: 'owner', message: `${owner} is missing '${missing}'`, invalidPath: [...path, missing] };
      return description ? { ...problem, hint: description } : problem;
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const where = path.length === 0 ? '' : ` in ${label(path, true)}`;
      const suggestion = didYouMean(extra, allowed);
      const known = allowed.length === 0 ? 'This section has no settings.' : `Allowed keys: ${allowed.join(', ')}.`;
      return { path: [...path, extra], at: 'key', message: `Unknown key '${extra}'${where}`, hint: suggestion ? `${suggestion} ${known}` : known };
    }
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
      const suggestion = typeof data === 'string' ? didYouMean(data, allowed) : undefined;
      const message = `${label(path)} is ${describeValue(data)}; expected one of: ${allowed.join(', ')}`;
      const hints = [suggestion, hint].filter(Boolean).join(' ');
      return { path, at: 'value', message, ...(hints ? { hint: hints } : {}) };
    }
    case 'pattern':
      return { path, at: 'value', message: `${label(path)} has an invalid form: ${JSON.stringify(data)}`, ...(hint ? { hint } : {}) };
    case 'minLength':
      return { path, at: 'value', message: params.limit === 1 ? `${label(path)} must not be empty` : `${label(path)} needs at least ${String(params.limit)} characters`, ...(hint ? { hint } : {}) };
    case 'minItems':
    case 'minProperties': {
      const unit = error.keyword === 'minItems' ? 'item' : 'entry';
      const limit = Number(params.limit);
      const plural = limit === 1 ? unit : unit === 'entry' ? 'entries' : 'items';
      return { path, at: 'value', message: `${label(path)} needs at least ${limit} ${plural}`, ...(hint ? { hint } : {}) };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const word = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' }[error.keyword];
      return { path, at: 'value', message: `${label(path)} must be ${word} ${String(params.limit)}, not ${String(data)}`, ...(hint ? { hint } : {}) };
    }
    case 'uniqueItems': {
      const later = String(Math.max(Number(params.i), Number(params.j)));
      const repeated = Array.isArray(data) ? data[Number(later)] : undefined;
      return { path: [...path, later], at: 'value', message: `${label(path)} lists ${describeValue(repeated)} twice`, ...(hint ? { hint } : {}) };
    }
    case 'false schema':
      return { path, at: 'key', message: `${label(path)} is not allowed here`, ...(hint ? { hint } : {}) };
    default:
      return { path, at: 'value', message: `${label(path)} ${error.message ?? 'is invalid'}`, ...(hint ? { hint } : {}) };
  }
}
