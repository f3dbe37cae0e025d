// Per-recipient text inside URL attributes (href, src, ...). Targets escape outputs
// for HTML, never URL-encode them, so a name or email spliced into a URL
// (`href="https://x/?n={{ profile.first_name }}"`) would break on `&`, `#` or spaces.
// Allowed: an output that is the whole attribute value; a `url` value at the start of
// the value (a base URL followed by a path or query); number and enum values anywhere
// (their text is URL-safe). Everything else is `url-partial-output`.
//
// The check reads the MJML markup of the lowered body with a small HTML tokenizer;
// branches of an if or loop each start from the state before the block.
import { diag } from '../diagnostics/diagnostic.js';
import { refName } from './evaluate.js';
import type { Node, OutputNode } from './nodes.js';
import type { BuildContext } from './scope.js';

export const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'background', 'background-url', 'action', 'formaction', 'poster', 'cite']);
const URL_SAFE_TYPES = new Set(['number', 'enum']);

interface HtmlState {
  mode: 'data' | 'tagName' | 'tag' | 'attrName' | 'afterAttrName' | 'beforeValue' | 'value' | 'comment';
  quote: string;
  attr: string;
  /** In the current value: non-whitespace static text seen. */
  valueHasText: boolean;
  outputsInValue: number;
  /** Outputs that are fine only if the value ends without more text. */
  pending: OutputNode[];
}

export function checkUrlOutputs(body: Node[], ctx: BuildContext): void {
  const reported = new Set<OutputNode>();
  const report = (node: OutputNode, attr: string) => {
    if (reported.has(node)) return;
    reported.add(node);
    ctx.diagnostics.push(diag('url-partial-output', node.span, { ref: refName(node.ref), attr }));
  };
  const state: HtmlState = { mode: 'data', quote: '', attr: '', valueHasText: false, outputsInValue: 0, pending: [] };
  walk(body, state, report);
}

type Report = (node: OutputNode, attr: string) => void;

function walk(nodes: Node[], s: HtmlState, report: Report): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'static':
        scanText(node.text, s, report);
        break;
      case 'output':
        onOutput(node, s, report);
        break;
      case 'if':
      case 'each': {
        const bodies = node.kind === 'if' ? [...node.branches.map((b) => b.body), ...(node.else ? [node.else] : [])] : [node.body, node.empty];
        const start = { ...s, pending: [...s.pending] };
        const ends = bodies.map((b) => {
          const branchState = { ...start, pending: [...start.pending] };
          walk(b, branchState, report);
          return branchState;
        });
        const first = ends[0] ?? start;
        Object.assign(s, first, {
          valueHasText: ends.some((e) => e.valueHasText),
          outputsInValue: Math.max(0, ...ends.map((e) => e.outputsInValue)),
          pending: [...new Set(ends.flatMap((e) => e.pending))],
        });
        break;
      }
    }
  }
}

function inUrlValue(s: HtmlState): boolean {
  return (s.mode === 'value' || s.mode === 'beforeValue') && URL_ATTRIBUTES.has(s.attr);
}

function onOutput(node: OutputNode, s: HtmlState, report: Report): void {
  if (!inUrlValue(s)) return;
  if (s.mode === 'beforeValue') {
    // An unquoted value starting with the output: `href={{ ... }}`.
    endValue(s);
    s.mode = 'value';
    s.quote = '';
  }
  const leading = !s.valueHasText && s.outputsInValue === 0;
  s.outputsInValue++;
  if (URL_SAFE_TYPES.has(node.ref.type)) return;
  if (node.ref.type === 'url' && leading) return;
  if (!leading) report(node, s.attr);
  else s.pending.push(node);
}

function onValueText(s: HtmlState, report: Report): void {
  if (!URL_ATTRIBUTES.has(s.attr)) return;
  s.valueHasText = true;
  if (s.pending.length === 0) return;
  for (const node of s.pending) report(node, s.attr);
  s.pending = [];
}

function endValue(s: HtmlState): void {
  s.valueHasText = false;
  s.outputsInValue = 0;
  if (s.pending.length > 0) s.pending = [];
}

/** JavaScript's `\s` for one UTF-16 unit, with the ASCII cases decided without a regex. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

const isLetterOrSlash = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 47;

/**
 * Runs the tokenizer over static text. Text, comments and attribute values are skipped
 * in one search each (nothing in them changes the state but their end); tags go
 * character by character.
 */
function scanText(text: string, s: HtmlState, report: Report): void {
  for (let i = 0; i < text.length; i++) {
    switch (s.mode) {
      case 'data': {
        const lt = text.indexOf('<', i);
        if (lt < 0) return;
        i = lt;
        if (text.startsWith('<!--', i)) {
          s.mode = 'comment';
          i += 3;
        } else if (isLetterOrSlash(text.charCodeAt(i + 1))) s.mode = 'tagName';
        break;
      }
      case 'comment': {
        const end = text.indexOf('-->', i);
        if (end < 0) return;
        s.mode = 'data';
        i = end + 2;
        break;
      }
      case 'value': {
        // Up to the closing quote, or for an unquoted value the first space or `>`.
        let end = i;
        if (s.quote) {
          end = text.indexOf(s.quote, i);
          if (end < 0) end = text.length;
        } else {
          while (end < text.length && !isSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== 62) end++;
        }
        for (let j = i; j < end; j++) {
          if (!isSpace(text.charCodeAt(j))) {
            onValueText(s, report);
            break;
          }
        }
        if (end === text.length) return;
        endValue(s);
        s.mode = text.charCodeAt(end) === 62 ? 'data' : 'tag';
        i = end;
        break;
      }
      default:
        scanTagChar(text, i, s, report);
    }
  }
}

/** One character inside a tag, before any attribute value. */
function scanTagChar(text: string, i: number, s: HtmlState, report: Report): void {
  const c = text[i]!;
  const space = isSpace(text.charCodeAt(i));
  switch (s.mode) {
    case 'tagName':
      if (space) s.mode = 'tag';
      else if (c === '>') s.mode = 'data';
      break;
    case 'tag':
    case 'afterAttrName':
      if (c === '>') s.mode = 'data';
      else if (c === '=' && s.mode === 'afterAttrName') s.mode = 'beforeValue';
      else if (!space && c !== '/') {
        s.mode = 'attrName';
        s.attr = c.toLowerCase();
      }
      break;
    case 'attrName':
      if (c === '=') s.mode = 'beforeValue';
      else if (c === '>') s.mode = 'data';
      else if (space) s.mode = 'afterAttrName';
      else if (c === '/') s.mode = 'tag';
      else s.attr += c.toLowerCase();
      break;
    case 'beforeValue':
      if (c === '"' || c === "'") {
        s.mode = 'value';
        s.quote = c;
        endValue(s);
      } else if (c === '>') s.mode = 'data';
      else if (!space) {
        s.mode = 'value';
        s.quote = '';
        endValue(s);
        onValueText(s, report);
      }
      break;
    default:
      throw new Error(`scanTagChar in mode ${s.mode}`);
  }
}
