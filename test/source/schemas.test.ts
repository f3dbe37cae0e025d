// The shipped JSON Schemas: valid for ajv, and documented for editors (every property
// has a description the YAML language server can show).
import { describe, expect, it } from 'vitest';
import { loadSchema, SCHEMA_KINDS, schemaValidator } from '../../src/validate/schemas.js';

/** Paths of object schemas' properties lacking a description. */
function undocumented(schema: unknown, path = '#'): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const missing: string[] = [];
  const node = schema as Record<string, unknown>;
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [name, sub] of Object.entries(properties ?? {})) {
    if (typeof sub.description !== 'string' || sub.description.length < 10) missing.push(`${path}/properties/${name}`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' || key === 'const' || key === 'if') continue; // conditions, not documentation
    if (Array.isArray(value)) value.forEach((v, i) => missing.push(...undocumented(v, `${path}/${key}/${i}`)));
    else if (value && typeof value === 'object') missing.push(...undocumented(value, `${path}/${key}`));
  }
  return missing;
}

describe('schemas', () => {
  for (const kind of SCHEMA_KINDS) {
    it(`${kind}: compiles and is documented`, () => {
      const schema = loadSchema(kind);
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.title).toMatch(/Tailor/);
      expect(String(schema.description).length).toBeGreaterThan(20);
      expect(undocumented(schema)).toEqual([]);
      expect(typeof schemaValidator(kind).validate).toBe('function');
      expect(schemaValidator(kind)).toBe(schemaValidator(kind)); // compiled once
    });
  }

  it('accept an empty file where one makes sense', () => {
    for (const kind of ['config', 'attributes', 'segments', 'content', 'profile'] as const) {
      expect(schemaValidator(kind).validate(null), kind).toBe(true);
    }
  });
});
