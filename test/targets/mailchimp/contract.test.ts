// The merge-field contract (how a profile becomes merge fields) and the merge-fields
// listing written beside each template.
import { describe, expect, it } from 'vitest';
import { profileFields } from '../../../src/targets/mailchimp/fields.js';
import { mailchimpTarget } from '../../../src/targets/mailchimp/index.js';
import { TEST_CONTEXT } from '../../support/context.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { attr, cmp, each, iff, item, out, seg, text, truthy } from '../../support/nodes.js';
import { contextWith } from './helpers.js';

const ctx = contextWith({ segments: { frequent_buyers: 'FREQBUYER' } });
const template = renderedFromParts({
  html: [
    out(attr('first_name'), 'there'),
    iff([[seg('frequent_buyers', cmp(attr('orders_12m', 'number'), '>=', 5)), [text('VIP')]]]),
    iff([[truthy(attr('vip', 'boolean')), [text('*')]]]),
    each(attr('recommendations', 'list'), [out(item('recommendations', 'name')), out(item('recommendations', 'price'))], [], 2),
  ],
});

describe('mailchimp merge-field contract', () => {
  it('fills fields from the profile: text as is, numbers as decimals, booleans as true/false, lists numbered', () => {
    const fields = profileFields(
      {
        first_name: 'Ana',
        orders_12m: 2.5,
        vip: false,
        location: null,
        recommendations: [{ name: 'Shirt', url: 'u', image: null, price: '$5' }, { name: '', price: '$1' }],
      },
      ctx,
      template,
    );
    expect(Object.fromEntries(fields)).toMatchObject({
      FNAME: 'Ana',
      ORDERS: '2.5',
      VIP: 'false',
      STATE: '',
      EMAIL: '',
      REC1NAME: 'Shirt',
      REC1URL: 'u',
      REC1IMAGE: '',
      REC1PRICE: '$5',
      REC2NAME: '',
      REC2PRICE: '$1',
      FREQBUYER: '',
    });
    expect(fields.has('REC3NAME')).toBe(false);
    expect(profileFields({ orders_12m: 5 }, ctx, template).get('FREQBUYER')).toBe('yes');
  });

  it('lists the merge fields a template reads, and where each comes from', () => {
    const files = mailchimpTarget.extraFiles!(template, mailchimpTarget.emit(template, ctx), ctx);
    expect(files.map((f) => f.path)).toEqual(['test.merge-fields.json']);
    expect(JSON.parse(files[0]!.content)).toEqual({
      template: 'test',
      mergeFields: [
        { tag: 'FNAME', source: 'profile.first_name' },
        { tag: 'FREQBUYER', source: 'segment.frequent_buyers' },
        { tag: 'REC1NAME', source: 'item 1 name of profile.recommendations' },
        { tag: 'REC1PRICE', source: 'item 1 price of profile.recommendations' },
        { tag: 'REC2NAME', source: 'item 2 name of profile.recommendations' },
        { tag: 'REC2PRICE', source: 'item 2 price of profile.recommendations' },
        { tag: 'VIP', source: 'profile.vip' },
      ],
    });
  });

  it('runs each part: values HTML-encoded in the HTML part only', async () => {
    const t = renderedFromParts({ html: [out(attr('first_name'), 'x')], subject: [out(attr('first_name'), 'x', 'text')] });
    const got = await mailchimpTarget.execute(mailchimpTarget.emit(t, TEST_CONTEXT), { id: 'p', file: 'p', data: { first_name: 'A & <B>' } }, TEST_CONTEXT, t);
    expect(got).toEqual({ html: 'A &amp; &lt;B&gt;', text: '', subject: 'A & <B>', preheader: '' });
  });
});
