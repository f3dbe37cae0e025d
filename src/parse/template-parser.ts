// Builds the template tree from scanned pieces: blocks (`if`, `for`), component tags
// with children, slots. Recovers from structural errors so one pass reports them all:
// a stray end tag is reported and ignored; a block left open is reported at its
// opening tag and closed at the end (or where an enclosing block closes).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import type { ComponentAttribute, IfBranch, TemplateNode } from './ast.js';
import { ExpressionParser, parseExpressionText, syntaxDiagnostic } from './expression-parser.js';
import { joinSpans, type SpanMapper } from './offsets.js';
import { scanTemplate, type Piece, type RawComponentTag } from './template-scanner.js';

export interface TemplateParseOptions {
  /** Recognise `<x-...>` component and slot tags (MJML bodies); off for plain-text strings. */
  components: boolean;
}

type Frame =
  | { kind: 'root'; nodes: TemplateNode[] }
  | { kind: 'if'; node: TemplateNode & { kind: 'if' }; nodes: TemplateNode[]; sawElse: boolean; open: Span }
  | { kind: 'for'; node: TemplateNode & { kind: 'for' }; nodes: TemplateNode[]; sawElse: boolean; open: Span }
  | { kind: 'component'; node: TemplateNode & { kind: 'component' }; nodes: TemplateNode[]; open: Span };

const OTHER_TAG_HINTS: Record<string, string> = {
  set: 'Build-time values go in the front matter; per-recipient values come from `profile.*`.',
  include: 'Reuse markup with a component: `<x-name />`.',
  import: 'Reuse markup with a component: `<x-name />`.',
  macro: 'Reuse markup with a component: `<x-name prop="..." />`.',
  extends: 'Reuse markup with components and slots.',
  block: 'Reuse markup with components and slots.',
};

