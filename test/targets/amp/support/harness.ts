// Shared helpers of the amp target's tests: templates from sample text, contexts, the
// validator (skipped with a visible reason only when absent and not required), profiles.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../../../../src/config/defaults.js';
import type { Profile } from '../../../../src/source/model.js';
import type { AmpContext } from '../../../../src/targets/amp/build.js';
import type { SendVia } from '../../../../src/targets/amp/esp.js';
import { loadAmpValidator, type AmpValidator } from '../../../../src/targets/amp/validate.js';
import type { RenderedTemplate } from '../../../../src/targets/target.js';
import { TEST_ATTRIBUTES } from '../../../support/context.js';
import { profile, renderedFromParts } from '../../../support/equivalence.js';
import { parseMiniTemplate } from './mini-template.js';

export function templateFrom(source: string, name = 'test'): RenderedTemplate {
  return renderedFromParts({ html: parseMiniTemplate(source, `templates/${name}.mjml`) }, name);
}

export function ampContext(options: { sendVia?: SendVia; root?: string; endpoint?: string } = {}): AmpContext {
  const amp = { ...DEFAULT_CONFIG.target.amp };
  if (options.sendVia) amp.sendVia = options.sendVia;
  if (options.endpoint) amp.endpoint = options.endpoint;
  const ctx: AmpContext = { attributes: TEST_ATTRIBUTES, config: { ...DEFAULT_CONFIG, target: { ...DEFAULT_CONFIG.target, amp } } };
  if (options.root) ctx.root = options.root;
  return ctx;
}

export const VALIDATOR_FILE = fileURLToPath(new URL('../../../../.cache/amp-validator/validator_wasm.js', import.meta.url));
const required = !!process.env.CI || !!process.env.TAILOR_REQUIRE_AMP_VALIDATOR;
/** Validator tests run when the engine is present, and must run (and fail without it) on CI. */
export const RUN_VALIDATOR = required || existsSync(VALIDATOR_FILE);
export const VALIDATOR_SKIP_REASON = RUN_VALIDATOR
  ? ''
  : ' [SKIPPED: .cache/amp-validator/validator_wasm.js is absent; run scripts/get-amp-validator.sh]';

export async function validator(): Promise<AmpValidator> {
  const v = await loadAmpValidator(VALIDATOR_FILE);
  if (!v) throw new Error(`The AMP validator engine is missing at ${VALIDATOR_FILE}: run scripts/get-amp-validator.sh`);
  return v;
}

const item = (n: number, name: string) => ({
  name,
  url: `https://shop.example.com/p/${n}?ref=mail&x=1`,
  image: `https://shop.example.com/i/${n}.jpg`,
  price: n % 2 ? '$40' : '€12,50',
});

/** Fixture recipients: no data, everything, hostile values, values that look like template syntax. */
export const PROFILES: Profile[] = [
  profile({}, 'empty'),
  profile(
    {
      first_name: 'Ana',
      location: 'California',
      email: 'ana@example.com',
      lifecycle_stage: 'active',
      orders_12m: 7,
      vip: true,
      last_order_date: '2026-01-15',
      profile_url: 'https://shop.example.com/me?id=1&x=2',
      recommendations: [item(1, 'Linen shirt'), item(2, 'Canvas tote'), item(3, 'Wool socks'), item(4, 'Cap')],
    },
    'full',
  ),
  profile(
    {
      first_name: '<script>alert(1)</script>',
      location: 'california',
      email: "o'brien@example.com",
      lifecycle_stage: 'lapsed',
      orders_12m: 0,
      vip: false,
      last_order_date: '2025-12-31',
      recommendations: [],
    },
    'hostile',
  ),
  profile(
    {
      first_name: '{{ first_name }}',
      location: '*|STATE|*',
      lifecycle_stage: 'new',
      orders_12m: 2.5,
      profile_url: '',
      recommendations: [item(5, '{% raw %}'), item(6, '%%=v(@x)=%%'), item(7, 'a & b "quoted"')],
    },
    'delimiters',
  ),
];
