// The syntax tree of the template language, before any meaning is given to names.
// Every node carries the exact span of the source it came from.
import type { CompareOp, Span } from '../ir/nodes.js';

/** One `.`-separated part of a name: `profile.first_name` has two. */
export interface NamePart {
  name: string;
  span: Span;
}

export type ExprNode =
  | { kind: 'literal'; value: string | number | boolean; span: Span }
  | { kind: 'list'; items: ExprNode[]; span: Span }
  | { kind: 'name'; parts: NamePart[]; span: Span }
  | { kind: 'filter'; input: ExprNode; name: string; nameSpan: Span; args: ExprNode[]; span: Span }
  | { kind: 'compare'; op: CompareOp; left: ExprNode; right: ExprNode; opSpan: Span; span: Span }
  | { kind: 'in'; negated: boolean; left: ExprNode; right: ExprNode; span: Span }
  | { kind: 'and' | 'or'; left: ExprNode; right: ExprNode; span: Span }
  | { kind: 'not'; item: ExprNode; span: Span };

/** A component attribute: `name="value"` (value parsed as a template string) or a bare `name`. */
export interface ComponentAttribute {
  name: string;
  nameSpan: Span;
  /** null for a bare attribute (`<x-card wide />`). */
  value: TemplateNode[] | null;
  span: Span;
}

export interface IfBranch {
  /** null when the condition had a syntax error (already reported). */
  cond: ExprNode | null;
  body: TemplateNode[];
  /** The `{% if %}` / `{% elif %}` tag. */
  span: Span;
}

export type TemplateNode =
  | { kind: 'text'; text: string; span: Span }
  /** `{{ expr }}`; expr null after a syntax error. */
  | { kind: 'output'; expr: ExprNode | null; span: Span }
  | { kind: 'if'; branches: IfBranch[]; else: TemplateNode[] | null; span: Span }
  | {
      kind: 'for';
      loopVar: string;
      loopVarSpan: Span;
      list: ExprNode | null;
      body: TemplateNode[];
      /** The `{% else %}` part, rendered when the list is missing or empty. */
      empty: TemplateNode[] | null;
      span: Span;
    }
  | {
      kind: 'component';
      name: string;
      nameSpan: Span;
      attributes: ComponentAttribute[];
      /** Content between `<x-name>` and `</x-name>`; null when self-closing. */
      children: TemplateNode[] | null;
      span: Span;
    }
  | { kind: 'slot'; name: string; span: Span };
