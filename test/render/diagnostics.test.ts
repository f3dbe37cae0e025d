// What the render phase refuses or warns about, and where it points (template lines, not
// the serialized MJML or the HTML).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { inColumn, renderSource } from './support/render-source.js';

const where = (ds: Diagnostic[]): string[] => ds.map((d) => `${d.code}@${d.line}:${d.column}`);

describe('dynamic content MJML cannot carry', () => {
  it('refuses logic inside mj-head, except mj-title and mj-preview content', async () => {
    const out = await renderSource(
      [
        '<mjml>',
        '<mj-head>',
        '<mj-title>Hi {{ profile.first_name }}</mj-title>',
        '<mj-attributes><mj-all font-family="{{ profile.font }}"></mj-all></mj-attributes>',
        '{% if profile.vip %}<mj-style>.a { color: red; }</mj-style>{% endif %}',
        '</mj-head>',
        '<mj-body><mj-section><mj-column><mj-text>x</mj-text></mj-column></mj-section></mj-body>',
        '</mjml>',
      ].join('\n'),
    );
    expect(where(out.diagnostics)).toEqual(['render-dynamic-in-head@4:37', 'render-dynamic-in-head@5:1']);
    expect(out.rendered).toBeNull();
  });

  it('refuses values that end up in CSS', async () => {
    const out = await renderSource(
      [
        '<mjml><mj-body>',
        '<mj-section background-color="{{ profile.color }}"><mj-column>',
        '<mj-text><span style="color: {{ profile.ink }}">x</span></mj-text>',
        '<mj-raw><style>.x { color: {{ profile.css }}; }</style></mj-raw>',
        '</mj-column></mj-section>',
        '</mj-body></mjml>',
      ].join('\n'),
    );
    // MJML itself rejects the color, so that one reads as an attribute it needs at build time.
    expect(where(out.diagnostics)).toEqual(['render-dynamic-attribute-invalid@2:31', 'render-dynamic-in-css@3:30', 'render-dynamic-in-css@4:28']);
    expect(out.diagnostics[0]!.message).toContain('{{ profile.color }}');
    expect(out.diagnostics[1]!.message).toContain('a style attribute');
    expect(out.diagnostics[2]!.message).toContain('a <style> element');
    expect(out.rendered).toBeNull();
  });

  it('refuses logic in tag syntax, comments between elements, and outside the body', async () => {
    const out = await renderSource(
      [
        '<mjml>{% if profile.a %}<mj-body>',
        '<!-- {{ profile.b }} -->',
        '<mj-section {% if profile.c %}padding="0"{% endif %}><mj-column>',
        '<mj-text><a {{ profile.d }}>x</a><!-- {{ profile.ok }} --></mj-text>',
        '</mj-column></mj-section>',
        '</mj-body>{% endif %}</mjml>',
      ].join('\n'),
    );
    expect(where(out.diagnostics)).toEqual([
      'render-dynamic-outside-body@1:7',
      'render-dynamic-in-comment@2:6',
      'render-dynamic-in-tag@3:13',
      'render-dynamic-in-tag@4:13',
    ]);
  });

  it('refuses outputs between elements and blocks where mj-raw cannot stand', async () => {
    const out = await renderSource(
      inColumn(
        [
          '{{ profile.name }}',
          '<mj-carousel>{% if profile.vip %}<mj-carousel-image src="https://example.com/a.png"></mj-carousel-image>{% endif %}</mj-carousel>',
        ].join('\n'),
      ),
    );
    expect(where(out.diagnostics)).toEqual(['render-output-outside-content@5:1', 'render-block-not-allowed@6:14']);
    expect(out.diagnostics[1]!.message).toContain('<mj-carousel>');
  });

  it('refuses content MJML does not render in place', async () => {
    const out = await renderSource(
      [
        '<mjml><mj-body><mj-section><mj-column>',
        '<mj-carousel><mj-carousel-image src="https://example.com/{{ profile.ok }}.png">{{ profile.lost }}</mj-carousel-image></mj-carousel>',
        '</mj-column></mj-section></mj-body>',
        '<mj-raw position="file-start">{{ profile.top }}</mj-raw>',
        '</mjml>',
      ].join('\n'),
    );
    expect(where(out.diagnostics)).toEqual(['render-output-outside-content@2:80', 'render-dynamic-outside-body@4:31']);
  });

  it('refuses blocks whose branches do not hold whole elements', async () => {
    const out = await renderSource(
      [
        '<mjml><mj-body>',
        '{% if profile.vip %}<mj-section background-color="#000">{% else %}<mj-section>{% endif %}',
        '<mj-column><mj-text>x</mj-text></mj-column></mj-section>',
        '<mj-section><mj-column><mj-button href="https://example.com/{% if profile.a %}a" title="{% endif %}b">Go</mj-button></mj-column></mj-section>',
        '</mj-body></mjml>',
      ].join('\n'),
    );
    expect(where(out.diagnostics)).toEqual(['render-unbalanced-block@2:1', 'render-unbalanced-block@4:61']);
    expect(out.rendered).toBeNull();
  });

  it('warns when a branch leaves HTML tags open, and still renders', async () => {
    const out = await renderSource(inColumn('<mj-text>{% if profile.vip %}<b>{% endif %}Hi</b></mj-text>'));
    expect(where(out.diagnostics)).toEqual(['render-unbalanced-html@5:10']);
    expect(out.diagnostics[0]!.severity).toBe('warning');
    expect(out.rendered).not.toBeNull();
  });

  it('refuses the reserved placeholder text in sources', async () => {
    const out = await renderSource(inColumn('<mj-text>see tailorpho12z here</mj-text>'));
    expect(where(out.diagnostics)).toEqual(['render-reserved-text@5:14']);
  });
});

