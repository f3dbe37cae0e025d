// Emission of one part (html, text, subject or preheader) as AMPscript. Each part is
// self-contained (SFMC processes the subject last, after the body): one block at the top
// declares and sets every variable the part reads, then the content follows with small
// IF / FOR blocks and %%=v(@x)=%% outputs.
//
//   %%[
//   VAR @first_name, @first_name_html
//   SET @first_name = AttributeValue("FirstName")
//   SET @first_name_html = "there"
//   IF (NOT Empty(@first_name)) THEN ... ENDIF
//   ]%%<p>Hi %%=v(@first_name_html)=%%</p>
import type { EachNode, IfNode, Node, OutputNode, ValueRef } from '../../ir/nodes.js';
import type { TargetContext } from '../target.js';
import { condition } from './conditions.js';
import { listColumns, segmentField, sfmcName, SUBSCRIBER_KEY_ATTRIBUTE } from './data-contract.js';
import { numberLiteral, stringLiteral } from './literals.js';
import { VariableNames } from './names.js';
import { outputStatements, printsAsIs } from './outputs.js';
import { escapeStaticText } from './static-text.js';

/** Where statements go: the part's top block, or the per-row block of a loop. */
interface Scope {
  lines: string[];
  outputs: Map<string, string>;
  values: Map<string, string>;
  numerics: Map<string, string>;
}

interface LoopScope extends Scope {
  loopVar: string;
  row: string;
}

const newScope = (): Scope => ({ lines: [], outputs: new Map(), values: new Map(), numerics: new Map() });

export class PartWriter {
  private readonly names = new VariableNames();
  private readonly declared: string[] = [];
  private readonly top: Scope = newScope();
  private readonly loops: LoopScope[] = [];
  private readonly hoisted = new Map<string, string>();

  constructor(private readonly ctx: TargetContext) {}

  /** The part: top block (when anything is dynamic), then the content. */
  part(nodes: Node[]): string {
    const body = this.nodes(nodes);
    if (this.declared.length === 0) return body;
    const declarations: string[] = [];
    for (let i = 0; i < this.declared.length; i += 8) declarations.push(`VAR ${this.declared.slice(i, i + 8).join(', ')}`);
    return `%%[\n${[...declarations, ...this.top.lines].join('\n')}\n]%%${body}`;
  }

  private declare(hint: string): string {
    const name = this.names.fresh(hint);
    this.declared.push(name);
    return name;
  }

  /** A variable set once in the top block (attribute reads, lookups). */
  private hoist(key: string, hint: string, expression: (name: string) => string[]): string {
    const existing = this.hoisted.get(key);
    if (existing) return existing;
    const name = this.declare(hint);
    this.hoisted.set(key, name);
    this.top.lines.push(...expression(name));
    return name;
  }

  private scopeOf(ref: ValueRef): Scope {
    if (ref.kind === 'attr') return this.top;
    for (let i = this.loops.length - 1; i >= 0; i--) if (this.loops[i]!.loopVar === ref.loopVar) return this.loops[i]!;
    return this.top;
  }

  /** The variable holding a value: an attribute read once, or an item field read per row. */
  valueVar(ref: ValueRef): string {
    if (ref.kind === 'attr') {
      return this.hoist(`attr:${ref.name}`, ref.name, (v) => [`SET ${v} = AttributeValue(${stringLiteral(sfmcName(ref.name, this.ctx.attributes))})`]);
    }
    const scope = this.scopeOf(ref) as LoopScope;
    const key = `field:${ref.field}`;
    let v = scope.values.get(key);
    if (!v) {
      v = this.declare(`${ref.loopVar}_${ref.field}`);
      scope.values.set(key, v);
      scope.lines.push(`SET ${v} = Field(${scope.row}, ${stringLiteral(ref.field)})`);
    }
    return v;
  }

  /** A copy of a number value that is 0 when missing, so Subtract never sees empty text. */
  numericVar(ref: ValueRef): string {
    const value = this.valueVar(ref);
    const scope = this.scopeOf(ref);
    let n = scope.numerics.get(value);
    if (!n) {
      n = this.declare(`${value.slice(1)}_num`);
      scope.numerics.set(value, n);
      scope.lines.push(`IF (Empty(${value})) THEN`, `  SET ${n} = 0`, 'ELSE', `  SET ${n} = ${value}`, 'ENDIF');
    }
    return n;
  }

