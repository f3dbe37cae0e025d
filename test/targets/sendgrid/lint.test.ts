// The lint over Handlebars for SendGrid: one invalid snippet per rule, and the forms Tailor
// emits (and SendGrid documents) pass.
import { describe, expect, it } from 'vitest';
import { lintHandlebars, type HandlebarsLintRule } from '../../../src/targets/sendgrid/lint-handlebars.js';

const rules = (code: string) => lintHandlebars(code).map((p) => p.rule);

describe('lintHandlebars', () => {
  it('accepts the subset Tailor emits', () => {
    const code = [
      'Hi {{#if @root.first_name}}{{@root.first_name}}{{else}}there{{/if}}!',
      '{{#unless @root.vip}}x{{/unless}}{{#equals @root.location "California"}}CA{{else}}{{#notEquals @root.stage \'new\'}}old{{/notEquals}}{{/equals}}',
      '{{#if @root.n}}{{#greaterThan @root.n 5}}a{{else}}b{{/greaterThan}}{{else}}{{#equals @root.n 0}}z{{/equals}}{{/if}}{{#lessThan @root.n -2.5}}neg{{/lessThan}}',
      '{{#and @root.a @root.b}}both{{/and}}{{#or @root.a @root.b}}one{{/or}}{{#equals @root.vip false}}f{{/equals}}',
      '{{#each @root.recs}}{{#lessThan @index 3}}{{this.name}} {{{this.url}}}{{/lessThan}}{{else}}none{{/each}}',
      '{{{formatDate @root.d "MMMM D, YYYY"}}} {{insert @root.x "default=y"}} {{length @root.recs}}',
      '\\{{literal}} {{!}} {{!-- note --}} &#123;{x}}',
    ].join('\n');
    expect(lintHandlebars(code)).toEqual([]);
  });

  const invalid: [HandlebarsLintRule, string][] = [
    ['parse-error', '{{#if @root.a}}open'],
    ['subexpression', '{{#if (equals @root.a "x")}}y{{/if}}'],
    ['subexpression', '{{#greaterThan (length @root.items) 0}}y{{/greaterThan}}'],
    ['parent-path', '{{#each @root.l}}{{../name}}{{/each}}'],
    ['else-chain', '{{#equals @root.a "x"}}1{{else equals @root.a "y"}}2{{/equals}}'],
    ['else-chain', '{{#if @root.a}}1{{else if @root.b}}2{{/if}}'],
    ['with', '{{#with @root.user}}{{this.name}}{{/with}}'],
    ['lookup', '{{lookup @root.user "name"}}'],
    ['partial', '{{> footer}}'],
    ['partial', '{{#> layout}}x{{/layout}}'],
    ['decorator', '{{* inline}}'],
    ['raw-block', '{{{{raw}}}} {{x}} {{{{/raw}}}}'],
    ['unknown-helper', '{{#eq @root.a "x"}}y{{/eq}}'],
    ['unknown-helper', '{{uppercase @root.a}}'],
    ['hash-argument', '{{#if @root.a includeZero=true}}y{{/if}}'],
    ['unqualified-path', '{{first_name}}'],
    ['unqualified-path', '{{#if first_name}}y{{/if}}'],
    ['unqualified-path', '{{#each @root.l}}{{name}}{{/each}}'],
    ['unqualified-path', '{{@first}}'],
  ];
  for (const [rule, code] of invalid) {
    it(`${rule}: ${code}`, () => expect(rules(code)).toContain(rule));
  }

  it('reports 1-based positions', () => {
    const [problem] = lintHandlebars('ok\n  {{first_name}}');
    expect(problem).toMatchObject({ rule: 'unqualified-path', line: 2, column: 5 });
  });
});