describe('MJML validation mapped to template lines', () => {
  const source = [
    '<mjml><mj-body>', // 1
    '{% if profile.vip %}', // 2
    '<mj-section>', // 3
    '  <mj-column><mj-text>VIP {{ profile.name }}</mj-text></mj-column>', // 4
    '</mj-section>', // 5
    '{% endif %}', // 6
    '<mj-section><mj-column>', // 7
    '  <mj-text foo="bar">x</mj-text>', // 8
    '  <mj-image src="https://example.com/a.png" width="{{ profile.width }}"></mj-image>', // 9
    '  <mj-image src="https://example.com/b.png" mj-class="{{ profile.cls }}"></mj-image>', // 10
    '</mj-column></mj-section>',
    '</mj-body></mjml>',
  ].join('\n');

  it('soft: warnings at the element, and attributes MJML needs at build time as errors', async () => {
    const out = await renderSource(source);
    expect(where(out.diagnostics)).toEqual(['render-mjml-invalid@8:3', 'render-dynamic-attribute-invalid@9:52', 'render-dynamic-dropped@10:55']);
    expect(out.diagnostics[0]!.severity).toBe('warning');
    expect(out.diagnostics[0]!.message).toContain('foo');
    expect(out.diagnostics[1]!.message).toContain('{{ profile.width }}');
    expect(out.rendered).toBeNull();
  });

  it('strict: validation errors are errors and nothing is rendered', async () => {
    const out = await renderSource(source.replace(/ width="[^"]*"/, ''), { mjml: { validationLevel: 'strict' } });
    expect(where(out.diagnostics)).toEqual(['render-mjml-invalid@8:3']);
    expect(out.diagnostics[0]!.severity).toBe('error');
    expect(out.rendered).toBeNull();
  });

  it('skip: no validation; an expression in an attribute MJML drops is reported', async () => {
    const out = await renderSource(source.replace(/ width="[^"]*"/, ''), { mjml: { validationLevel: 'skip' } });
    expect(where(out.diagnostics)).toEqual(['render-dynamic-dropped@10:55']);
    expect(out.rendered).not.toBeNull();
  });

  it('MJML failures are diagnostics, not crashes', async () => {
    const out = await renderSource('<mjml></mjml>');
    expect(out.diagnostics.map((d) => d.code)).toEqual(['render-mjml-failed']);
    expect(out.rendered).toBeNull();
  });
});

describe('columns repeated by a loop', () => {
  it('warns unless each repeated column has a width', async () => {
    const loop = (width: string): string =>
      `<mjml><mj-body><mj-section>\n{% for c in profile.cols %}<mj-column${width}><mj-text>{{ c.name }}</mj-text></mj-column>{% endfor %}\n</mj-section></mj-body></mjml>`;
    expect(where((await renderSource(loop(''))).diagnostics)).toEqual(['render-loop-columns@2:1']);
    expect((await renderSource(loop(' width="200px"'))).diagnostics).toEqual([]);
  });
});

describe('preview text', () => {
  it('keeps an existing mj-preview and says the preheader is not in it', async () => {
    const out = await renderSource(
      '<mjml><mj-head><mj-preview>Own</mj-preview></mj-head><mj-body><mj-section><mj-column><mj-text>x</mj-text></mj-column></mj-section></mj-body></mjml>',
      { preheader: 'Front matter' },
    );
    expect(out.diagnostics.map((d) => d.code)).toEqual(['render-preview-and-preheader']);
    expect(out.rendered).not.toBeNull();
  });
});

describe('mj-include', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tailor-render-'));
  mkdirSync(path.join(root, 'templates'));
  mkdirSync(path.join(root, 'partials'));
  writeFileSync(path.join(root, 'partials', 'footer.mjml'), '<mj-section><mj-column><mj-text>Footer text</mj-text></mj-column></mj-section>\n');
  writeFileSync(path.join(root, 'partials', 'bad.mjml'), '<mj-section><mj-column>\n<mj-text nope="1">x</mj-text>\n</mj-column></mj-section>\n');
  const outside = mkdtempSync(path.join(tmpdir(), 'tailor-outside-'));
  writeFileSync(path.join(outside, 'secret.mjml'), '<mj-section><mj-column><mj-text>secret</mj-text></mj-column></mj-section>');
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const withInclude = (p: string): string =>
    `<mjml><mj-body>\n{% if profile.vip %}<mj-section><mj-column><mj-text>VIP</mj-text></mj-column></mj-section>{% endif %}\n<mj-include path="${p}" />\n</mj-body></mjml>`;

  it('includes files inside the project and reports what it read', async () => {
    const out = await renderSource(withInclude('../partials/footer.mjml'), { root });
    expect(out.diagnostics).toEqual([]);
    expect(out.read).toEqual(['partials/footer.mjml']);
    const html = out.rendered!.parts.html.map((n) => (n.kind === 'static' ? n.text : '')).join('');
    expect(html).toContain('Footer text');
  });

  it('reports css and html includes as read too', async () => {
    writeFileSync(path.join(root, 'partials', 'extra.css'), '.x { color: red; }');
    writeFileSync(path.join(root, 'partials', 'extra.html'), '<p>raw html</p>');
    const source = withInclude('../partials/footer.mjml').replace(
      '<mjml><mj-body>',
      '<mjml><mj-head><mj-include path="../partials/extra.css" type="css" /></mj-head><mj-body><mj-include path="../partials/extra.html" type="html" />',
    );
    const out = await renderSource(source, { root });
    expect(out.diagnostics).toEqual([]);
    expect(out.read).toEqual(['partials/extra.css', 'partials/extra.html', 'partials/footer.mjml']);
  });

  it('points validation errors inside an included file at the include', async () => {
    const out = await renderSource(withInclude('../partials/bad.mjml'), { root });
    expect(where(out.diagnostics)).toEqual(['render-mjml-invalid@3:1']);
    expect(out.diagnostics[0]!.message).toContain('partials/bad.mjml');
  });

  it('refuses includes that leave the project', async () => {
    const out = await renderSource(withInclude(path.relative(path.join(root, 'templates'), path.join(outside, 'secret.mjml'))), { root });
    expect(out.diagnostics.map((d) => d.code)).toEqual(['render-include-denied']);
    expect(out.diagnostics[0]!.line).toBe(3);
    expect(out.rendered).toBeNull();
  });

  it('warns that includes are ignored without a project root', async () => {
    const out = await renderSource(withInclude('../partials/footer.mjml'));
    expect(out.diagnostics.map((d) => d.code)).toEqual(['render-include-disabled']);
  });
});
