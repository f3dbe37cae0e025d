// Tailor's AMPscript interpreter: the subset Tailor emits plus what the conformance
// corpus of Salesforce's open-source engine exercises.
export { runAmpscript, type RunOptions } from './evaluate.js';
export { parse } from './parser.js';
export { calledFunctions, type Item, type Expr } from './ast.js';
export { AmpscriptError } from './errors.js';
export { UnsupportedConstruct, tokenize } from './lexer.js';
export { SUPPORTED_FUNCTIONS, type DataExtension } from './functions.js';
