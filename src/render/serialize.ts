// IR body -> one MJML string in which every dynamic node is a placeholder.
//
// Where a dynamic node sits decides how it travels (its "placement"):
// - block:   between MJML elements (children of mj-body, mj-section, mj-column ...). Each
//            if/for marker is wrapped in its own <mj-raw>, which MJML copies verbatim
//            between the HTML of its siblings, outside their Outlook conditional comments.
// - content: inside the raw content of an ending tag (mj-text, mj-button, mj-raw,
//            mj-table, mj-navbar-link ...). The placeholder stays bare.
// - attr:    inside an attribute value (href, src, alt ...). The placeholder stays bare.
// Anything else (mj-head, comments between elements, tag syntax, outputs between
// elements, parents that refuse mj-raw) is a diagnostic. Each branch of a block must end
// where it began (same element, same attribute), so dropping a branch leaves valid markup.
import { diag, fileSpan, type Diagnostic } from '../diagnostics/diagnostic.js';
import { escapeStatics } from '../ir/lower-output.js';
import { advanceSpan } from '../ir/span.js';
import { walkNodes, type EachNode, type IfNode, type Node, type OutputNode, type Span, type StaticNode } from '../ir/nodes.js';
import type { TemplateIR } from '../targets/target.js';
import { describeNode, type DynamicNode } from './describe.js';
import { LineMap } from './line-map.js';
import { MjmlTracker, compareFrames, type MjmlSchema, type StructureFrame } from './mjml-tracker.js';
import { hasBlocks, hoistSizedBlocks } from './hoist.js';
import { findPlaceholders, placeholder, type MarkerRole } from './placeholder.js';

export type Placement = 'block' | 'content' | 'attr';

/** Ending tags whose content MJML does not render (mj-carousel-image only renders its attributes). */
const CONTENT_NOT_RENDERED = new Set(['mj-carousel-image']);

/** A dynamic node of the body as it was serialized. */
export interface DynamicEntry {
  id: number;
  node: DynamicNode;
  placement: Placement;
  /**
   * MJML may copy or drop it: attribute values (carousel thumbnails repeat src, unknown
   * attributes vanish) and mj-title content (<title> and the body's aria-label).
   */
  repeatable: boolean;
  /** Added by the text part (a link suffix shown only when its url is not empty). */
  synthetic?: boolean;
  /**
   * The enclosing block and segment: the branch index of an if (else = branches.length),
   * 0 (body) or 1 (empty) of a for. null at the top level.
   */
  parent: { id: number; segment: number } | null;
}

/** One placeholder of the serialized MJML, by index. */
export interface MarkerEntry {
  role: MarkerRole;
  entry: DynamicEntry;
  /** The segment this marker opens (i, b, l, f, m) or closes (c, d). */
  segment: number;
}

export interface SerializedTemplate {
  mjml: string;
  lineMap: LineMap;
  entries: DynamicEntry[];
  markers: MarkerEntry[];
  diagnostics: Diagnostic[];
  /** A block does not hold whole elements, or reserved text: the MJML is not worth rendering. */
  broken: boolean;
  /** The source uses <mj-include>. */
  hasInclude: boolean;
  /** The source has its own <mj-preview>. */
  hasPreview: boolean;
}

/** Where the preview built from the preheader goes: before `offset` in static node `node`. */
interface PreviewInsertion {
  node: StaticNode;
  offset: number;
  withHead: boolean;
}

export function serializeTemplate(ir: TemplateIR, schema: MjmlSchema): SerializedTemplate {
  return new Serializer(ir, schema).run();
}

