// The JSON Schema of a template's endpoint response, derived from its data plan
// (written as dist/amp/<template>.schema.json).
import type { AmpDataPlan, DataVar } from './plan.js';

type JsonSchema = Record<string, unknown>;

function where(v: { span: { file: string; line: number } }): string {
  return `${v.span.file}:${v.span.line}`;
}

function objectSchema(vars: DataVar[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const v of vars) {
    switch (v.kind) {
      case 'const':
        properties[v.name] = { const: v.value, description: 'A literal character the template cannot write itself.' };
        break;
      case 'text':
        properties[v.name] = { type: 'string', description: `${v.source} (${where(v)})` };
        break;
      case 'choice':
        properties[v.name] = { type: 'boolean', description: `true when a branch of the condition at ${where(v)} holds` };
        if (v.conds.length > 1) {
          v.conds.forEach((_, i) => {
            properties[`${v.name}_${i}`] = { type: 'boolean', description: `true when branch ${i + 1} of the condition at ${where(v)} is taken` };
          });
        }
        break;
      case 'list':
        properties[v.name] = {
          type: 'array',
          maxItems: v.limit,
          description: `items of profile.${v.list.name} (loop at ${where(v)})`,
          items: objectSchema(v.vars),
        };
        properties[`${v.name}_empty`] = { type: 'boolean', description: `true when profile.${v.list.name} is missing or empty` };
        break;
    }
  }
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

export function responseSchema(plan: AmpDataPlan, endpoint: string): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `AMP data for template "${plan.template}"`,
    description: `The JSON ${endpoint} returns for one recipient: compute it with resolveAmpData() from tailor-email/amp.`,
    ...objectSchema(plan.vars),
  };
}
