// A attribute schema and target context for target tests, shaped like the sample project's.
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { AttributeDef, AttributeSchema, EspNames } from '../../src/source/model.js';
import type { TargetContext } from '../../src/targets/target.js';
import { SPAN } from './nodes.js';

function def(name: string, type: AttributeDef['type'], esp: Partial<EspNames>, extra: Partial<AttributeDef> = {}): AttributeDef {
  return {
    name,
    type,
    span: SPAN,
    esp: {
      sfmc: esp.sfmc ?? name,
      mailchimp: esp.mailchimp ?? name.toUpperCase().replace(/[^A-Z0-9_]/g, '').slice(0, 10),
      braze: esp.braze ?? `custom_attribute.\${${name}}`,
      sendgrid: esp.sendgrid ?? name,
      amp: esp.amp ?? name,
    },
    ...extra,
  };
}

export const TEST_ATTRIBUTES: AttributeSchema = new Map(
  [
    def('first_name', 'string', { sfmc: 'FirstName', mailchimp: 'FNAME', braze: '${first_name}' }, { fallback: 'there' }),
    def('location', 'string', { mailchimp: 'STATE' }),
    def('email', 'email', { sfmc: 'emailaddr', mailchimp: 'EMAIL', braze: '${email_address}' }),
    def('lifecycle_stage', 'enum', { mailchimp: 'STAGE' }, { values: ['new', 'active', 'lapsed'] }),
    def('orders_12m', 'number', { mailchimp: 'ORDERS' }, { fallback: '0' }),
    def('vip', 'boolean', {}),
    def('last_order_date', 'date', { mailchimp: 'LASTORDER' }),
    def('profile_url', 'url', { mailchimp: 'PURL' }),
    def('recommendations', 'list', { sfmc: 'Recommendations', mailchimp: 'REC' }, {
      max: 4,
      items: { name: 'string', url: 'url', image: 'url', price: 'string' },
    }),
  ].map((d) => [d.name, d]),
);

export const TEST_CONTEXT: TargetContext = { attributes: TEST_ATTRIBUTES, config: DEFAULT_CONFIG };