  private subscriberKey(): string {
    return this.hoist('subscriber-key', 'subscriber_key', (v) => [`SET ${v} = AttributeValue(${stringLiteral(SUBSCRIBER_KEY_ATTRIBUTE)})`]);
  }

  /**
   * A list's data extension (quoted), the `"<key column>", @subscriber_key` arguments that
   * select this subscriber's rows, and the order column.
   */
  private listSource(list: string): { de: string; ofSubscriber: string; orderColumn: string } {
    const key = this.subscriberKey();
    const columns = listColumns(this.ctx);
    return { de: stringLiteral(sfmcName(list, this.ctx.attributes)), ofSubscriber: `${stringLiteral(columns.key)}, ${key}`, orderColumn: columns.order };
  }

  /** How many rows a list's data extension holds for this subscriber. */
  listCountVar(list: string): string {
    const { de, ofSubscriber } = this.listSource(list);
    return this.hoist(`list-count:${list}`, `${list}_count`, (v) => [`SET ${v} = RowCount(LookupRows(${de}, ${ofSubscriber}))`]);
  }

  segmentField(name: string): string | undefined {
    return segmentField(name, this.ctx);
  }

  segmentVar(name: string, field: string): string {
    return this.hoist(`segment:${name}`, `segment_${name}`, (v) => [`SET ${v} = AttributeValue(${stringLiteral(field)})`]);
  }

  private nodes(nodes: Node[]): string {
    let out = '';
    let text = '';
    const flush = () => {
      if (text) out += escapeStaticText(text);
      text = '';
    };
    for (const node of nodes) {
      if (node.kind === 'static') {
        text += node.text;
        continue;
      }
      flush();
      if (node.kind === 'output') out += this.output(node);
      else if (node.kind === 'if') out += this.ifChain(node);
      else out += this.each(node);
    }
    flush();
    return out;
  }

  private output(node: OutputNode): string {
    const value = this.valueVar(node.ref);
    if (printsAsIs(node)) return `%%=v(${value})=%%`;
    const scope = this.scopeOf(node.ref);
    const key = JSON.stringify([value, node.filters.map((f) => ({ ...f, span: undefined })), node.fallback, node.context]);
    let o = scope.outputs.get(key);
    if (!o) {
      const filters = node.filters.map((f) => f.name).join('_');
      o = this.declare(`${value.slice(1)}${filters ? `_${filters}` : ''}_${node.context}`);
      scope.outputs.set(key, o);
      scope.lines.push(...outputStatements(node, value, o));
    }
    return `%%=v(${o})=%%`;
  }

  private ifChain(node: IfNode): string {
    let out = '';
    node.branches.forEach((b, i) => {
      out += `%%[ ${i === 0 ? 'IF' : 'ELSEIF'} ${condition(b.cond, this)} THEN ]%%${this.nodes(b.body)}`;
    });
    if (node.else && node.else.length) out += `%%[ ELSE ]%%${this.nodes(node.else)}`;
    return `${out}%%[ ENDIF ]%%`;
  }

  private each(node: EachNode): string {
    const { de, ofSubscriber, orderColumn } = this.listSource(node.list.name);
    const base = node.list.name;
    const rows = this.declare(`${base}_rows`);
    const count = this.declare(`${base}_count`);
    this.top.lines.push(
      `SET ${rows} = LookupOrderedRows(${de}, ${numberLiteral(node.limit)}, ${stringLiteral(`${orderColumn} ASC`)}, ${ofSubscriber})`,
      `SET ${count} = RowCount(${rows})`,
    );
    const index = this.declare(`${base}_i`);
    const row = this.declare(`${base}_row`);
    const scope: LoopScope = { ...newScope(), loopVar: node.loopVar, row };
    this.loops.push(scope);
    const body = this.nodes(node.body);
    this.loops.pop();
    const perRow = [`SET ${row} = Row(${rows}, ${index})`, ...scope.lines].map((l) => `  ${l}`).join('\n');
    let out = `%%[ IF (${count} > 0) THEN\nFOR ${index} = 1 TO ${count} DO\n${perRow}\n]%%${body}%%[ NEXT ${index}`;
    if (node.empty.length) out += ` ELSE ]%%${this.nodes(node.empty)}%%[ ENDIF ]%%`;
    else out += ' ENDIF ]%%';
    return out;
  }
}
