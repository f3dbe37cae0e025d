// A ready-to-send multipart message (.eml) for test sends and mail-client inspection:
// multipart/alternative with text/plain, text/x-amp-html, text/html in that order (the
// AMP part must come before text/html; some clients show only the last part they know).
// Deterministic: the same input gives the same bytes (the boundary and Message-ID derive
// from a hash of the content; no Date unless given). CRLF line ends, quoted-printable bodies.
import { createHash } from 'node:crypto';

export interface EmlInput {
  from?: string;
  to?: string;
  subject: string;
  text: string;
  ampHtml: string;
  html: string;
  /** Omitted when not given, so builds stay byte-identical. */
  date?: Date;
}

const CRLF = '\r\n';
const MAX_LINE = 76;

function hex(byte: number): string {
  return `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** RFC 2045 quoted-printable of UTF-8 text; line breaks become CRLF hard breaks. */
export function quotedPrintable(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  return lines
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const printable = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        // A leading dot is encoded so no SMTP hop mistakes the line for the end of data.
        tokens.push(printable && !(i === 0 && b === 46) ? String.fromCharCode(b) : hex(b));
      });
      let out = '';
      let current = '';
      for (const t of tokens) {
        if (current.length + t.length > MAX_LINE - 1) {
          out += `${current}=${CRLF}`;
          current = '';
        }
        current += t;
      }
      return out + current;
    })
    .join(CRLF);
}

function isAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}

/** RFC 2047 encoded words (UTF-8, base64), each at most 75 characters, folded. */
function encodedWords(s: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

function headerValue(value: string): string {
  const v = value.replace(/[\r\n]+/g, ' ').trim();
  if (isAscii(v)) return v;
  const address = /^(.*?)\s*<([^<>]+)>$/.exec(v);
  if (address && isAscii(address[2]!)) return `${address[1] ? `${encodedWords(address[1].replace(/^"|"$/g, ''))} ` : ''}<${address[2]}>`;
  return encodedWords(v);
}

function rfc2822(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

function part(type: string, body: string, boundary: string): string {
  return [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(body)].join(CRLF);
}

export function buildEml(input: EmlInput): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([input.from ?? '', input.to ?? '', input.subject, input.text, input.ampHtml, input.html]))
    .digest('hex');
  const boundary = `tailor-alt-${hash.slice(0, 32)}`;
  const headers = [
    ...(input.from ? [`From: ${headerValue(input.from)}`] : []),
    ...(input.to ? [`To: ${headerValue(input.to)}`] : []),
    `Subject: ${headerValue(input.subject)}`,
    ...(input.date ? [`Date: ${rfc2822(input.date)}`] : []),
    `Message-ID: <${hash.slice(0, 40)}@tailor.invalid>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const body = [
    part('text/plain', input.text, boundary),
    part('text/x-amp-html', input.ampHtml, boundary),
    part('text/html', input.html, boundary),
    `--${boundary}--`,
    '',
  ].join(CRLF);
  return `${headers.join(CRLF)}${CRLF}${CRLF}${body}`;
}
