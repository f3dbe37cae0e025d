// The lowering of a rendered template to Mailchimp merge tags, shared by check() (which
// keeps the diagnostics) and emit() (which keeps the code).
//
//   static text      as is; in HTML, `*|` / `|*` become `&#42;|` / `|&#42;`
//   output           *|TAG|*, guarded as *|IF:TAG|**|TAG|**|ELSE:|*fallback*|END:IF|*
//   if / elif / else a decision tree of single tests (./decision.ts, ./blocks.ts)
//   for              unrolled over numbered merge fields REC1NAME, REC2NAME, ...
//
// Facts (what the enclosing blocks have decided) travel down, so nothing is tested twice:
// inside *|IF:FNAME|* an output of FNAME needs no guard.
import { escapeHtml } from '../../ir/evaluate.js';
import { fileSpan } from '../../diagnostics/diagnostic.js';
import { locateInSource } from '../../ir/locate.js';
import type { EachNode, IfNode, Node, OutputContext, OutputNode, PartName, Span, StaticNode } from '../../ir/nodes.js';
import { PART_NAMES } from '../../ir/nodes.js';
import type { EmittedParts, RenderedTemplate, TargetContext } from '../target.js';
import { code, testBlock, type Piece } from './blocks.js';
import { toFormula } from './conditions.js';
import { LoweringContext, type Env, type Mode } from './context.js';
import { countLeaves, decide, type Decision } from './decision.js';
import { itemFields, tagOwners } from './fields.js';
import { Facts, type Atom } from './formula.js';
import { MergeTagSyntaxError, tokenize, type Token } from './interpreter/index.js';
import { escapeHtmlDelimiters, findDelimiters, rawStatesOf, type RawState } from './static-text.js';

export interface Lowered {
  parts: EmittedParts;
  context: LoweringContext;
}

const PART_LABEL: Record<PartName, string> = { html: 'HTML part', text: 'text part', subject: 'subject', preheader: 'preheader' };

export function lowerTemplate(template: RenderedTemplate, ctx: TargetContext, mode: Mode): Lowered {
  const lc = new LoweringContext(template, ctx, mode);
  const parts = {} as EmittedParts;
  for (const part of PART_NAMES) parts[part] = new PartLowering(lc, part, template.parts[part]).run();
  if (mode === 'check') reportCollisions(lc);
  return { parts, context: lc };
}

class PartLowering {
  private readonly rawStates: Map<StaticNode, RawState>;
  /** Plain-text pieces (static text, fallbacks) that start or end with `*` or `|`. */
  private readonly edgeSpans: Span[] = [];
  private delimiterReported = false;
  /** A literal text of this (plain-text) part holds `*` or `|`: only then can texts form a delimiter where they meet. */
  private literalDelimiterChar = false;

  constructor(
    private readonly lc: LoweringContext,
    private readonly part: PartName,
    private readonly tree: Node[],
    /** Write every literal character as `x` (see checkJoinedText). */
    private readonly mask = false,
  ) {
    this.rawStates = part === 'html' ? rawStatesOf(tree) : new Map();
  }

  run(): string {
    const emitted = code(this.nodes(this.tree, Facts.none, new Map()));
    if (this.part !== 'html' && this.lc.mode === 'check' && !this.mask && !this.delimiterReported && this.literalDelimiterChar) {
      this.checkJoinedText(emitted);
    }
    return emitted;
  }

