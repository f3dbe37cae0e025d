// A tiny reader for the template-language subset, for the amp target's sample inputs:
// `{{ ref | filter | default("x") }}`, `{% if %}{% elif %}{% else %}{% endif %}`,
// `{% for item in profile.list limit N %}...{% else %}...{% endfor %}`, conditions with
// and/or/not/parentheses and comparisons. Types come from TEST_ATTRIBUTES. It gives
// every node a real span, so diagnostics point at sample lines. (Test support only: the
// project's parser lives in src/parse.)
import type { AttrRef, Cond, FilterCall, ItemRef, Literal, Node, Span } from '../../../../src/ir/nodes.js';
import { TEST_ATTRIBUTES } from '../../../support/context.js';

class Reader {
  private readonly lineStarts: number[] = [0];
  constructor(readonly file: string, readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }
  span(start: number, end = start): Span {
    const pos = (o: number) => {
      let line = 0;
      while (line + 1 < this.lineStarts.length && this.lineStarts[line + 1]! <= o) line++;
      return { line: line + 1, column: o - this.lineStarts[line]! + 1 };
    };
    const a = pos(start);
    const b = pos(end);
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

interface Tag {
  kind: 'out' | 'tag';
  body: string;
  start: number;
  end: number;
}

type Loops = Map<string, string>;

function ref(path: string, loops: Loops, span: Span): AttrRef | ItemRef {
  const [head, field] = path.split('.');
  if (head === 'profile') {
    const def = TEST_ATTRIBUTES.get(field!);
    if (!def) throw new Error(`unknown attribute ${path}`);
    return { kind: 'attr', name: field!, type: def.type, span };
  }
  const list = loops.get(head!);
  if (!list) throw new Error(`unknown name ${path}`);
  const type = TEST_ATTRIBUTES.get(list)!.items![field!];
  if (!type) throw new Error(`unknown item field ${path}`);
  return { kind: 'item', list, loopVar: head!, field: field!, type, span };
}

function literal(s: string): Literal {
  const t = s.trim();
  if (/^["']/.test(t)) return t.slice(1, -1);
  if (t === 'true' || t === 'false') return t === 'true';
  const n = Number(t);
  if (Number.isNaN(n)) throw new Error(`bad literal ${s}`);
  return n;
}

function parseCond(src: string, loops: Loops, span: Span): Cond {
  const tokens = src.match(/"[^"]*"|'[^']*'|\(|\)|==|!=|<=|>=|<|>|[\w.-]+/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++]!;
  const or = (): Cond => {
    const items = [and()];
    while (peek() === 'or') {
      next();
      items.push(and());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items, span };
  };
  const and = (): Cond => {
    const items = [unary()];
    while (peek() === 'and') {
      next();
      items.push(unary());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items, span };
  };
  const unary = (): Cond => {
    if (peek() === 'not') {
      next();
      return { kind: 'not', item: unary(), span };
    }
    if (peek() === '(') {
      next();
      const c = or();
      next();
      return c;
    }
    const r = ref(next(), loops, span);
    const op = peek();
    if (op && ['==', '!=', '<', '<=', '>', '>='].includes(op)) {
      next();
      return { kind: 'compare', op: op as '==', ref: r, value: literal(next()), span };
    }
    return { kind: 'truthy', ref: r, span };
  };
  return or();
}

function parseOutput(body: string, loops: Loops, span: Span): Node {
  const [path, ...rest] = body.split('|').map((s) => s.trim());
  let fallback = '';
  const filters: FilterCall[] = [];
  for (const f of rest) {
    const m = /^(\w+)(?:\((.*)\))?$/.exec(f);
    if (!m) throw new Error(`bad filter ${f}`);
    const [, name, arg] = m;
    if (name === 'default') fallback = String(literal(arg!));
    else if (name === 'truncate') filters.push({ name, length: Number(arg), span });
    else if (name === 'date') filters.push({ name, format: String(literal(arg!)), span });
    else filters.push({ name: name as 'upper', span });
  }
  const r = ref(path!, loops, span);
  if (!fallback && r.kind === 'attr') fallback = TEST_ATTRIBUTES.get(r.name)!.fallback ?? '';
  return { kind: 'output', ref: r, filters, fallback, context: 'html', span };
}

/** Parses a template body into IR nodes. Throws on malformed input (test data). */
export function parseMiniTemplate(text: string, file = 'templates/test.mjml'): Node[] {
  const reader = new Reader(file, text);
  const tags: Tag[] = [];
  for (const m of text.matchAll(/\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g)) {
    tags.push({ kind: m[1] !== undefined ? 'out' : 'tag', body: (m[1] ?? m[2]!).trim(), start: m.index!, end: m.index! + m[0].length });
  }
  let t = 0;
  let pos = 0;
  const loops: Loops = new Map();
  // Reads nodes until one of `stops` (a block tag name) and returns it.
  const readNodes = (stops: string[]): { nodes: Node[]; stop: Tag | null } => {
    const nodes: Node[] = [];
    while (true) {
      const tag = tags[t];
      const upto = tag ? tag.start : text.length;
      if (upto > pos) nodes.push({ kind: 'static', text: text.slice(pos, upto), span: reader.span(pos) });
      pos = upto;
      if (!tag) {
        if (stops.length) throw new Error(`missing ${stops.join('/')}`);
        return { nodes, stop: null };
      }
      t++;
      pos = tag.end;
      const span = reader.span(tag.start, tag.end);
      if (tag.kind === 'out') {
        nodes.push(parseOutput(tag.body, loops, span));
        continue;
      }
      const word = tag.body.split(/\s+/)[0]!;
      if (stops.includes(word)) return { nodes, stop: tag };
      if (word === 'if') {
        const branches: { cond: Cond; body: Node[] }[] = [];
        let cond = parseCond(tag.body.slice(2), loops, span);
        let otherwise: Node[] | null = null;
        for (;;) {
          const r = readNodes(['elif', 'else', 'endif']);
          branches.push({ cond, body: r.nodes });
          const w = r.stop!.body.split(/\s+/)[0];
          if (w === 'endif') break;
          if (w === 'elif') {
            cond = parseCond(r.stop!.body.slice(4), loops, span);
            continue;
          }
          otherwise = readNodes(['endif']).nodes;
          break;
        }
        nodes.push({ kind: 'if', branches, else: otherwise, span });
      } else if (word === 'for') {
        const m = /^for\s+(\w+)\s+in\s+profile\.(\w+)(?:\s+limit\s+(\d+))?$/.exec(tag.body);
        if (!m) throw new Error(`bad for: ${tag.body}`);
        const [, loopVar, list, limit] = m;
        const def = TEST_ATTRIBUTES.get(list!)!;
        loops.set(loopVar!, list!);
        const body = readNodes(['else', 'endfor']);
        let empty: Node[] = [];
        if (body.stop!.body === 'else') empty = readNodes(['endfor']).nodes;
        loops.delete(loopVar!);
        nodes.push({
          kind: 'each',
          loopVar: loopVar!,
          list: { kind: 'attr', name: list!, type: 'list', span },
          limit: limit ? Number(limit) : (def.max ?? 100),
          body: body.nodes,
          empty,
          span,
        });
      } else throw new Error(`unknown tag ${tag.body}`);
    }
  };
  return readNodes([]).nodes;
}
