// Rendered template -> Braze Liquid, one part at a time. Each part starts with a prelude
// assigning every Braze value it reads to a plain variable (in the html part right after
// `<body>`, since Braze wants Liquid inside the body); the rest of the part only uses
// those variables.
import { PART_NAMES, type EachNode, type IfNode, type Node, type PartName } from '../../ir/nodes.js';
import type { EmittedParts, RenderedTemplate, TargetContext } from '../target.js';
import { ConditionLowerer, opaqueSegments, testSource, type OpaqueSegments } from './conditions.js';
import { splitComments } from './html-comments.js';
import { emitOutput } from './outputs.js';
import { encodeStaticHtml, encodeStaticText } from './static-text.js';
import { PartWriter } from './writer.js';

export function emitTemplate(template: RenderedTemplate, ctx: TargetContext): EmittedParts {
  const parts = {} as EmittedParts;
  const opaque = opaqueSegments(ctx);
  for (const part of PART_NAMES) parts[part] = emitPart(template.parts[part], part, ctx, opaque);
  return parts;
}

function emitPart(nodes: Node[], part: PartName, ctx: TargetContext, opaque: OpaqueSegments): string {
  const emitter = new NodeEmitter(new PartWriter(ctx), opaque, part === 'html');
  const merged = mergeStatic(nodes);
  const first = merged[0];
  let head = '';
  let rest = merged;
  if (part === 'html' && first?.kind === 'static') {
    const at = afterBodyTag(first.text);
    if (at >= 0) {
      head = encodeStaticHtml(first.text.slice(0, at));
      rest = [{ kind: 'static', text: first.text.slice(at) }, ...merged.slice(1)];
    }
  }
  const body = emitter.nodes(rest);
  return head + emitter.writer.preludeSource() + body;
}

class NodeEmitter {
  private readonly conditions: ConditionLowerer;

  constructor(
    readonly writer: PartWriter,
    opaque: OpaqueSegments,
    private readonly html: boolean,
  ) {
    this.conditions = new ConditionLowerer(writer, opaque);
  }

  /**
   * `keepWhitespace`: the nodes are a body of a block Ruby Liquid considers blank, whose
   * whitespace it would drop; each whitespace-only text is then wrapped in `raw` (a raw
   * block with content is not blank), so it prints as in the reference.
   */
  nodes(nodes: Node[], keepWhitespace = false): string {
    let out = '';
    for (const node of mergeStatic(nodes)) {
      switch (node.kind) {
        case 'static':
          if (keepWhitespace && node.text !== '' && isRubyWhitespace(node.text)) out += `{% raw %}${node.text}{% endraw %}`;
          else out += this.html ? encodeStaticHtml(node.text) : encodeStaticText(node.text);
          break;
        case 'output':
          out += emitOutput(node, this.writer);
          break;
        case 'if':
          out += this.ifChain(node);
          break;
        case 'each':
          out += this.loop(node);
          break;
      }
    }
    return out;
  }

  /** Every branch's setup first (conditions have no effects), then one if/elsif/else chain. */
  private ifChain(node: IfNode): string {
    const lowered = node.branches.map((b) => this.conditions.lower(b.cond));
    const blank = isRubyBlank([node]);
    let out = lowered.map((l) => l.setup).join('');
    node.branches.forEach((b, i) => {
      out += `{% ${i === 0 ? 'if' : 'elsif'} ${testSource(lowered[i]!.test)} %}${this.nodes(b.body, blank)}`;
    });
    if (node.else) out += `{% else %}${this.nodes(node.else, blank)}`;
    return `${out}{% endif %}`;
  }

  private loop(node: EachNode): string {
    const list = this.writer.attribute(node.list);
    const blank = isRubyBlank([node]);
    const body = this.writer.inLoop(node.loopVar, (item) => ({ item, code: this.nodes(node.body, blank) }));
    const empty = this.nodes(node.empty, blank);
    const otherwise = empty === '' ? '' : `{% else %}${empty}`;
    return `{% for ${body.item} in ${list} limit: ${node.limit} %}${body.code}${otherwise}{% endfor %}`;
  }
}

/** Ruby Liquid's whitespace (`/\A\s*\z/`: ASCII only). */
function isRubyWhitespace(text: string): boolean {
  return /^[ \t\r\n\f\v]*$/.test(text);
}

/**
 * Whether Ruby Liquid would treat these nodes, emitted, as a blank block body: only
 * whitespace text and tags that print nothing. Ruby then removes that whitespace from
 * an `if` or `for` whose bodies are all blank (liquidjs and the reference keep it).
 */
export function isRubyBlank(nodes: Node[]): boolean {
  return nodes.every((n) => {
    switch (n.kind) {
      case 'static':
        return isRubyWhitespace(n.text);
      case 'output':
        return false;
      case 'if':
        return n.branches.every((b) => isRubyBlank(b.body)) && isRubyBlank(n.else ?? []);
      case 'each':
        return isRubyBlank(n.body) && isRubyBlank(n.empty);
    }
  });
}

/** Adjacent static nodes as one (so no delimiter can form across their boundary). */
function mergeStatic(nodes: Node[]): Node[] {
  const merged: Node[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.kind === 'static' && last?.kind === 'static') merged[merged.length - 1] = { kind: 'static', text: last.text + node.text };
    else merged.push(node);
  }
  return merged;
}

/** Offset just after the first `<body ...>` tag outside comments, or -1. */
function afterBodyTag(html: string): number {
  let offset = 0;
  for (const segment of splitComments(html).segments) {
    if (!segment.comment) {
      const m = /<body\b[^>]*>/i.exec(segment.text);
      if (m) return offset + m.index + m[0].length;
    }
    offset += segment.text.length;
  }
  return -1;
}