export function parseTemplateText(
  text: string,
  start: number,
  end: number,
  mapper: SpanMapper,
  options: TemplateParseOptions,
  diagnostics: Diagnostic[],
): TemplateNode[] {
  const pieces = scanTemplate(text, start, end, mapper, options.components, diagnostics);
  const root: Frame = { kind: 'root', nodes: [] };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1]!;
  const add = (node: TemplateNode) => top().nodes.push(node);

  /** Closes every frame above `index` as unclosed, then returns the frame at `index`. */
  const unwindTo = (index: number) => {
    while (stack.length - 1 > index) reportUnclosed(stack.pop()!);
    return stack.pop()!;
  };
  const reportUnclosed = (frame: Frame) => {
    if (frame.kind === 'root') return;
    if (frame.kind === 'component') {
      diagnostics.push(diag('component-tag-unclosed', frame.open, { name: frame.node.name }));
      frame.node.children = frame.nodes;
    } else {
      const tag = frame.kind;
      diagnostics.push(diag('template-block-unclosed', frame.open, { tag, end: `end${tag}` }));
      finishBlock(frame);
    }
    add(frame.node);
  };
  const findFrame = (kind: Frame['kind'], name?: string) => {
    for (let i = stack.length - 1; i > 0; i--) {
      const f = stack[i]!;
      if (f.kind === kind && (name === undefined || (f.kind === 'component' && f.node.name === name))) return i;
    }
    return -1;
  };

  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    switch (piece.kind) {
      case 'text': {
        let s = piece.start;
        let e = piece.end;
        const prev = pieces[p - 1];
        const next = pieces[p + 1];
        if (prev && 'trimAfter' in prev && prev.trimAfter) while (s < e && /\s/.test(text[s]!)) s++;
        if (next && 'trimBefore' in next && next.trimBefore) while (e > s && /\s/.test(text[e - 1]!)) e--;
        if (e > s) add({ kind: 'text', text: text.slice(s, e), span: mapper.span(s, e) });
        break;
      }
      case 'comment':
        break;
      case 'raw':
        if (piece.textEnd > piece.textStart) {
          add({ kind: 'text', text: text.slice(piece.textStart, piece.textEnd), span: mapper.span(piece.textStart, piece.textEnd) });
        }
        break;
      case 'output': {
        const expr = parseExpressionText(text, piece.innerStart, piece.innerEnd, mapper, diagnostics);
        add({ kind: 'output', expr, span: mapper.span(piece.start, piece.end) });
        break;
      }
      case 'statement':
        statement(piece);
        break;
      case 'component-open': {
        const node = componentNode(piece.tag);
        if (!node) break;
        if (piece.tag.selfClosing || node.kind === 'slot') {
          if (!piece.tag.selfClosing) slotEnd(piece.tag, p);
          add(node);
        } else if (node.kind === 'component') {
          stack.push({ kind: 'component', node, nodes: [], open: mapper.span(piece.tag.start, piece.tag.end) });
        }
        break;
      }
      case 'component-close': {
        const index = findFrame('component', piece.name);
        if (index < 0) {
          diagnostics.push(diag('component-unexpected-close', mapper.span(piece.start, piece.end), { name: piece.name }));
          break;
        }
        const frame = unwindTo(index) as Frame & { kind: 'component' };
        frame.node.children = frame.nodes;
        frame.node.span = joinSpans(frame.open, mapper.span(piece.start, piece.end));
        add(frame.node);
        break;
      }
    }
  }
  while (stack.length > 1) reportUnclosed(stack.pop()!);
  return root.nodes;

  /** `<x-slot name="a"></x-slot>`: the next piece must be the close tag (whitespace allowed). */
  function slotEnd(tag: RawComponentTag, p: number) {
    let q = p + 1;
    while (q < pieces.length && pieces[q]!.kind === 'text' && /^\s*$/.test(text.slice((pieces[q] as { start: number }).start, (pieces[q] as { end: number }).end))) q++;
    const close = pieces[q];
    if (close && close.kind === 'component-close' && close.name === 'slot') {
      pieces.splice(p + 1, q - p);
    } else {
      diagnostics.push(diag('slot-tag-invalid', mapper.span(tag.start, tag.end), { detail: 'a slot has no content; write `<x-slot name="..." />`' }));
    }
  }

  function finishBlock(frame: Frame & { kind: 'if' | 'for' }) {
    if (frame.kind === 'if') {
      if (frame.sawElse) frame.node.else = frame.nodes;
      else frame.node.branches[frame.node.branches.length - 1]!.body = frame.nodes;
    } else if (frame.sawElse) frame.node.empty = frame.nodes;
    else frame.node.body = frame.nodes;
  }

  function statement(piece: Piece & { kind: 'statement' }) {
    const inner = text.slice(piece.innerStart, piece.innerEnd);
    const tagSpan = mapper.span(piece.start, piece.end);
    const kw = /^\s*([A-Za-z_]+)/.exec(inner);
    if (!kw) {
      diagnostics.push(diag('template-unknown-tag', tagSpan, { tag: inner.trim() }, { hint: 'Supported tags: if, elif, else, endif, for, endfor, raw.' }));
      return;
    }
    const keyword = kw[1]!;
    const restStart = piece.innerStart + kw[0].length;
    const rest = inner.slice(kw[0].length);
    const noArguments = () => {
      if (rest.trim() === '') return;
      const at = restStart + (rest.length - rest.trimStart().length);
      const end = piece.innerStart + inner.trimEnd().length;
      diagnostics.push(diag('expression-syntax', mapper.span(at, end), { detail: `\`${keyword}\` takes no expression` }));
    };
    const frame = top();
    switch (keyword) {
      case 'if': {
        const cond = parseExpressionText(text, restStart, piece.innerEnd, mapper, diagnostics);
        const node: TemplateNode & { kind: 'if' } = { kind: 'if', branches: [{ cond, body: [], span: tagSpan }], else: null, span: tagSpan };
        stack.push({ kind: 'if', node, nodes: [], sawElse: false, open: tagSpan });
        return;
      }
      case 'elif':
      case 'elseif': {
        const cond = parseExpressionText(text, restStart, piece.innerEnd, mapper, diagnostics);
        if (frame.kind !== 'if' || frame.sawElse) {
          const detail = frame.kind === 'if' ? `\`${keyword}\` after \`else\`` : `\`${keyword}\` outside \`if\``;
          diagnostics.push(diag('template-unexpected-tag', tagSpan, { tag: keyword, detail }));
          return;
        }
        finishBlock(frame);
        const branch: IfBranch = { cond, body: [], span: tagSpan };
        frame.node.branches.push(branch);
        frame.nodes = [];
        return;
      }
      case 'else': {
        noArguments();
        if ((frame.kind !== 'if' && frame.kind !== 'for') || frame.sawElse) {
          const detail = frame.kind === 'if' || frame.kind === 'for' ? 'a second `else`' : '`else` outside `if` or `for`';
          diagnostics.push(diag('template-unexpected-tag', tagSpan, { tag: keyword, detail }));
          return;
        }
        finishBlock(frame);
        frame.sawElse = true;
        frame.nodes = [];
        return;
      }
      case 'endif':
      case 'endfor': {
        noArguments();
        const kind = keyword === 'endif' ? 'if' : 'for';
        const index = findFrame(kind);
        if (index < 0) {
          diagnostics.push(diag('template-unexpected-tag', tagSpan, { tag: keyword, detail: `no \`${kind}\` is open` }));
          return;
        }
        const closed = unwindTo(index) as Frame & { kind: 'if' | 'for' };
        finishBlock(closed);
        closed.node.span = joinSpans(closed.open, tagSpan);
        add(closed.node);
        return;
      }
      case 'for': {
        const node = forNode(restStart, piece.innerEnd, tagSpan);
        stack.push({ kind: 'for', node, nodes: [], sawElse: false, open: tagSpan });
        return;
      }
      default:
        diagnostics.push(
          diag('template-unknown-tag', mapper.span(piece.innerStart + kw.index + kw[0].length - keyword.length, restStart), { tag: keyword }, {
            hint: OTHER_TAG_HINTS[keyword] ?? 'Supported tags: if, elif, else, endif, for, endfor, raw.',
          }),
        );
    }
  }

  /** `{% for NAME in EXPR %}` */
  function forNode(start: number, end: number, tagSpan: Span): TemplateNode & { kind: 'for' } {
    const node: TemplateNode & { kind: 'for' } = {
      kind: 'for',
      loopVar: '',
      loopVarSpan: tagSpan,
      list: null,
      body: [],
      empty: null,
      span: tagSpan,
    };
    try {
      const parser = ExpressionParser.fromText(text, start, end, mapper, diagnostics);
      const name = parser.next();
      if (name.kind !== 'name' || ['in', 'and', 'or', 'not', 'true', 'false'].includes(name.text)) {
        parser.fail(name, 'expected a loop variable name after `for`');
      }
      if (parser.peek().kind === 'punct' && parser.peek().text === ',') {
        parser.fail(parser.peek(), 'loops over pairs (`for a, b in ...`) are not supported');
      }
      if (!parser.isName('in')) parser.fail(parser.peek(), 'expected `in` after the loop variable');
      parser.next();
      node.loopVar = name.text;
      node.loopVarSpan = parser.span(name.start, name.end);
      node.list = parser.parseExpression();
      parser.expectEnd();
    } catch (error) {
      diagnostics.push(syntaxDiagnostic(error, mapper));
      node.list = null;
    }
    return node;
  }

  function componentNode(tag: RawComponentTag): TemplateNode | null {
    const span = mapper.span(tag.start, tag.end);
    const attributes: ComponentAttribute[] = [];
    const seen = new Set<string>();
    for (const a of tag.attributes) {
      if (seen.has(a.name)) {
        diagnostics.push(diag('component-attribute-syntax', mapper.span(a.nameStart, a.nameEnd), { detail: `\`${a.name}\` is given twice` }));
        continue;
      }
      seen.add(a.name);
      const value =
        a.valueStart === undefined ? null : parseTemplateText(text, a.valueStart, a.valueEnd!, mapper, { components: false }, diagnostics);
      attributes.push({ name: a.name, nameSpan: mapper.span(a.nameStart, a.nameEnd), value, span: mapper.span(a.start, a.end) });
    }
    if (tag.name !== 'slot') {
      return { kind: 'component', name: tag.name, nameSpan: mapper.span(tag.nameStart, tag.nameEnd), attributes, children: null, span };
    }
    const nameAttr = attributes.find((a) => a.name === 'name');
    const others = attributes.filter((a) => a.name !== 'name');
    if (others.length > 0) {
      diagnostics.push(diag('slot-tag-invalid', others[0]!.nameSpan, { detail: `unknown attribute \`${others[0]!.name}\`; a slot has only \`name\`` }));
    }
    const value = nameAttr?.value;
    if (!value || value.length !== 1 || value[0]!.kind !== 'text' || !/^[\w-]+$/.test(value[0].text)) {
      diagnostics.push(diag('slot-tag-invalid', span, { detail: 'a slot needs a plain `name="..."` naming a slot of rules/content.yaml' }));
      return null;
    }
    return { kind: 'slot', name: value[0].text, span };
  }
}
