// A tiny reader for the template syntax in render samples, so samples stay readable
// MJML files instead of hand-built IR. It covers what render tests need:
//   {{ profile.x }}  {{ item.field | upper | default("fallback") }}
//   {% if cond %} {% elif cond %} {% else %} {% endif %}
//   {% for item in profile.list [limit N] %} {% empty %} {% endfor %}
// cond: ref, ref == "s", ref >= 3, not c, c and c, c or c, ( c ).
// Every node gets its real span in the sample file, so diagnostics can be checked by line.
import { LineIndex } from '../../../src/diagnostics/diagnostic.js';
import type { AttrRef, Cond, EachNode, FilterCall, IfNode, ItemRef, Literal, Node, Span } from '../../../src/ir/nodes.js';

const TOKEN = /\{\{([\s\S]*?)\}\}|\{%-?\s*([\s\S]*?)\s*-?%\}/g;

interface Frame {
  kind: 'root' | 'if' | 'each';
  node?: IfNode | EachNode;
  body: Node[];
  loopVar?: string;
  list?: string;
}

export function parseMiniTemplate(source: string, file: string): Node[] {
  const lines = new LineIndex(file, source);
  const root: Frame = { kind: 'root', body: [] };
  const stack: Frame[] = [root];
  let pos = 0;
  const top = (): Frame => stack[stack.length - 1]!;

  const refOf = (path: string, span: Span, type: 'string' | 'number' | 'list' = 'string'): AttrRef | ItemRef => {
    const [head, field] = path.split('.') as [string, string];
    if (head === 'profile') return { kind: 'attr', name: field, type, span };
    const loop = [...stack].reverse().find((f) => f.loopVar === head);
    if (!loop) throw new Error(`unknown name ${path}`);
    return { kind: 'item', list: loop.list!, loopVar: head, field, type: type === 'list' ? 'string' : type, span };
  };

  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    if (m.index > pos) top().body.push({ kind: 'static', text: source.slice(pos, m.index), span: lines.span(pos, m.index) });
    pos = m.index + m[0].length;
    const span = lines.span(m.index, pos);
    if (m[1] !== undefined) {
      top().body.push(parseOutput(m[1].trim(), span, refOf));
      continue;
    }
    const tag = m[2]!;
    const [word] = tag.split(/\s+/, 1) as [string];
    const rest = tag.slice(word.length).trim();
    switch (word) {
      case 'if': {
        const node: IfNode = { kind: 'if', branches: [{ cond: parseCond(rest, span, refOf), body: [] }], else: null, span };
        top().body.push(node);
        stack.push({ kind: 'if', node, body: node.branches[0]!.body });
        break;
      }
      case 'elif': {
        const frame = top();
        const node = frame.node as IfNode;
        const branch = { cond: parseCond(rest, span, refOf), body: [] as Node[] };
        node.branches.push(branch);
        frame.body = branch.body;
        break;
      }
      case 'else': {
        const frame = top();
        const node = frame.node as IfNode;
        node.else = [];
        frame.body = node.else;
        break;
      }
      case 'endif':
      case 'endfor':
        stack.pop();
        break;
      case 'for': {
        const fm = /^(\w+)\s+in\s+([\w.]+)(?:\s+limit\s+(\d+))?$/.exec(rest);
        if (!fm) throw new Error(`bad for: ${tag}`);
        const list = refOf(fm[2]!, span, 'list') as AttrRef;
        const node: EachNode = { kind: 'each', loopVar: fm[1]!, list, limit: Number(fm[3] ?? 3), body: [], empty: [], span };
        top().body.push(node);
        stack.push({ kind: 'each', node, body: node.body, loopVar: fm[1]!, list: list.name });
        break;
      }
      case 'empty': {
        const frame = top();
        frame.body = (frame.node as EachNode).empty;
        break;
      }
      default:
        throw new Error(`unknown tag ${tag}`);
    }
  }
  if (pos < source.length) top().body.push({ kind: 'static', text: source.slice(pos), span: lines.span(pos, source.length) });
  if (stack.length !== 1) throw new Error('unclosed block');
  return root.body;
}

type RefOf = (path: string, span: Span, type?: 'string' | 'number' | 'list') => AttrRef | ItemRef;

function parseOutput(expr: string, span: Span, refOf: RefOf): Node {
  const [path, ...pipes] = expr.split('|').map((s) => s.trim()) as [string, ...string[]];
  let fallback = '';
  const filters: FilterCall[] = [];
  for (const pipe of pipes) {
    const d = /^default\("(.*)"\)$/.exec(pipe);
    if (d) fallback = d[1]!;
    else filters.push({ name: pipe as 'upper', span });
  }
  return { kind: 'output', ref: refOf(path, span), filters, fallback, context: 'html', span };
}

function parseCond(source: string, span: Span, refOf: RefOf): Cond {
  const tokens = source.match(/"[^"]*"|\(|\)|==|!=|>=|<=|>|<|[\w.]+/g) ?? [];
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const or = (): Cond => {
    const items = [and()];
    while (peek() === 'or') {
      i++;
      items.push(and());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items, span };
  };
  const and = (): Cond => {
    const items = [not()];
    while (peek() === 'and') {
      i++;
      items.push(not());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items, span };
  };
  const not = (): Cond => {
    if (peek() === 'not') {
      i++;
      return { kind: 'not', item: not(), span };
    }
    if (peek() === '(') {
      i++;
      const inner = or();
      i++;
      return inner;
    }
    const path = tokens[i++]!;
    const op = peek();
    if (op && ['==', '!=', '>=', '<=', '>', '<'].includes(op)) {
      i++;
      const raw = tokens[i++]!;
      const value: Literal = raw.startsWith('"') ? raw.slice(1, -1) : raw === 'true' || raw === 'false' ? raw === 'true' : Number(raw);
      const ref = refOf(path, span, typeof value === 'number' ? 'number' : 'string');
      return { kind: 'compare', op: op as '==', ref, value, span };
    }
    return { kind: 'truthy', ref: refOf(path, span), span };
  };
  return or();
}
