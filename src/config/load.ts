// Loads tailor.config.yaml: the user's values merged over the defaults. Every problem
// is a diagnostic whose code starts with `config-`, so the CLI can exit with code 2.
import path from 'node:path';
import { diag, fileSpan, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import type { TailorConfig, TargetId } from '../source/model.js';
import { readText, relativePath } from '../source/files.js';
import { parseYaml, type YamlSource } from '../source/yaml-file.js';
import { nodeAtPath, pathSpan } from '../source/yaml-nodes.js';
import { checkSchema, isInvalid } from '../validate/schema-errors.js';
import { isRecord, urlProblem } from '../validate/values.js';
import { DEFAULT_CONFIG } from './defaults.js';

export interface LoadedConfig {
  /** Null when the config cannot be used at all (missing --config file, unreadable, not YAML). */
  config: TailorConfig | null;
  diagnostics: Diagnostic[];
  /** The config file, relative to the root (listed even when absent: creating it matters). */
  read: string[];
  /** Where the user set each of `paths` (absent: the default applies). */
  pathSpans: Partial<Record<keyof TailorConfig['paths'], Span>>;
}

/** Config problems stop a command with exit code 2. */
export function isConfigDiagnostic(d: Diagnostic): boolean {
  return String(d.code).startsWith('config-');
}

/** True when a config problem is an error (the CLI's exit-2 condition). */
export function hasConfigErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error' && isConfigDiagnostic(d));
}

const CONFIG_YAML_CODES = { syntax: 'config-yaml-syntax', duplicateKey: 'config-duplicate-key', warning: 'config-yaml-warning' } as const;

/**
 * @param root absolute project root
 * @param opts.config config file path, relative to the root or absolute; when given it
 *   must exist. Without it, `tailor.config.yaml` is read when present.
 */
export async function loadConfig(root: string, opts: { config?: string } = {}): Promise<LoadedConfig> {
  const absolute = path.resolve(root, opts.config ?? DEFAULT_CONFIG.file);
  const file = relativePath(root, absolute);
  const read = [file];
  const result = await readText(absolute);
  if (result.kind === 'absent') {
    if (opts.config === undefined) return { config: { ...structuredClone(DEFAULT_CONFIG), file }, diagnostics: [], read, pathSpans: {} };
    return { config: null, diagnostics: [diag('config-not-found', fileSpan(file), { file })], read, pathSpans: {} };
  }
  if (result.kind === 'error') {
    return { config: null, diagnostics: [diag('config-unreadable', fileSpan(file), { file, reason: result.reason })], read, pathSpans: {} };
  }
  const parsed = parseYaml(file, result.text, CONFIG_YAML_CODES);
  const diagnostics = [...parsed.diagnostics];
  if (parsed.syntaxErrors) return { config: null, diagnostics, read, pathSpans: {} };
  const data: unknown = parsed.source.doc.toJS() ?? {};
  const schema = checkSchema('config', parsed.source, data, 'config-invalid');
  diagnostics.push(...schema.diagnostics);
  const invalid = [...schema.invalidPaths];
  const user = isRecord(data) ? data : {};
  diagnostics.push(...checkEndpoint(parsed.source, user, invalid));
  const config = mergeConfig(user, invalid, file);
  diagnostics.push(...checkPathConflicts(parsed.source, user, config));
  const pathSpans: LoadedConfig['pathSpans'] = {};
  for (const key of PATH_KEYS) {
    if (typeof valueAt(user, ['paths', key]) === 'string') pathSpans[key] = pathSpan(parsed.source, nodeAtPath(parsed.source, ['paths', key]));
  }
  return { config, diagnostics, read, pathSpans };
}

const PATH_KEYS = ['templates', 'components', 'rules', 'fixtures', 'out'] as const;

function valueAt(user: Record<string, unknown>, keys: readonly string[]): unknown {
  let here: unknown = user;
  for (const key of keys) here = isRecord(here) ? here[key] : undefined;
  return here;
}

/**
 * The user's values over the defaults, key by key. A value that failed the schema keeps
 * its default so the rest of the project still loads and reports its own problems.
 */