  /**
   * Texts that are harmless alone can form a delimiter where they meet ("5 |" + "*"). In
   * plain-text parts the code is lowered a second time with every literal character
   * masked: both must read as the same merge tags at the same places. (When no literal
   * holds `*` or `|`, every delimiter comes from the code and both read the same.)
   */
  private checkJoinedText(emitted: string): void {
    const tags = (source: string): Token[] | null => {
      try {
        return tokenize(source).filter((t) => t.kind === 'tag');
      } catch (e) {
        if (e instanceof MergeTagSyntaxError) return null;
        throw e;
      }
    };
    const expected = tags(new PartLowering(this.lc, this.part, this.tree, true).run()) ?? [];
    const actual = tags(emitted);
    const same =
      actual !== null &&
      actual.length === expected.length &&
      actual.every((t, i) => t.start === expected[i]!.start && t.kind === 'tag' && t.content === (expected[i] as typeof t).content);
    if (same) return;
    // The culprit: a delimiter that is not part of an emitted tag.
    const inTag = (i: number) => expected.some((t) => i >= t.start && i < (t.kind === 'tag' ? t.end : t.start));
    const culprit = findDelimiters(emitted).find((d) => !inTag(d.index))?.text ?? '*|';
    this.lc.refuse('mailchimp-static-delimiter', this.edgeSpans[0] ?? this.spanOfPart, { where: `${PART_LABEL[this.part]}, where two texts meet`, text: culprit });
  }

  /** In plain-text parts: the first delimiter in a literal text is refused (there is no escape). */
  private refuseDelimiters(text: string, report: (delimiter: string) => void, span: Span): void {
    const first = findDelimiters(text)[0];
    if (first) {
      this.delimiterReported = true;
      report(first.text);
    }
    if (/^[|*]|[|*]$/.test(text)) this.edgeSpans.push(span);
    if (/[|*]/.test(text)) this.literalDelimiterChar = true;
  }

  /** A list of nodes; stays a block when it is exactly one block (so it can become ELSEIF). */
  private nodes(list: Node[], facts: Facts, env: Env): Piece {
    const pieces = list.map((n) => this.node(n, facts, env)).filter((p) => p !== '');
    if (pieces.length === 1) return pieces[0]!;
    // Concatenated, not joined: join copies every level of a decision tree into a new
    // string; `+` links the pieces and the part is copied once, when it is first read.
    let out = '';
    for (const piece of pieces) out += code(piece);
    return out;
  }

  private node(node: Node, facts: Facts, env: Env): Piece {
    switch (node.kind) {
      case 'static':
        return this.staticText(node);
      case 'output':
        return this.output(node, facts, env);
      case 'if':
        return this.ifChain(node, facts, env);
      case 'each':
        return this.loop(node, facts, env);
    }
  }

  private get spanOfPart(): Span {
    return fileSpan(this.lc.template.file);
  }

  private staticText(node: StaticNode): string {
    const span = node.span ?? this.spanOfPart;
    if (this.part === 'html') {
      const { code: escaped, unescapable } = escapeHtmlDelimiters(node.text, this.rawStates.get(node) ?? null);
      if (unescapable[0]) this.lc.refuse('mailchimp-static-delimiter', span, { where: 'a <style> or <script> element', text: unescapable[0] });
      return escaped;
    }
    this.refuseDelimiters(
      node.text,
      (text) => this.lc.refuse('mailchimp-static-delimiter', node.span ?? locateInSource(this.lc.template.ir, text) ?? span, { where: PART_LABEL[this.part], text }),
      span,
    );
    return this.mask ? 'x'.repeat(node.text.length) : node.text;
  }

  /** The fallback as emitted text: escaped like the reference escapes it, delimiters made harmless. */
  private fallbackText(fallback: string, context: OutputContext, span: Span): string {
    const text = context === 'text' ? fallback : escapeHtml(fallback);
    if (this.part === 'html') return escapeHtmlDelimiters(text, null).code;
    this.refuseDelimiters(text, (d) => this.lc.refuse('mailchimp-fallback-delimiter', span, { fallback, text: d, part: PART_LABEL[this.part] }), span);
    return this.mask ? 'x'.repeat(text.length) : text;
  }

