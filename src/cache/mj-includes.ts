// Every file a template's <mj-include> tags name, followed into included MJML files. The
// render reports the files mjml built nodes from; an included file that yields none (only
// a comment, say) is read all the same, and editing it can change the output. So the cache
// finds includes itself, resolving paths as mjml does (from the template's folder, then
// from each included file's folder, percent-decoding), and records them all: a superset.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { walkNodes } from '../ir/nodes.js';
import type { TemplateIR } from '../targets/target.js';

const INCLUDE_TAG = /<mj-include\b([^>]*)>/gi;
const PATH_ATTRIBUTE = /\bpath\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const TYPE_ATTRIBUTE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/** Included files, relative to the root with forward slashes, sorted. */
export function includedFiles(ir: TemplateIR, root: string): string[] {
  const found = new Set<string>();
  const follow = (markup: string, dir: string): void => {
    if (!/<mj-include/i.test(markup)) return;
    for (const tag of markup.matchAll(INCLUDE_TAG)) {
      const attributes = tag[1]!;
      const written = PATH_ATTRIBUTE.exec(attributes);
      if (!written) continue;
      const absolute = path.resolve(dir, fullyDecode(written[1] ?? written[2] ?? ''));
      const relative = path.relative(root, absolute).split(path.sep).join('/');
      if (found.has(relative)) continue;
      found.add(relative);
      const type = TYPE_ATTRIBUTE.exec(attributes);
      if ((type?.[1] ?? type?.[2]) === 'css' || (type?.[1] ?? type?.[2]) === 'html') continue;
      let text: string;
      try {
        text = readFileSync(absolute, 'utf8');
      } catch {
        continue; // a missing include is an error of the build; nothing is cached then
      }
      follow(text, path.dirname(absolute));
    }
  };
  const templateDir = path.dirname(path.resolve(root, ir.file));
  walkNodes(ir.body, (node) => {
    if (node.kind === 'static') follow(node.text, templateDir);
  });
  return [...found].sort();
}

/** mjml's own decoding of include paths (repeated percent-decoding). */
function fullyDecode(input: string): string {
  let result = input;
  for (let i = 0; i < 10; i++) {
    try {
      const decoded = decodeURIComponent(result);
      if (decoded === result) break;
      result = decoded;
    } catch {
      break;
    }
  }
  return result;
}
