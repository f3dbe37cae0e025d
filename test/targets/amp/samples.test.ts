// Sample folders: samples/<case>/input.mjml (template language subset) [+ config.json
// with {"sendVia": ...}] -> expected.amp.html (regenerate with UPDATE_SAMPLES=1).
// Each sample's AMP part must match, pass the official validator with zero errors, and
// show every fixture profile the same visible text and links as MJML's reference render,
// also with the endpoint failing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasErrors } from '../../../src/diagnostics/diagnostic.js';
import { ampTarget } from '../../../src/targets/amp/index.js';
import { ampEquivalence, ampFallbackEquivalence } from '../../../src/targets/amp/equivalence.js';
import { simulateEspMerge, type SendVia } from '../../../src/targets/amp/esp.js';
import { validateAmpHtml, type AmpValidator } from '../../../src/targets/amp/validate.js';
import { ampContext, PROFILES, RUN_VALIDATOR, templateFrom, validator, VALIDATOR_SKIP_REASON } from './support/harness.js';

const SAMPLES = fileURLToPath(new URL('./samples', import.meta.url));
const cases = readdirSync(SAMPLES).filter((d) => existsSync(path.join(SAMPLES, d, 'input.mjml'))).sort();

function load(name: string) {
  const dir = path.join(SAMPLES, name);
  const config = existsSync(path.join(dir, 'config.json')) ? (JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as { sendVia?: SendVia }) : {};
  const template = templateFrom(readFileSync(path.join(dir, 'input.mjml'), 'utf8'), name);
  const ctx = ampContext({ ...(config.sendVia ? { sendVia: config.sendVia } : {}), root: dir });
  return { dir, template, ctx, sendVia: config.sendVia ?? 'none' };
}

let engine: AmpValidator;
beforeAll(async () => {
  if (RUN_VALIDATOR) engine = await validator();
});

describe.each(cases)('amp sample %s', (name) => {
  const { dir, template, ctx, sendVia } = load(name);

  it('compiles without errors and matches expected.amp.html', () => {
    const diagnostics = ampTarget.check(template, ctx);
    expect(hasErrors(diagnostics), JSON.stringify(diagnostics, null, 2)).toBe(false);
    const html = ampTarget.emit(template, ctx).html;
    const expectedFile = path.join(dir, 'expected.amp.html');
    if (process.env.UPDATE_SAMPLES || !existsSync(expectedFile)) writeFileSync(expectedFile, html);
    expect(html).toBe(readFileSync(expectedFile, 'utf8'));
  });

  it.skipIf(!RUN_VALIDATOR)(`passes the AMP4EMAIL validator with zero errors and warnings${VALIDATOR_SKIP_REASON}`, () => {
    const html = simulateEspMerge(ampTarget.emit(template, ctx).html, sendVia);
    const result = validateAmpHtml(engine, html);
    expect(result.issues).toEqual([]);
    expect(result.pass).toBe(true);
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('shows profile %s what the reference shows', async (_id, profile) => {
    const c = await ampEquivalence(template, profile, ctx);
    expect(c.amp).toEqual(c.reference);
  });

  it('shows a recipient without data the same when the endpoint fails', async () => {
    const c = await ampFallbackEquivalence(template, ctx);
    expect(c.amp).toEqual(c.reference);
  });
});