function mergeConfig(user: Record<string, unknown>, invalid: string[][], file: string): TailorConfig {
  const config: TailorConfig = { ...structuredClone(DEFAULT_CONFIG), file };
  const pick = <T>(keys: string[], fallback: T): T => {
    const value = valueAt(user, keys);
    return value === undefined || value === null || isInvalid(invalid, keys) ? fallback : (value as T);
  };
  config.targets = [...pick<TargetId[]>(['targets'], config.targets)];
  for (const key of PATH_KEYS) {
    config.paths[key] = normalizePath(pick(['paths', key], config.paths[key]));
  }
  config.mjml.validationLevel = pick(['mjml', 'validationLevel'], config.mjml.validationLevel);
  config.mjml.beautify = pick(['mjml', 'beautify'], config.mjml.beautify);
  config.mjml.keepComments = pick(['mjml', 'keepComments'], config.mjml.keepComments);
  for (const key of ['subscriberKeyColumn', 'orderColumn']) {
    const value = pick<string | undefined>(['sfmc', key], undefined);
    if (value !== undefined) config.target.sfmc[key] = value;
  }
  config.target.mailchimp.maxBranches = pick(['mailchimp', 'maxBranches'], config.target.mailchimp.maxBranches);
  config.target.sendgrid.maxBranches = pick(['sendgrid', 'maxBranches'], config.target.sendgrid.maxBranches);
  config.target.amp.endpoint = pick(['amp', 'endpoint'], config.target.amp.endpoint);
  config.target.amp.tokenParam = pick(['amp', 'tokenParam'], config.target.amp.tokenParam);
  config.target.amp.sendVia = pick(['amp', 'sendVia'], config.target.amp.sendVia);
  config.eml = pick(['eml'], config.eml);
  config.cache = pick(['cache'], config.cache);
  const rules = valueAt(user, ['lint', 'rules']);
  if (isRecord(rules)) {
    for (const [id, severity] of Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!isInvalid(invalid, ['lint', 'rules', id])) config.lint.rules[id] = severity as 'off' | 'warn' | 'error';
    }
  }
  return config;
}

/** "./templates/" -> "templates"; backslashes become slashes. */
export function normalizePath(p: string): string {
  const normal = path.posix.normalize(p.replace(/\\/g, '/'));
  return normal.length > 1 ? normal.replace(/\/$/, '') : normal;
}

/** The schema checks the https prefix; the URL itself must parse too. */
function checkEndpoint(source: YamlSource, user: Record<string, unknown>, invalid: string[][]): Diagnostic[] {
  const endpoint = valueAt(user, ['amp', 'endpoint']);
  if (typeof endpoint !== 'string' || isInvalid(invalid, ['amp', 'endpoint'])) return [];
  const problem = urlProblem(endpoint.replace(/\{template\}/g, 'template'));
  if (problem === null) return [];
  invalid.push(['amp', 'endpoint']);
  const span = pathSpan(source, nodeAtPath(source, ['amp', 'endpoint']));
  return [diag('config-invalid', span, { detail: `'endpoint' is not a valid URL: ${problem}` }, { hint: 'Example: https://amp.example.com/tailor/{template}' })];
}

function contains(outer: string, inner: string): boolean {
  return outer === '.' || inner === outer || inner.startsWith(`${outer}/`);
}

/** The build replaces paths.out: it must not hold, or sit inside, a source folder. */
function checkPathConflicts(source: YamlSource, user: Record<string, unknown>, config: TailorConfig): Diagnostic[] {
  const out = config.paths.out;
  const outSpan = (): Span => pathSpan(source, nodeAtPath(source, ['paths', 'out']));
  if (out === '.') return [diag('config-path-conflict', outSpan(), { out, other: 'the project root', path: '.' })];
  const diagnostics: Diagnostic[] = [];
  for (const key of ['templates', 'components', 'rules', 'fixtures'] as const) {
    const other = config.paths[key];
    if (!contains(out, other) && !contains(other, out)) continue;
    // Point at whichever of the two the user wrote (out when both).
    const blameOther = valueAt(user, ['paths', 'out']) === undefined && valueAt(user, ['paths', key]) !== undefined;
    const at = blameOther ? pathSpan(source, nodeAtPath(source, ['paths', key])) : outSpan();
    diagnostics.push(diag('config-path-conflict', at, { out, other: `paths.${key}`, path: other }));
  }
  return diagnostics;
}