class Serializer {
  private readonly tracker: MjmlTracker;
  private readonly lineMap = new LineMap();
  private readonly entries: DynamicEntry[] = [];
  private readonly markers: MarkerEntry[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly parents: { id: number; segment: number }[] = [];
  private readonly reported = new Set<string>();
  private broken = false;
  private hasInclude = false;
  private insertion: PreviewInsertion | null = null;

  constructor(
    private readonly ir: TemplateIR,
    private readonly schema: MjmlSchema,
  ) {
    this.tracker = new MjmlTracker(schema);
  }

  run(): SerializedTemplate {
    const body = hasBlocks(this.ir.body)
      ? hoistSizedBlocks(this.ir.body, this.schema, (node) => this.report('render-loop-columns', node, {}))
      : this.ir.body;
    const scan = scanStatics(body, this.schema);
    if (this.ir.preheader.length > 0) {
      if (scan.hasPreview) {
        this.diagnostics.push(diag('render-preview-and-preheader', this.preheaderSpan()));
      } else {
        this.insertion = scan.insertion;
      }
    }
    this.nodes(body, fileSpan(this.ir.file));
    return {
      mjml: this.lineMap.text(),
      lineMap: this.lineMap,
      entries: this.entries,
      markers: this.markers,
      diagnostics: this.diagnostics,
      broken: this.broken,
      hasInclude: this.hasInclude,
      hasPreview: scan.hasPreview,
    };
  }

  private nodes(nodes: Node[], owner: Span): void {
    for (const node of nodes) {
      switch (node.kind) {
        case 'static':
          this.staticNode(node, owner);
          break;
        case 'output':
          this.output(node);
          break;
        case 'if':
          this.ifBlock(node);
          break;
        case 'each':
          this.each(node);
          break;
      }
    }
  }

  private staticNode(node: StaticNode, owner: Span): void {
    const reserved = findPlaceholders(node.text)[0];
    if (reserved) {
      const at = node.span ? advanceSpan(node.span, node.text.slice(0, reserved.start)) : owner;
      this.diagnostics.push(diag('render-reserved-text', at, { text: node.text.slice(reserved.start, reserved.end) }));
      this.broken = true; // it would read as a marker on the way back
    }
    const insertion = this.insertion;
    if (insertion && insertion.node === node) {
      this.insertion = null;
      const before = node.text.slice(0, insertion.offset);
      this.text(before, node.span, owner);
      this.preview(insertion.withHead);
      this.text(node.text.slice(insertion.offset), node.span && advanceSpan(node.span, before), owner);
    } else {
      this.text(node.text, node.span, owner);
    }
  }

  private text(text: string, span: Span | undefined, owner: Span): void {
    this.lineMap.add(text, span, owner);
    this.tracker.feed(text, (event) => {
      if (event.name === 'mj-include' && !event.closing) this.hasInclude = true;
    });
  }

  /** <mj-preview> carrying the preheader (plain text, so static text is escaped). */
  private preview(withHead: boolean): void {
    const owner = this.preheaderSpan();
    this.text(withHead ? '<mj-head><mj-preview>' : '<mj-preview>', undefined, owner);
    this.nodes(escapeStatics(this.ir.preheader), owner);
    this.text(withHead ? '</mj-preview></mj-head>' : '</mj-preview>', undefined, owner);
  }

  /** Where the preheader starts in the front matter (the template file when its first node has no span). */
  private preheaderSpan(): Span {
    const first = this.ir.preheader[0];
    return (first && 'span' in first && first.span) || fileSpan(this.ir.file);
  }

  private output(node: OutputNode): void {
    const placement = this.place(node);
    if (!placement) return;
    const entry = this.entry(node, placement);
    this.marker('o', entry, 0);
  }

  private ifBlock(node: IfNode): void {
    const placement = this.place(node);
    if (!placement) {
      // Still let MJML check the first branch, so one run shows every problem.
      this.nodes(node.branches[0]?.body ?? [], node.span);
      return;
    }
    const entry = this.entry(node, placement);
    const start = this.tracker.frame();
    node.branches.forEach((branch, k) => {
      if (k > 0) this.checkBalance(entry, start);
      this.marker(k === 0 ? 'i' : 'b', entry, k);
      this.segment(entry, k, branch.body);
    });
    const last = node.branches.length;
    if (node.else) {
      this.checkBalance(entry, start);
      this.marker('l', entry, last);
      this.segment(entry, last, node.else);
    }
    this.checkBalance(entry, start);
    this.marker('c', entry, node.else ? last : last - 1);
  }

  private each(node: EachNode): void {
    const placement = this.place(node);
    if (!placement) {
      this.nodes(node.body, node.span);
      return;
    }
    const entry = this.entry(node, placement);
    const start = this.tracker.frame();
    this.marker('f', entry, 0);
    this.segment(entry, 0, node.body);
    this.checkBalance(entry, start);
    this.marker('m', entry, 1);
    this.segment(entry, 1, node.empty);
    this.checkBalance(entry, start);
    this.marker('d', entry, 1);
  }

  private segment(entry: DynamicEntry, segment: number, body: Node[]): void {
    this.parents.push({ id: entry.id, segment });
    this.nodes(body, entry.node.span);
    this.parents.pop();
  }

  private entry(node: DynamicNode, placement: Placement): DynamicEntry {
    const parent = this.parents[this.parents.length - 1];
    const repeatable = placement === 'attr' || (placement === 'content' && this.tracker.top() === 'mj-title');
    const entry: DynamicEntry = { id: this.entries.length, node, placement, repeatable, parent: parent ? { ...parent } : null };
    this.entries.push(entry);
    return entry;
  }

  private marker(role: MarkerRole, entry: DynamicEntry, segment: number): void {
    const text = placeholder(role, this.markers.length);
    this.markers.push({ role, entry, segment });
    if (entry.placement === 'block') {
      // Between elements: not fed to the tracker (an mj-raw opens and closes; nothing changes).
      this.lineMap.add(`<mj-raw>${text}</mj-raw>`, undefined, entry.node.span);
    } else {
      this.lineMap.add(text, undefined, entry.node.span);
      this.tracker.feed(text);
    }
  }

  private checkBalance(entry: DynamicEntry, start: StructureFrame): void {
    const result = compareFrames(start, this.tracker.frame());
    if (result === 'same') return;
    const code = result === 'mjml' ? 'render-unbalanced-block' : 'render-unbalanced-html';
    if (result === 'mjml') this.broken = true;
    this.report(code, entry.node, {});
  }

  /** Decides how a dynamic node travels through MJML, or reports why it cannot. */
  private place(node: DynamicNode): Placement | null {
    const tracker = this.tracker;
    const where = tracker.where();
    if (tracker.inside('mj-head')) {
      const element = tracker.inContent() ? tracker.top() : undefined;
      if (element !== 'mj-title' && element !== 'mj-preview') return this.report('render-dynamic-in-head', node, {});
    }
    if (tracker.inContent()) {
      // <mj-raw> directly in <mjml> goes before the doctype or nowhere: not part of the body.
      if (tracker.parentOfTop() === 'mjml') return this.report('render-dynamic-outside-body', node, {});
      const element = tracker.top()!;
      if (CONTENT_NOT_RENDERED.has(element) && where.kind !== 'attr-value') return this.report('render-output-outside-content', node, { parent: element });
    }
    switch (where.kind) {
      case 'tag':
        return this.report('render-dynamic-in-tag', node, {});
      case 'attr-value':
        return 'attr';
      case 'comment':
        return tracker.inContent() ? 'content' : this.report('render-dynamic-in-comment', node, {});
      case 'raw-text':
        return tracker.inContent() ? 'content' : this.report('render-output-outside-content', node, { parent: tracker.top() ?? 'mjml' });
      case 'text': {
        if (tracker.inContent()) return 'content';
        const parent = tracker.top();
        if (!parent || parent === 'mjml') return this.report('render-dynamic-outside-body', node, {});
        if (node.kind === 'output') return this.report('render-output-outside-content', node, { parent });
        if (!this.schema.rawParents.has(parent)) return this.report('render-block-not-allowed', node, { parent });
        return 'block';
      }
    }
  }

  private report(code: Parameters<typeof diag>[0], node: DynamicNode, args: Record<string, string>): null {
    const key = `${code}@${node.span.file}:${node.span.line}:${node.span.column}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      this.diagnostics.push(diag(code, node.span, { what: describeNode(node), ...args }));
    }
    return null;
  }
}

/** First pass over the static MJML: is there an mj-preview, and where would one go? */
function scanStatics(body: Node[], schema: MjmlSchema): { hasPreview: boolean; insertion: PreviewInsertion | null } {
  const tracker = new MjmlTracker(schema);
  let hasPreview = false;
  let headClose: PreviewInsertion | null = null;
  let bodyOpen: PreviewInsertion | null = null;
  // Statics in document order, every branch included (walkNodes visits bodies in order).
  walkNodes(body, (node) => {
    if (node.kind !== 'static') return;
    const base = tracker.scanner.offset;
    tracker.feed(node.text, (event) => {
      const at = { node, offset: Math.max(0, event.start - base) };
      if (event.name === 'mj-preview' && !event.closing) hasPreview = true;
      if (event.name === 'mj-head' && event.closing && !headClose) headClose = { ...at, withHead: false };
      if (event.name === 'mj-body' && !event.closing && !bodyOpen) bodyOpen = { ...at, withHead: true };
    });
  });
  // A head that closes after the body opened (odd, but possible) still gets the preview.
  return { hasPreview, insertion: headClose ?? bodyOpen };
}
