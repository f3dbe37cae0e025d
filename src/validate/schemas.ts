// The JSON Schemas of the project's YAML files (schemas/*.schema.json at the package
// root, shipped for editors too), compiled once with ajv and cached.
import { readFileSync } from 'node:fs';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';

export type SchemaKind = 'config' | 'attributes' | 'segments' | 'content' | 'profile';
export const SCHEMA_KINDS: readonly SchemaKind[] = ['config', 'attributes', 'segments', 'content', 'profile'];

// src/validate/ and lib/validate/ both sit two levels below the package root.
const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

export function schemaFileName(kind: SchemaKind): string {
  return `${kind}.schema.json`;
}

let ajv: Ajv | undefined;
const compiled = new Map<SchemaKind, { schema: AnySchemaObject; validate: ValidateFunction }>();

export function loadSchema(kind: SchemaKind): AnySchemaObject {
  return JSON.parse(readFileSync(new URL(schemaFileName(kind), SCHEMA_DIR), 'utf8')) as AnySchemaObject;
}

/** The compiled validator of a file kind and its schema (for messages and hints). */
export function schemaValidator(kind: SchemaKind): { schema: AnySchemaObject; validate: ValidateFunction } {
  let entry = compiled.get(kind);
  if (!entry) {
    // allErrors: one run reports every problem. verbose: errors carry their schema, whose
    // description becomes the hint.
    ajv ??= new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true, strictTypes: false });
    const schema = loadSchema(kind);
    entry = { schema, validate: ajv.compile(schema) };
    compiled.set(kind, entry);
  }
  return entry;
}
