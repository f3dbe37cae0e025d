// buildEml: a deterministic multipart/alternative message, checked by parsing it back.
import { describe, expect, it } from 'vitest';
import { buildEml, quotedPrintable } from '../../../src/write/eml.js';

/** A small, independent MIME reader for the test: headers, boundary, parts, quoted-printable. */
function parse(eml: string) {
  const [head, ...rest] = eml.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head!.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const boundary = /boundary="([^"]+)"/.exec(headers.get('content-type')!)![1]!;
  const body = rest.join('\r\n\r\n');
  const chunks = body.split(`--${boundary}`);
  expect(chunks.at(-1)).toBe('--\r\n');
  const parts = chunks.slice(1, -1).map((chunk) => {
    const [ph, ...pb] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
    const encoded = pb.join('\r\n\r\n').replace(/\r\n$/, '');
    const bytes: number[] = [];
    const soft = encoded.replace(/=\r\n/g, '');
    for (let i = 0; i < soft.length; i++) {
      if (soft[i] === '=') {
        bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(soft.charCodeAt(i));
    }
    return { headers: ph!, lines: encoded.split('\r\n'), text: Buffer.from(bytes).toString('utf8') };
  });
  return { headers, parts };
}

// RFC 2047: whitespace between two adjacent encoded words is not part of the text.
const decodeWords = (v: string) =>
  v.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?B\?([^?]+)\?=/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));

const input = {
  from: 'Zoë Shop <news@shop.example.com>',
  to: 'ana@example.com',
  subject: 'Ana, your weekly picks — 20% off ✨ and a much longer subject line that needs folding over several encoded words',
  text: 'Hi Ana,\nline two with trailing space \n.leading dot\n' + 'x'.repeat(200),
  ampHtml: '<!doctype html>\n<html ⚡4email data-css-strict><body><p style="color:#333">Prix = 12 €</p></body></html>\n',
  html: '<html><body><p>Hi Ana</p></body></html>',
};

describe('buildEml', () => {
  it('writes text/plain, text/x-amp-html, text/html in that order, and reads back identical', () => {
    const eml = buildEml(input);
    const { headers, parts } = parse(eml);
    expect(headers.get('mime-version')).toBe('1.0');
    expect(headers.get('content-type')).toMatch(/^multipart\/alternative; boundary="tailor-alt-[0-9a-f]{32}"$/);
    expect(decodeWords(headers.get('subject')!)).toBe(input.subject);
    expect(decodeWords(headers.get('from')!)).toBe('Zoë Shop <news@shop.example.com>');
    expect(headers.has('date')).toBe(false);
    expect(parts.map((p) => /Content-Type: ([^;]+)/.exec(p.headers)![1])).toEqual(['text/plain', 'text/x-amp-html', 'text/html']);
    expect(parts.map((p) => p.text)).toEqual([input.text, input.ampHtml, input.html].map((s) => s.replace(/\n/g, '\r\n')));
    for (const p of parts) for (const line of p.lines) expect(line.length).toBeLessThanOrEqual(76);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is deterministic, and the boundary follows the content', () => {
    expect(buildEml(input)).toBe(buildEml({ ...input }));
    expect(buildEml(input)).not.toBe(buildEml({ ...input, html: '<p>other</p>' }));
    expect(buildEml({ ...input, date: new Date(Date.UTC(2026, 0, 15, 9, 30)) })).toContain('\r\nDate: Thu, 15 Jan 2026 09:30:00 +0000\r\n');
  });

  it('encodes what quoted-printable must encode', () => {
    expect(quotedPrintable('a=b\tend \n.dot\nü')).toBe('a=3Db\tend=20\r\n=2Edot\r\n=C3=BC');
  });
});
