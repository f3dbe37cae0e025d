// dynamic_template_data built from a profile: esp.sendgrid names, nested keys, lists, and
// segments read from precomputed fields.
import { describe, expect, it } from 'vitest';
import type { AttributeDef, AttributeSchema } from '../../../src/source/model.js';
import { dynamicTemplateData } from '../../../src/targets/sendgrid/data.js';
import { sendgridTarget } from '../../../src/targets/sendgrid/index.js';
import { TEST_ATTRIBUTES } from '../../support/context.js';
import { profile, renderedFromParts } from '../../support/equivalence.js';
import { attr, cmp, each, iff, item, out, seg, text } from '../../support/nodes.js';
import { sendgridContext } from './context.js';

describe('dynamicTemplateData', () => {
  it('keys attributes by their SendGrid name, nesting dotted names', () => {
    const attributes: AttributeSchema = new Map(TEST_ATTRIBUTES);
    const rename = (name: string, sendgrid: string) => {
      const def = TEST_ATTRIBUTES.get(name)!;
      attributes.set(name, { ...def, esp: { ...def.esp, sendgrid } } as AttributeDef);
    };
    rename('first_name', 'user.firstName');
    rename('location', 'user.state');
    const ctx = { ...sendgridContext(), attributes };
    const recs = [{ name: 'a', url: 'u', image: 'i', price: '' }];
    const data = dynamicTemplateData(profile({ first_name: 'Ana', location: null, orders_12m: 0, recommendations: recs, undeclared: 'x' }), ctx, renderedFromParts({}));
    expect(data).toEqual({ user: { firstName: 'Ana', state: null }, orders_12m: 0, recommendations: recs });
    expect((data.recommendations as unknown[])[0]).not.toBe(recs[0]);
  });

  it('fills a precomputed segment field with "yes" for members only', () => {
    const ctx = sendgridContext({ segmentFields: { frequent_buyers: 'is_frequent' } });
    const template = renderedFromParts({ html: [iff([[seg('frequent_buyers', cmp(attr('orders_12m', 'number'), '>=', 5)), [text('VIP')]]])] });
    expect(dynamicTemplateData(profile({ orders_12m: 5 }), ctx, template)).toEqual({ orders_12m: 5, is_frequent: 'yes' });
    expect(dynamicTemplateData(profile({ orders_12m: 4 }), ctx, template)).toEqual({ orders_12m: 4 });
  });
});

describe('template-data.json', () => {
  it('lists the keys the template reads, with the JSON type the code relies on', () => {
    const ctx = sendgridContext({ segmentFields: { frequent_buyers: 'is_frequent' } });
    const template = renderedFromParts({
      html: [out(attr('first_name')), iff([[seg('frequent_buyers', cmp(attr('orders_12m', 'number'), '>=', 5)), [text('VIP')]]]), each(attr('recommendations', 'list'), [out(item('recommendations', 'name'))])],
      subject: [iff([[cmp(attr('vip', 'boolean'), '==', false), [text('x')]]])],
    }, 'offer');
    const [file] = sendgridTarget.extraFiles!(template, sendgridTarget.emit(template, ctx), ctx);
    expect(file!.path).toBe('offer.template-data.json');
    const keys = (JSON.parse(file!.content) as { keys: { key: string; source: string; value: string }[] }).keys;
    expect(keys.map((k) => [k.key, k.source])).toEqual([
      ['first_name', 'profile.first_name'],
      ['is_frequent', 'segment.frequent_buyers'],
      ['recommendations', 'profile.recommendations'],
      ['vip', 'profile.vip'],
    ]);
    expect(keys.find((k) => k.key === 'vip')!.value).toMatch(/^boolean/);
    expect(keys.find((k) => k.key === 'recommendations')!.value).toBe('array of { name: string, url: string, image: string, price: string }');
  });
});
