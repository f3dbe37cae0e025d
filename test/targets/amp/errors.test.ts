// What the amp target refuses or warns about, with the template line it points at.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { ampTarget } from '../../../src/targets/amp/index.js';
import { renderedFromParts } from '../../support/equivalence.js';
import { text } from '../../support/nodes.js';
import { ampContext, templateFrom } from './support/harness.js';

const page = (body: string) => `<mjml>\n<mj-body>\n<mj-section>\n<mj-column>\n${body}\n</mj-column>\n</mj-section>\n</mj-body>\n</mjml>`;
/** Line of the first line of `body` inside page(). */
const L = 5;

function codes(diagnostics: Diagnostic[]): [string, number][] {
  return diagnostics.map((d) => [d.code, d.line]);
}

function check(source: string, ctx = ampContext()): Diagnostic[] {
  return ampTarget.check(templateFrom(source), ctx);
}

describe('amp target diagnostics', () => {
  it('refuses an image whose size is unknown, at the template line', () => {
    const d = check(page('<mj-text>ok</mj-text>\n<mj-image src="https://cdn.example.com/unknown.png" width="300px" />'));
    expect(codes(d)).toEqual([['amp-image-size-unknown', L + 1]]);
    expect(d[0]!.hint).toContain('unknown.png');
    expect(d[0]!.severity).toBe('error');
  });

  it('refuses a per-recipient image without declared width and height', () => {
    const d = check(page('{% for item in profile.recommendations %}\n<mj-image src="{{ item.image }}" width="200px" />\n{% endfor %}'));
    expect(codes(d)).toEqual([['amp-image-size-unknown', L + 1]]);
  });

  it('refuses an <img> in text without a size', () => {
    const d = check(page('<mj-text>Logo <img src="https://cdn.example.com/logo.png"></mj-text>'));
    expect(codes(d)).toEqual([['amp-image-size-unknown', L]]);
  });

  it('names a per-recipient <img> in text as such, never by its internal form', () => {
    const d = check(page('{% for item in profile.recommendations %}\n<mj-text><img src="{{ item.image }}"></mj-text>\n{% endfor %}'));
    expect(codes(d)).toEqual([['amp-image-size-unknown', L + 1]]);
    expect(d[0]!.message).toContain('"per-recipient image"');
    expect(d[0]!.hint).toContain('at a local path');
    expect(`${d[0]!.message}${d[0]!.hint}`).not.toMatch(/[\uE000-\uF8FF]/);
  });

  it('refuses static "{{" in a link (AMP rejects mustache in URLs)', () => {
    const template = renderedFromParts({ html: [text(page('<mj-button href="https://shop.example.com/?q={{code}}">Go</mj-button>'))] });
    const d = ampTarget.check(template, ampContext());
    expect(d.map((x) => x.code)).toEqual(['amp-static-mustache']);
  });

  it('refuses components with no AMP equivalent', () => {
    const d = check(page('<mj-text>ok</mj-text>\n<mj-chart data="1,2,3" />'));
    expect(codes(d)).toEqual([['amp-unsupported-component', L + 1]]);
  });

  it('refuses disallowed HTML and script handlers inside content', () => {
    const d = check(
      page('<mj-raw><iframe src="https://x.example.com/"></iframe></mj-raw>\n<mj-text><a href="https://x.example.com/" onclick="go()">x</a><video></video></mj-text>'),
    );
    expect(codes(d)).toEqual([
      ['amp-disallowed-html', L],
      ['amp-event-handler', L + 1],
      ['amp-disallowed-html', L + 1],
    ]);
  });

  it('refuses relative links and non-https images', () => {
    const d = check(page('<mj-button href="/account">Account</mj-button>\n<mj-image src="http://cdn.example.com/a.png" width="10px" height="10px" />\n<mj-text><a href="#top">top</a></mj-text>'));
    expect(codes(d)).toEqual([
      ['amp-url-not-absolute', L],
      ['amp-url-not-absolute', L + 1],
      ['amp-url-not-absolute', L + 2],
    ]);
  });

  it('refuses a per-recipient link whose no-data value is not a URL', () => {
    const d = check(page('<mj-button href="{{ profile.profile_url }}">Profile</mj-button>'));
    expect(codes(d)).toEqual([['amp-url-not-absolute', L]]);
  });

  it('refuses per-recipient values in style attributes', () => {
    const d = check(page('<mj-text color="{{ profile.location }}">Hi</mj-text>'));
    expect(codes(d)).toEqual([['amp-dynamic-attribute', L]]);
  });

  it('refuses a condition that opens an element it does not close', () => {
    const d = check(page('<mj-text>{% if profile.vip %}<b>{% endif %}VIP</b></mj-text>'));
    expect(d.map((x) => x.code)).toContain('amp-unbalanced-branch');
    expect(d[0]!.line).toBe(L);
  });

  it('refuses per-recipient content in mj-head', () => {
    const d = check('<mjml>\n<mj-head>\n{% if profile.vip %}<mj-style>.a{color:red}</mj-style>{% endif %}\n</mj-head>\n<mj-body></mj-body>\n</mjml>');
    expect(codes(d)).toEqual([['amp-dynamic-head', 3]]);
  });

  it('reports CSS it leaves out, and keeps the rest', () => {
    const d = check('<mjml>\n<mj-head>\n<mj-style>.a { color: red !important; mso-hide: all; user-select: none }</mj-style>\n</mj-head>\n<mj-body></mj-body>\n</mjml>');
    expect(codes(d)).toEqual([
      ['amp-css-important', 3],
      ['amp-css-dropped', 3],
    ]);
    expect(d.every((x) => x.severity === 'warning')).toBe(true);
  });

  it('refuses static text an ESP would read as its own syntax', () => {
    expect(codes(check(page('<mj-text>Hello *|FNAME|*</mj-text>'), ampContext({ sendVia: 'mailchimp' })))).toEqual([
      ['amp-esp-delimiter', L],
      ['amp-esp-delimiter', L],
    ]);
    expect(codes(check(page('<mj-text>100%% cotton</mj-text>'), ampContext({ sendVia: 'sfmc' })))).toEqual([['amp-esp-delimiter', L]]);
    expect(codes(check(page('<mj-text>{% raw %}x{% endraw %}</mj-text>'.replace(/\{%/g, '{ %')), ampContext({ sendVia: 'braze' })))).toEqual([
      ['amp-esp-delimiter', L],
    ]);
    // The same text is fine for an ESP that does not read it.
    expect(check(page('<mj-text>Hello *|FNAME|*</mj-text>'), ampContext({ sendVia: 'braze' }))).toEqual([]);
  });

  it('refuses an endpoint that is not absolute https', () => {
    const d = check(page('<mj-text>Hi {{ profile.first_name }}</mj-text>'), ampContext({ endpoint: 'http://amp.example.com/{template}' }));
    expect(d.map((x) => [x.code, x.file])).toEqual([['amp-endpoint-invalid', 'tailor.config.yaml']]);
  });

  it('checks the byte budgets', () => {
    const words = 'Some words to fill the document up. '.repeat(6);
    const big = Array.from({ length: 800 }, (_, i) => `<mj-text>${i} ${words}</mj-text>`).join('\n');
    expect(check(page(big)).map((x) => x.code)).toEqual(['amp-document-too-large']);
    const medium = Array.from({ length: 450 }, (_, i) => `<mj-text>${i} ${words}</mj-text>`).join('\n');
    expect(check(page(medium)).map((x) => [x.code, x.severity])).toEqual([['amp-document-large', 'warning']]);
    const longStyle = `<mj-raw><p style="${Array.from({ length: 60 }, (_, i) => `margin-left:${i}px`).join(';')}">x</p></mj-raw>`;
    expect(check(page(longStyle)).map((x) => x.code)).toEqual(['amp-inline-style-too-long']);
    const rules = Array.from({ length: 2500 }, (_, i) => `.c${i} { color: #123456; padding: ${i}px }`).join('\n');
    const css = `<mjml>\n<mj-head><mj-style>${rules}</mj-style></mj-head>\n<mj-body></mj-body>\n</mjml>`;
    expect(check(css).map((x) => x.code)).toContain('amp-css-too-large');
  });
});