  private output(node: OutputNode, facts: Facts, env: Env): Piece {
    if (node.filters.length > 0) {
      this.lc.refusedByTable(`the ${node.filters[0]!.name} filter`);
      return '';
    }
    let tag: string;
    if (node.ref.kind === 'item') tag = this.lc.itemTag(this.lc.binding(env, node.ref), node.ref.field);
    else {
      const def = this.lc.attribute(node.ref.name);
      if (def.type === 'list') {
        this.lc.refuse('mailchimp-list-value', node.span, { name: `profile.${def.name}` });
        return '';
      }
      tag = this.lc.attrTag(def, node.span);
    }
    const field = `*|${tag}|*`;
    const fallback = this.fallbackText(node.fallback, node.context, node.span);
    const present = facts.isPresent(tag);
    if (present === true) return field;
    if (present === false) return fallback;
    // An empty field prints nothing, which is what an empty fallback prints too.
    if (fallback === '') return field;
    return testBlock({ kind: 'present', tag }, facts, () => field, () => fallback);
  }

  private ifChain(node: IfNode, facts: Facts, env: Env): Piece {
    const conds = node.branches.map((b) => toFormula(b.cond, env, this.lc));
    const bodies = node.branches.map((b) => b.body);
    const otherwise = node.else ?? [];
    const max = this.lc.maxBranches;
    // Building the tree stops early past this many leaves, well above the cap.
    const workLimit = Math.max(4 * max, 64);
    const tree = decide(conds, facts, workLimit);
    if (tree === null || countLeaves(tree) > max) {
      const count = tree === null ? `more than ${workLimit}` : String(countLeaves(tree));
      this.lc.refuse('mailchimp-branch-limit', node.span, { count, max });
      return '';
    }
    let printed = 0;
    const print = (d: Decision, f: Facts): Piece => {
      if (d.kind === 'leaf') {
        printed++;
        return this.nodes(d.branch < 0 ? otherwise : bodies[d.branch]!, f, env);
      }
      return testBlock(d.atom, f, (g) => print(d.yes, g), (g) => print(d.no, g));
    };
    const piece = print(tree, facts);
    // Negated equality on a maybe-empty field repeats its content (see ./blocks.ts).
    if (printed > max) {
      this.lc.refuse('mailchimp-branch-limit', node.span, { count: printed, max });
      return '';
    }
    return piece;
  }

  /**
   * A loop unrolled over items 1..n, nested: item i+1 is shown only inside item i, so the
   * list ends at the first item whose first field is empty.
   */
  private loop(node: EachNode, facts: Facts, env: Env): Piece {
    const list = this.lc.attribute(node.list.name);
    const fields = itemFields(list);
    if (fields.length === 0) {
      this.lc.refuse('mailchimp-loop-no-fields', node.span, { name: `profile.${list.name}` });
      return '';
    }
    const n = Math.max(0, Math.min(node.limit, list.max ?? node.limit));
    this.lc.listCounts.set(list.name, Math.max(n, this.lc.listCounts.get(list.name) ?? 0));
    const exists = (index: number): Atom => ({
      kind: 'present',
      tag: this.lc.itemTag({ list, index, loopSpan: node.span }, fields[0]!),
    });
    const item = (index: number, f: Facts): Piece => {
      const inner = new Map(env).set(node.loopVar, { list, index, loopSpan: node.span });
      const body = this.nodes(node.body, f, inner);
      if (index >= n) return body;
      const rest = testBlock(exists(index + 1), f, (g) => item(index + 1, g), () => '');
      return body === '' ? rest : rest === '' ? body : code(body) + code(rest);
    };
    const empty = (f: Facts) => this.nodes(node.empty, f, env);
    return testBlock(exists(1), facts, (f) => (n === 0 ? '' : item(1, f)), empty);
  }
}

/** Two owners (attributes, list items, segments) sharing a merge tag the template reads. */
function reportCollisions(lc: LoweringContext): void {
  const owners = tagOwners(lc.ctx, (list) => Math.max(list.max ?? 0, lc.listCounts.get(list.name) ?? 0));
  for (const [tag, use] of lc.usedTags) {
    const all = owners.get(tag) ?? [];
    const others = all.filter((o) => o !== use.owner);
    if (others.length > 0) lc.refuse('mailchimp-tag-collision', use.span, { tag, first: use.owner, second: others[0]! });
  }
}
