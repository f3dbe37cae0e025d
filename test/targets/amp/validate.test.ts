// validateAmpPart: the official validator (offline) and the byte budgets, as diagnostics.
import { describe, expect, it } from 'vitest';
import { ampTarget } from '../../../src/targets/amp/index.js';
import { validateAmpPart } from '../../../src/targets/amp/validate.js';
import { ampContext, RUN_VALIDATOR, templateFrom, validator, VALIDATOR_SKIP_REASON } from './support/harness.js';

const template = templateFrom('<mjml><mj-body><mj-section><mj-column><mj-text>Hi {{ profile.first_name }}</mj-text></mj-column></mj-section></mj-body></mjml>');

describe('validateAmpPart', () => {
  it('says when the validator engine is missing', async () => {
    const d = await validateAmpPart('<!doctype html>', 'templates/test.mjml', { validatorPath: '/nonexistent/validator_wasm.js' });
    expect(d.map((x) => [x.code, x.severity])).toEqual([['amp-validator-unavailable', 'warning']]);
  });

  it.skipIf(!RUN_VALIDATOR)(`passes emitted parts for every ESP, and reports what the validator rejects${VALIDATOR_SKIP_REASON}`, async () => {
    const engine = await validator();
    for (const esp of ['none', 'sfmc', 'mailchimp', 'braze', 'sendgrid'] as const) {
      const ctx = ampContext({ sendVia: esp });
      const html = ampTarget.emit(template, ctx).html;
      expect(await validateAmpPart(html, template.file, { esp, validator: engine })).toEqual([]);
    }
    const html = ampTarget.emit(template, ampContext()).html;
    const broken = html.replace('<body>', '<body><img src="https://x.example.com/a.png"><p style="color:red !important">x</p>');
    const d = await validateAmpPart(broken, template.file, { validator: engine });
    expect(d.map((x) => x.code)).toEqual(['amp-validator', 'amp-validator']);
    expect(d.map((x) => x.message).join(' ')).toMatch(/DISALLOWED_TAG.*CSS_SYNTAX_DISALLOWED_IMPORTANT|CSS_SYNTAX_DISALLOWED_IMPORTANT.*DISALLOWED_TAG/);
  });
});
