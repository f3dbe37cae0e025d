import { describe, expect, it } from 'vitest';
import { defaultEspNames, ESP_NAME_RULES } from '../../src/source/esp-names.js';
import { TARGET_IDS } from '../../src/source/model.js';

describe('ESP names', () => {
  it('derives defaults from the attribute name', () => {
    expect(defaultEspNames('orders_12m')).toEqual({
      sfmc: 'orders_12m',
      mailchimp: 'ORDERS_12M',
      braze: 'custom_attribute.${orders_12m}',
      sendgrid: 'orders_12m',
      amp: 'orders_12m',
    });
    expect(defaultEspNames('recommendations').mailchimp).toBe('RECOMMENDA');
    expect(defaultEspNames('first_name').braze).toBe('${first_name}');
    expect(defaultEspNames('email').braze).toBe('${email_address}');
    expect(defaultEspNames('phone').braze).toBe('${phone_number}');
    expect(defaultEspNames('home_city').braze).toBe('${city}');
  });

  it('derives valid names from every identifier', () => {
    for (const name of ['a', '_', 'x1', 'A_very_long_attribute_name_indeed', 'first_name', 'email']) {
      const names = defaultEspNames(name);
      for (const esp of TARGET_IDS) expect(ESP_NAME_RULES[esp].pattern.test(names[esp]), `${esp} ${names[esp]}`).toBe(true);
    }
  });

  it('knows each ESP naming rule', () => {
    expect(ESP_NAME_RULES.mailchimp.pattern.test('FNAME')).toBe(true);
    expect(ESP_NAME_RULES.mailchimp.pattern.test('fname')).toBe(false);
    expect(ESP_NAME_RULES.mailchimp.pattern.test('ABCDEFGHIJK')).toBe(false);
    expect(ESP_NAME_RULES.braze.pattern.test('custom_attribute.${loyalty tier}')).toBe(true);
    expect(ESP_NAME_RULES.braze.pattern.test('${first_name}')).toBe(true);
    expect(ESP_NAME_RULES.braze.pattern.test('first_name')).toBe(false);
    expect(ESP_NAME_RULES.braze.pattern.test('custom_attribute.${a}}')).toBe(false);
    expect(ESP_NAME_RULES.sfmc.pattern.test('First Name')).toBe(true);
    expect(ESP_NAME_RULES.sfmc.pattern.test('First"Name')).toBe(false);
    expect(ESP_NAME_RULES.sendgrid.pattern.test('first.name')).toBe(false);
    expect(ESP_NAME_RULES.amp.pattern.test('first-name')).toBe(false);
  });
});
