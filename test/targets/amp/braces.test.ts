// Static text that looks like mustache inside a per-recipient region is shown literally:
// every "{" is written as the field `lb`, so amp-mustache never reads it as a tag.
import { describe, expect, it } from 'vitest';
import { ampTarget, ampDataPlan } from '../../../src/targets/amp/index.js';
import { ampEquivalence, ampFallbackEquivalence } from '../../../src/targets/amp/equivalence.js';
import { simulateEspMerge } from '../../../src/targets/amp/esp.js';
import { validateAmpHtml } from '../../../src/targets/amp/validate.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { attr, iff, out, text, truthy } from '../../support/nodes.js';
import { ampContext, PROFILES, RUN_VALIDATOR, validator, VALIDATOR_SKIP_REASON } from './support/harness.js';

const template = renderedFromParts({
  html: [
    text('<mjml><mj-body><mj-section><mj-column><mj-text>Use {{code}} or {{{raw}}} or {'),
    out(attr('first_name'), 'there'),
    text('} '),
    iff([[truthy(attr('vip', 'boolean')), [text('{{#vip}}VIP{{/vip}}')]]]),
    text('</mj-text><mj-image src="https://cdn.example.com/a.png" width="10px" height="10px" alt="{{alt}} '),
    out(attr('first_name'), 'there'),
    text('" /></mj-column></mj-section></mj-body></mjml>'),
  ],
});

describe('static braces in templates', () => {
  it.each(['none', 'braze', 'sendgrid', 'sfmc'] as const)('are shown literally (sent via %s)', async (esp) => {
    const ctx = ampContext({ sendVia: esp });
    expect(ampTarget.check(template, ctx)).toEqual([]);
    expect(simulateEspMerge(ampTarget.emit(template, ctx).html, esp)).toContain('Use {{lb}}{{lb}}code}} or {{lb}}{{lb}}{{lb}}raw}}} or {{lb}}{{o1}}}');
    expect(ampDataPlan(template.ir, ctx).vars.at(-1)).toEqual({ kind: 'const', name: 'lb', value: '{' });
    for (const p of PROFILES) {
      const c = await ampEquivalence(template, p, ctx);
      expect(c.amp).toEqual(c.reference);
    }
    const f = await ampFallbackEquivalence(template, ctx);
    expect(f.amp).toEqual(f.reference);
  });

  it.skipIf(!RUN_VALIDATOR)(`and the part stays valid${VALIDATOR_SKIP_REASON}`, async () => {
    const engine = await validator();
    const html = simulateEspMerge(ampTarget.emit(template, ampContext()).html, 'none');
    expect(validateAmpHtml(engine, html).issues).toEqual([]);
  });
});
