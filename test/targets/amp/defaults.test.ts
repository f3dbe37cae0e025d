// The amp target's copy of MJML's default attributes must match the installed mjml.
import { describe, expect, it } from 'vitest';
import 'mjml';
import { components } from 'mjml-core';
import { MJML_DEFAULTS } from '../../../src/targets/amp/mjml-defaults.js';

describe('MJML defaults', () => {
  it.each(Object.keys(MJML_DEFAULTS))('%s matches mjml-core', (tag) => {
    const registered = (components as Record<string, { defaultAttributes?: Record<string, unknown> }>)[tag];
    expect(registered, `${tag} is not registered by mjml`).toBeDefined();
    const defaults = Object.fromEntries(Object.entries(registered!.defaultAttributes ?? {}).filter(([, v]) => typeof v === 'string'));
    expect(MJML_DEFAULTS[tag]).toEqual(defaults);
  });
});
