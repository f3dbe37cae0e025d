// The integrity check: a linear scan that accepts only the tags Tailor emits, balanced. It
// must be at least as strict as the AST-based lint on anything it is given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sendgridTarget } from '../../../src/targets/sendgrid/index.js';
import { checkIntegrity, scanHandlebars } from '../../../src/targets/sendgrid/integrity.js';
import { lintHandlebars } from '../../../src/targets/sendgrid/lint-handlebars.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { sendgridContext } from './context.js';
import { templateArb } from './template-arbitraries.js';

describe('sendgrid integrity check', () => {
  it('accepts what Tailor emits, escapes included', () => {
    const code =
      '\\{{x}} \\\\{{!}}\\{{y}} &#123;{z}} {{#if @root.a}}{{{@root.a}}}{{!}}}{{else}}{{#equals this.b "x}}y"}}{{formatDate @root.d "DD/MM"}}{{/equals}}{{/if}}' +
      "{{#each @root.l}}{{#lessThan @index 3}}{{this.name}}{{/lessThan}}{{else}}-{{/each}}{{#notEquals @root.s 'say \"hi\"'}}{{/notEquals}}{{#greaterThan @root.n -2.5}}{{/greaterThan}}" +
      '{{#and @root.a @root.b}}{{/and}}{{#or @root.a this.c}}{{/or}}{{#unless @root.v}}{{/unless}}{{#equals @root.v false}}{{/equals}}';
    expect(scanHandlebars(code)).toEqual([]);
    expect(lintHandlebars(code)).toEqual([]);
  });

  const broken: [string, RegExp][] = [
    ['{{#if @root.a}}x', /never closed/],
    ['{{#if @root.a}}x{{/equals}}', /closed by/],
    ['x{{/if}}', /never opened/],
    ['{{else}}', /outside a block/],
    ['{{#if @root.a}}{{else}}{{else}}{{/if}}', /second/],
    ['{{ first_name }}', /does not emit/],
    ['{{first_name}}', /does not emit/],
    ['{{#if (equals @root.a 1)}}{{/if}}', /does not emit/],
    ['{{#with @root.a}}{{/with}}', /does not emit/],
    ['{{> footer}}', /does not emit/],
    ['{{{{raw}}}}{{{{/raw}}}}', /raw block/],
    ['{{@root.a', /unclosed tag/],
    ['{{!-- open', /unclosed comment/],
    ['{{! note }}', /comment with text/],
    ['{{@root.a}}}', /right after the tag/],
    ['{{{@root.a}}}}', /right after the tag/],
    ['{{../x}}', /does not emit/],
    ['{{#if @root.a includeZero=true}}{{/if}}', /does not emit/],
  ];
  for (const [code, problem] of broken) {
    it(`refuses ${code}`, () => expect(scanHandlebars(code).join('\n')).toMatch(problem));
  }

  it('finds a render placeholder left in a part', () => {
    const emitted = { html: 'a tailorpho3z b', text: '', subject: '', preheader: '' };
    expect(checkIntegrity(emitted)).toEqual(['html: a render placeholder was not replaced']);
  });

  it('is at least as strict as the lint: damaged emitted code is never accepted by the scan alone', () => {
    const ctx = sendgridContext({ maxBranches: 64 });
    const damage = fc.constantFrom('{{', '}}', '}', '{', '\\', '{{x}}', '{{/if}}', '{{else}}', '{{#if @root.a}}', '{{!', '"', "'", '{{{', '\\{{');
    fc.assert(
      fc.property(templateArb, damage, fc.nat(), (template, insert, at) => {
        if (sendgridTarget.check(template, ctx).some((d) => d.severity === 'error')) return;
        const html = sendgridTarget.emit(renderedFromParts({ html: template.parts.html }), ctx).html;
        const pos = html.length === 0 ? 0 : at % html.length;
        const damaged = html.slice(0, pos) + insert + html.slice(pos);
        if (lintHandlebars(damaged).length > 0) expect(scanHandlebars(damaged)).not.toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
