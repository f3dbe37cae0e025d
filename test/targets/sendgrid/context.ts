// Target contexts for the sendgrid tests: the shared test schema, plus segments read from
// precomputed SendGrid fields and a duplication cap when a test needs them.
import type { SegmentDef } from '../../../src/source/model.js';
import type { TargetContext } from '../../../src/targets/target.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { SPAN } from '../../support/nodes.js';

export function sendgridContext(options: { segmentFields?: Record<string, string>; maxBranches?: number } = {}): TargetContext {
  const segments = new Map<string, SegmentDef>();
  for (const [name, field] of Object.entries(options.segmentFields ?? {})) {
    segments.set(name, { name, expression: { value: name, span: SPAN }, fields: { sendgrid: field }, span: SPAN });
  }
  const config = structuredClone(TEST_CONTEXT.config);
  if (options.maxBranches !== undefined) config.target.sendgrid = { ...config.target.sendgrid, maxBranches: options.maxBranches };
  return { attributes: TEST_CONTEXT.attributes, config, segments };
}
