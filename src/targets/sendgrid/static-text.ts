// Literal text written into a Handlebars template so that it stays literal. Handlebars
// opens a tag at every "{{"; next to a tag, a "{" before it reads as "{{{", a "}" after it
// as "}}}" (or "}}}}"), and backslashes before it escape it. Two mechanisms:
//
// - HTML part: numeric character references. "{" of every "{{", and a "{", "\" or "}"
//   touching a tag become &#123; &#92; &#125;. HTML decodes them in text and attribute
//   values, so no Handlebars escape is needed at all. (Inside <style>/<script>, where
//   references are not decoded, these characters never touch a tag in MJML output.)
// - Plain-text parts (text, subject, preheader): Handlebars escapes, verified with
//   handlebars.js; SendGrid's support is UNVERIFIED (reference §4.2 gotcha 7):
//     "{{"            -> "\{{"
//     k "\" + "{{"    -> (k+1) "\" + "{{!}}" + "\{{"   ("\\{{" prints one "\" and opens a tag)
//     k "\" + tag     -> (k+1) "\" + tag
//     tag + "}"       -> tag + "{{!}}" + "}"
//   A "{" right before a tag has no escape in plain text and is refused.

export type TextMode = 'html' | 'plain';

export interface ProtectedText {
  code: string;
  /** A plain-text escape SendGrid is not verified to honour was used. */
  unverifiedEscape: boolean;
  /** A "{" touches the next tag in plain text: cannot be written. */
  braceBeforeTag: boolean;
}

export function protectText(s: string, mode: TextMode, afterTag: boolean, beforeTag: boolean): ProtectedText {
  return mode === 'html' ? protectHtml(s, afterTag, beforeTag) : protectPlain(s, afterTag, beforeTag);
}

function protectHtml(s: string, afterTag: boolean, beforeTag: boolean): ProtectedText {
  let code = s.replace(/\{(?=\{)/g, '&#123;');
  if (beforeTag && code.endsWith('{')) code = `${code.slice(0, -1)}&#123;`;
  else if (beforeTag && code.endsWith('\\')) code = `${code.slice(0, -1)}&#92;`;
  if (afterTag && code.startsWith('}')) code = `&#125;${code.slice(1)}`;
  return { code, unverifiedEscape: false, braceBeforeTag: false };
}

const trailingBackslashes = (s: string) => s.length - s.replace(/\\+$/, '').length;

function protectPlain(s: string, afterTag: boolean, beforeTag: boolean): ProtectedText {
  let code = '';
  let unverifiedEscape = false;
  let from = 0;
  for (let at = s.indexOf('{{'); at >= 0; at = s.indexOf('{{', from)) {
    const before = s.slice(from, at);
    if (trailingBackslashes(before) > 0) code += `${before}\\{{!}}\\{{`;
    else code += `${before}\\{{`;
    unverifiedEscape = true;
    from = at + 2;
  }
  let rest = s.slice(from);
  let braceBeforeTag = false;
  if (beforeTag) {
    if (rest.endsWith('{')) braceBeforeTag = true;
    else if (trailingBackslashes(rest) > 0) rest += '\\';
  }
  code += rest;
  if (afterTag && s.startsWith('}')) {
    code = `{{!}}${code}`;
    unverifiedEscape = true;
  }
  return { code, unverifiedEscape, braceBeforeTag };
}
