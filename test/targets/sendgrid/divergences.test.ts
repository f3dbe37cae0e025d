// Data outside the documented contract (docs/targets/sendgrid.md, "Known limits"), where the
// SendGrid output differs from the preview. Pinned so the documentation stays true.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/ir/evaluate.js';
import type { Node } from '../../../src/ir/nodes.js';
import type { Profile } from '../../../src/source/model.js';
import { sendgridTarget } from '../../../src/targets/sendgrid/index.js';
import { renderSendgrid } from '../../../src/targets/sendgrid/execute.js';
import { profile, renderedFromParts } from '../../support/equivalence.js';
import { attr, iff, out, text, truthy } from '../../support/nodes.js';
import { sendgridContext } from './context.js';

async function run(nodes: Node[], data: Profile['data']) {
  const template = renderedFromParts({ html: nodes });
  const emitted = sendgridTarget.emit(template, sendgridContext());
  const got = await sendgridTarget.execute(emitted, profile(data), sendgridContext(), template);
  return { sendgrid: got.html, preview: evaluate(nodes, data) };
}

describe('sendgrid: data outside the contract', () => {
  it('a number sent as "" reads as 0 (loose equality), the preview as missing', async () => {
    const nodes = [iff([[truthy(attr('orders_12m', 'number')), [text('present')]]], [text('missing')]), text(' '), out(attr('orders_12m', 'number'), 'none')];
    expect(await run(nodes, { orders_12m: '' })).toEqual({ sendgrid: 'present ', preview: 'missing none' });
  });

  it('a boolean sent as "" reads as false, the preview as missing', async () => {
    expect(await run([out(attr('vip', 'boolean'), 'unknown')], { vip: '' })).toEqual({ sendgrid: '', preview: 'unknown' });
  });

  it('within the contract, each runs its {{else}} for a missing, null or empty list', () => {
    const code = '{{#each @root.l}}x{{else}}empty{{/each}}';
    expect([renderSendgrid(code, {}), renderSendgrid(code, { l: null }), renderSendgrid(code, { l: [] }), renderSendgrid(code, { l: [1] })]).toEqual(['empty', 'empty', 'empty', 'x']);
  });
});
