// State shared while one template is lowered to merge tags: the diagnostics found so far,
// the merge tags used (and by whom), and how list items are bound inside unrolled loops.
//
// check() and emit() run the same lowering; in check mode a refusal becomes a diagnostic
// and lowering goes on, in emit mode it is a bug (check() passed, so it cannot happen).
import { diag, InternalError, type Diagnostic, type MessageArgs } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../diagnostics/catalog.js';
import type { ItemRef, Span } from '../../ir/nodes.js';
import type { AttributeDef } from '../../source/model.js';
import { DEFAULT_CONFIG } from '../../config/defaults.js';
import type { RenderedTemplate, TargetContext } from '../target.js';
import { segmentField } from './fields.js';
import { itemTag, MAX_TAG_LENGTH, tagProblem } from './tags.js';

/** Inside an unrolled loop: the loop variable stands for item `index` of `list`. */
export interface ItemBinding {
  list: AttributeDef;
  index: number;
  loopSpan: Span;
}

export type Env = ReadonlyMap<string, ItemBinding>;

export type Mode = 'check' | 'emit';

export class LoweringContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Every merge tag the emitted code reads, with its owner and first use. */
  readonly usedTags = new Map<string, { owner: string; span: Span }>();
  /** How many items each list is unrolled to (the largest loop over it). */
  readonly listCounts = new Map<string, number>();
  /** Constructs left out silently because the capability table refuses them (check mode). */
  private skippedByTable = 0;
  private readonly reported = new Set<string>();

  constructor(
    readonly template: RenderedTemplate,
    readonly ctx: TargetContext,
    readonly mode: Mode,
  ) {}

  get maxBranches(): number {
    return this.ctx.config.target.mailchimp?.maxBranches ?? DEFAULT_CONFIG.target.mailchimp.maxBranches;
  }

  /** Something this template asks for that Mailchimp cannot do (a diagnostic in check mode). */
  refuse(code: DiagnosticCode, span: Span, args: MessageArgs = {}): void {
    if (this.mode === 'emit') throw new InternalError(`mailchimp: emit() met a construct check() refuses (${code})`);
    const d = diag(code, span, args, { target: 'mailchimp' });
    const key = `${d.code}@${d.file}:${d.line}:${d.column}:${d.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(d);
  }

  /**
   * A construct the capability table refuses (ordering, date equality, filters): the
   * analyzer reports it, so check() stays silent and emit() must never see it.
   */
  refusedByTable(what: string): void {
    if (this.mode === 'emit') throw new InternalError(`mailchimp: emit() met ${what}, which the capability table refuses`);
    this.skippedByTable++;
  }

  /** Lowered in check mode with nothing refused or left out: emit mode would write the same code. */
  get clean(): boolean {
    return this.mode === 'check' && this.diagnostics.length === 0 && this.skippedByTable === 0;
  }

  attribute(name: string): AttributeDef {
    const def = this.ctx.attributes.get(name);
    if (!def) throw new InternalError(`mailchimp: the IR refers to the undeclared attribute ${name}`);
    return def;
  }

  /** The merge tag of a scalar attribute, validated. */
  attrTag(def: AttributeDef, span: Span): string {
    const tag = def.esp.mailchimp;
    this.use(tag, `profile.${def.name}`, span, def.span);
    return tag;
  }

  /** The merge tag of field `field` of the item a loop variable is bound to, validated. */
  itemTag(binding: ItemBinding, field: string): string {
    const { list, index, loopSpan } = binding;
    const tag = itemTag(list.esp.mailchimp, index, field);
    if (tag.length > MAX_TAG_LENGTH) {
      this.refuse('mailchimp-loop-tag-too-long', loopSpan, { index, name: `profile.${list.name}`, tag, prefix: list.esp.mailchimp });
      return tag;
    }
    this.use(tag, `item ${index} ${field} of profile.${list.name}`, loopSpan, list.span);
    return tag;
  }

  /** The merge tag a segment is read from, when it is precomputed for Mailchimp. */
  segmentTag(name: string, span: Span): string | undefined {
    const tag = segmentField(name, this.ctx);
    if (tag === undefined) return undefined;
    this.use(tag, `segment.${name}`, span, this.ctx.segments?.get(name)?.span ?? span);
    return tag;
  }

  binding(env: Env, ref: ItemRef): ItemBinding {
    const b = env.get(ref.loopVar);
    if (!b) throw new InternalError(`mailchimp: ${ref.loopVar}.${ref.field} used outside its loop`);
    return b;
  }

  private use(tag: string, owner: string, span: Span, definedAt: Span): void {
    if (this.usedTags.has(tag)) return;
    const problem = tagProblem(tag);
    if (problem) this.refuse('mailchimp-tag-invalid', definedAt, { tag, source: owner, reason: problem });
    this.usedTags.set(tag, { owner, span });
  }
}
