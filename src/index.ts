// Tailor's programmatic API: the same functions the CLI runs, for teams that script
// their pipelines.
export { build, type BuildOptions, type BuildResult } from './commands/build.js';
export { render, type RenderOptions, type RenderResult } from './commands/render.js';
export { verify, type VerifyOptions, type VerifyResult, type Mismatch } from './commands/verify.js';
export { expandToPlainMjml } from './commands/expand.js';
export { compileProject, compileTemplate, type CompileResult, type CompiledTemplate } from './compile.js';
export { loadProject } from './source/load.js';
export { evaluate } from './ir/evaluate.js';
export { formatDiagnostics } from './diagnostics/format.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export type { Node, Cond, PartName, Span } from './ir/nodes.js';
export type { Project, Profile, TargetId, TailorConfig, AttributeDef } from './source/model.js';
export type { Target, RenderedTemplate, TemplateIR, EmittedParts } from './targets/target.js';
export { TARGETS } from './targets/registry.js';
export { CAPABILITIES, FEATURES } from './targets/capabilities.js';
