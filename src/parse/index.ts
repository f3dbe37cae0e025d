// The parse phase: template language + front matter -> syntax trees with exact spans.
export type { ComponentAttribute, ExprNode, IfBranch, NamePart, TemplateNode } from './ast.js';
export { parseComponentFile, parseConditionSource, parseTemplateFile, parseTemplateString } from './parse-file.js';
export type { ParsedComponent, ParsedTemplate } from './parse-file.js';
export { CHILDREN_PROP, PROP_TYPES } from './props-declaration.js';
export type { PropDecl, PropType } from './props-declaration.js';
export { FILTERS, FILTER_NAMES } from './filter-table.js';
export { parseTemplateText } from './template-parser.js';
export { parseExpressionText } from './expression-parser.js';
