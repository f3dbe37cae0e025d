// Validates AMP parts offline with the official validator engine (validator_wasm.js,
// fetched once by scripts/get-amp-validator.sh into .cache/amp-validator/) in AMP4EMAIL
// mode, and checks the byte budgets. A part is validated as the client receives it:
// after the ESP's merge (esp.ts), with a sample recipient token.
import { existsSync } from 'node:fs';
import path from 'node:path';
import amphtmlValidator from 'amphtml-validator';
import { diag, fileSpan, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { budgetProblems } from './budgets.js';
import { simulateEspMerge, type SendVia } from './esp.js';

/** Where scripts/get-amp-validator.sh puts the engine, relative to the project root. */
export const VALIDATOR_PATH = '.cache/amp-validator/validator_wasm.js';

export type AmpValidator = amphtmlValidator.Validator;

const instances = new Map<string, Promise<AmpValidator>>();

/** The validator engine at `file` (default: the project's cache), or null when it is not there. */
export async function loadAmpValidator(file = path.resolve(VALIDATOR_PATH)): Promise<AmpValidator | null> {
  if (!existsSync(file)) return null;
  let instance = instances.get(file);
  if (!instance) {
    instance = amphtmlValidator.getInstance(file);
    instances.set(file, instance);
  }
  return instance;
}

export interface AmpValidationIssue {
  severity: 'ERROR' | 'WARNING';
  line: number;
  col: number;
  code: string;
  message: string;
}

/** The validator's verdict on a finished AMP part (AMP4EMAIL). */
export function validateAmpHtml(validator: AmpValidator, html: string): { pass: boolean; issues: AmpValidationIssue[] } {
  const result = validator.validateString(html, 'AMP4EMAIL');
  const issues = result.errors.map((e) => ({
    severity: e.severity === 'WARNING' ? ('WARNING' as const) : ('ERROR' as const),
    line: e.line,
    col: e.col,
    code: e.code,
    message: e.message,
  }));
  return { pass: result.status === 'PASS', issues };
}

/**
 * Diagnostics for an emitted AMP part (as written for `esp`): validator errors and
 * warnings, and byte budgets. Reported against the template file: the validator speaks
 * of lines of the generated part, which the message names.
 */
export async function validateAmpPart(
  emittedHtml: string,
  templateFile: string,
  options: { esp?: SendVia; validator?: AmpValidator | null; validatorPath?: string } = {},
): Promise<Diagnostic[]> {
  const html = simulateEspMerge(emittedHtml, options.esp ?? 'none');
  const span = fileSpan(templateFile);
  const out: Diagnostic[] = [];
  const validator = options.validator !== undefined ? options.validator : await loadAmpValidator(options.validatorPath);
  if (!validator) {
    out.push(diag('amp-validator-unavailable', span, { path: options.validatorPath ?? VALIDATOR_PATH }, { target: 'amp' }));
  } else {
    for (const issue of validateAmpHtml(validator, html).issues) {
      const code = issue.severity === 'WARNING' ? 'amp-validator-warning' : 'amp-validator';
      out.push(diag(code, span, { message: issue.message, code: issue.code, line: issue.line, column: issue.col, part: 'the AMP part' }, { target: 'amp' }));
    }
  }
  for (const b of budgetProblems(html)) out.push(diag(b.code, span, { bytes: b.bytes, limit: b.limit }, { target: 'amp' }));
  return out;
}
