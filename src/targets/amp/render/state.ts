// What the AMP renderer carries while it walks one template: diagnostics, the stylesheet,
// the extensions used, the data fields and regions, and MJML attribute resolution.
import { decodeHTMLAttribute, escapeAttribute } from 'entities';
import type { DiagnosticCode } from '../../../diagnostics/catalog.js';
import { diag, type Diagnostic, type MessageArgs } from '../../../diagnostics/diagnostic.js';
import type { Span } from '../../../ir/nodes.js';
import type { ExtensionName } from '../allowlist.js';
import { sanitizeDeclarations, type CssIssue } from '../css.js';
import { MJML_DEFAULTS } from '../mjml-defaults.js';
import type { MjElement } from '../mjml-tree.js';
import { attrHasToken } from '../mjml-tree.js';
import type { DataVar, Region } from '../plan.js';
import type { TokenTable } from '../source.js';
import type { ImageSizer } from './images.js';
import { declarations, StyleSheet, type Declarations } from './styles.js';

/** Where the renderer is. */
export interface Env {
  /** Inside an amp-mustache template: dynamic nodes become mustache fields and sections. */
  template: boolean;
  /** Where new data fields go: the response's top level or a list item's object. */
  scope: DataVar[];
  region: Region | null;
}

/** MJML attributes that may hold per-recipient values in the AMP part. */
export const DYNAMIC_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'alt', 'title']);

/** mj-attributes from the head: mj-all, per-tag defaults and mj-class definitions. */
export interface HeadAttributes {
  all: Record<string, string>;
  tags: Record<string, Record<string, string>>;
  classes: Record<string, Record<string, string>>;
}

/** An element's attributes with MJML's precedence resolved (decoded, static values only). */
export class Attributes {
  constructor(
    private readonly el: MjElement,
    private readonly values: Record<string, string>,
    private readonly state: RenderState,
  ) {}

  /** The static value, or undefined. A per-recipient value here is refused (reported once). */
  get(name: string): string | undefined {
    const own = this.el.attrs[name];
    if (own && attrHasToken(own)) {
      this.state.refuseDynamicAttribute(this.el, name);
      return undefined;
    }
    const v = this.values[name];
    return v === undefined || v === null ? undefined : v;
  }

  /** True when the element's own attribute holds a per-recipient value. */
  isDynamic(name: string): boolean {
    return attrHasToken(this.el.attrs[name]);
  }
}

export class RenderState {
  readonly diagnostics: Diagnostic[] = [];
  readonly extensions = new Set<ExtensionName>();
  readonly vars: DataVar[] = [];
  readonly regions: Region[] = [];
  readonly styles: StyleSheet;
  head: HeadAttributes = { all: {}, tags: {}, classes: {} };
  breakpoint = '480px';
  bodyWidth = 600;
  private fieldCount = 0;
  private readonly refused = new Set<string>();
  private readonly cleanCss = new Map<string, string>();

  constructor(
    readonly tokens: TokenTable,
    readonly images: ImageSizer,
    /** templates/<name>.mjml, for problems with no better position. */
    readonly file: string,
  ) {
    this.styles = new StyleSheet(() => this.breakpoint);
  }

  report(code: DiagnosticCode, span: Span, args: MessageArgs = {}, extra: Parameters<typeof diag>[3] = {}): void {
    this.diagnostics.push(diag(code, span, args, { target: 'amp', ...extra }));
  }

  /** A new, template-unique data field name (`o3`, `c4`, `l5`, `a6`). */
  fieldName(prefix: 'o' | 'a' | 'c' | 'l'): string {
    return `${prefix}${++this.fieldCount}`;
  }

  reportCss(issues: CssIssue[], span: Span): void {
    for (const issue of issues) this.report(issue.code, span, { css: issue.css });
  }

  /** A class attribute value for generated declarations (sanitised; problems reported at `span`). */
  cls(decls: Declarations, span: Span, extra?: string): string {
    const written = declarations(decls);
    let clean = this.cleanCss.get(written);
    if (clean === undefined) {
      const issues: CssIssue[] = [];
      clean = sanitizeDeclarations(written, issues);
      this.reportCss(issues, span);
      // Only problem-free lists are remembered, so every element with a problem is reported.
      if (!issues.length) this.cleanCss.set(written, clean);
    }
    const name = this.styles.classFor(clean);
    return extra ? (name ? `${name} ${extra}` : extra) : name;
  }

  /** Attributes of `el` by MJML's precedence: defaults < mj-all < tag < mj-class < parent < own. */
  attributes(el: MjElement, fromParent: Record<string, string> = {}): Attributes {
    const values: Record<string, string> = { ...(MJML_DEFAULTS[el.tag] ?? {}), ...this.head.all, ...(this.head.tags[el.tag] ?? {}) };
    const classes = el.attrs['mj-class'];
    if (classes && attrHasToken(classes)) this.refuseDynamicAttribute(el, 'mj-class');
    else if (classes) {
      for (const name of decodeHTMLAttribute(classes.raw).split(/\s+/).filter(Boolean)) Object.assign(values, this.head.classes[name] ?? {});
    }
    Object.assign(values, fromParent);
    for (const [name, attr] of Object.entries(el.attrs)) if (!attrHasToken(attr)) values[name] = decodeHTMLAttribute(attr.raw);
    return new Attributes(el, values, this);
  }

  refuseDynamicAttribute(el: MjElement, name: string): void {
    const key = `${el.span.file}:${el.span.line}:${el.span.column}:${name}`;
    if (this.refused.has(key)) return;
    this.refused.add(key);
    this.report('amp-dynamic-attribute', el.attrs[name]!.span, {
      attribute: name,
      tag: el.tag,
      allowed: [...DYNAMIC_ATTRIBUTES].join(', '),
    });
  }
}

/** Escapes an attribute value for double quotes. */
export function attrText(value: string): string {
  return escapeAttribute(value).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
