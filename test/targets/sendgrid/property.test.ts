// Property tests: generated templates x generated profiles. Whatever the sendgrid target
// accepts, executed with handlebars.js and the SendGrid helper emulation, says exactly what
// the reference evaluator says in every part; its code passes the integrity check and the
// lint; static text that looks like a delimiter never becomes live.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PART_NAMES, type Node } from '../../../src/ir/nodes.js';
import { sendgridTarget } from '../../../src/targets/sendgrid/index.js';
import { lintHandlebars } from '../../../src/targets/sendgrid/lint-handlebars.js';
import { condArb, profileArb } from '../../support/arbitraries.js';
import { expectEquivalent, renderedFromParts } from '../../support/equivalence.js';
import { attr, each, iff, item, out, text } from '../../support/nodes.js';
import { sendgridContext } from './context.js';
import { staticText, templateArb } from './template-arbitraries.js';

/** Generated condition trees duplicate a lot; the cap is raised so most are exercised. */
const ctx = sendgridContext({ maxBranches: 1024 });
/** Whole templates keep a cap close to the default (their conditions are small). */
const templateCtx = sendgridContext({ maxBranches: 64 });
const profiles = fc.array(profileArb, { minLength: 1, maxLength: 4 });

/** Refusals a generated template may legitimately meet. */
const EXPECTED_REFUSALS = new Set(['sendgrid-static-brace', 'sendgrid-too-many-branches']);

describe('sendgrid equals the reference (property)', () => {
  it('condition trees, in every part', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(condArb, condArb, profiles, async (c1, c2, ps) => {
        const body: Node[] = [iff([[c1, [text('A')]], [c2, [text('B')]]], [text('C')])];
        const template = renderedFromParts({ html: body, text: body, subject: body, preheader: body });
        const errors = sendgridTarget.check(template, ctx).filter((d) => d.severity === 'error');
        if (errors.length > 0) {
          // Only duplication past the cap may refuse these trees.
          expect(errors.map((d) => d.code)).toEqual(errors.map(() => 'sendgrid-too-many-branches'));
          return;
        }
        accepted++;
        await expectEquivalent(sendgridTarget, template, ps, ctx);
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(150);
  });

  it('outputs with fallbacks and loops with limits', async () => {
    const recs = attr('recommendations', 'list');
    await fc.assert(
      fc.asyncProperty(staticText, staticText, fc.integer({ min: 0, max: 5 }), profiles, async (fallback, separator, limit, ps) => {
        const html = [
          out(attr('first_name'), fallback),
          text(separator),
          out(attr('orders_12m', 'number'), fallback, 'attr'),
          out(attr('vip', 'boolean'), fallback),
          each(recs, [out(item('recommendations', 'name'), fallback), text(separator), out(item('recommendations', 'price'), '')], [text(fallback)], limit),
        ];
        const plain = [out(attr('first_name'), fallback, 'text'), text(` ${separator} `), out(attr('location'), '', 'text')];
        const template = renderedFromParts({ html, text: plain, subject: plain });
        if (sendgridTarget.check(template, ctx).some((d) => d.severity === 'error')) return;
        await expectEquivalent(sendgridTarget, template, ps, ctx);
      }),
      { numRuns: 150 },
    );
  });

  it('whole generated templates: equivalent, integral, lint-clean', async () => {
    let accepted = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(templateArb, profiles, async (template, ps) => {
        runs++;
        const ctx = templateCtx;
        const errors = sendgridTarget.check(template, ctx).filter((d) => d.severity === 'error');
        if (errors.length > 0) {
          for (const e of errors) expect(EXPECTED_REFUSALS).toContain(e.code);
          return;
        }
        accepted++;
        const emitted = sendgridTarget.emit(template, ctx);
        expect(sendgridTarget.integrity!(emitted)).toEqual([]);
        for (const part of PART_NAMES) expect(lintHandlebars(emitted[part])).toEqual([]);
        await expectEquivalent(sendgridTarget, template, ps, ctx);
      }),
      { numRuns: 150 },
    );
    expect(accepted / runs).toBeGreaterThan(0.8);
  });

  it('static text never becomes live: the AST holds only the tags Tailor wrote', () => {
    fc.assert(
      fc.property(fc.array(staticText, { minLength: 1, maxLength: 4 }), (texts) => {
        const nodes: Node[] = texts.flatMap((t) => [text(t), out(attr('first_name'), '', 'text')]);
        const template = renderedFromParts({ text: nodes, subject: nodes, html: texts.map((t) => text(t)) });
        if (sendgridTarget.check(template, ctx).some((d) => d.severity === 'error')) return;
        const emitted = sendgridTarget.emit(template, ctx);
        for (const part of PART_NAMES) {
          const live = emitted[part].match(/\{\{\{@root\.first_name\}\}\}/g) ?? [];
          expect(live.length).toBe(part === 'text' || part === 'subject' ? texts.length : 0);
        }
        expect(sendgridTarget.integrity!(emitted)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
