// Which comparisons of a per-recipient value with a literal are meaningful, by the
// value's declared type. Refusing here keeps every target's meaning identical:
// ordering strings or enums differs between ESPs (AMPscript compares case-insensitively,
// Liquid lexically), so only numbers and dates may be ordered.
import { diag } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../parse/suggest.js';
import { refName } from './evaluate.js';
import type { CompareOp, Literal, Span, ValueRef } from './nodes.js';
import type { BuildContext } from './scope.js';

const ORDERING: ReadonlySet<CompareOp> = new Set(['<', '<=', '>', '>=']);

/** ISO-8601 date, or date-time with an explicit zone (a zoneless time would depend on the machine). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value));
}

export function showLiteral(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || value === null) return 'no value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** Checks `ref op value`. Returns false, after reporting, when the comparison is refused. */
export function checkComparison(ref: ValueRef, op: CompareOp, value: Literal, opSpan: Span, valueSpan: Span, ctx: BuildContext): boolean {
  const refText = refName(ref);
  const shown = showLiteral(value);
  const mismatch = (advice: string) => {
    ctx.diagnostics.push(diag('compare-type-mismatch', valueSpan, { ref: refText, type: ref.type, value: shown, advice }));
    return false;
  };
  const noOrdering = () => {
    if (!ORDERING.has(op)) return true;
    ctx.diagnostics.push(diag('ordering-unsupported', opSpan, { op, ref: refText, type: ref.type }));
    return false;
  };
  switch (ref.type) {
    case 'list':
      return mismatch(`A list can only be tested for presence: \`{% if ${refText} %}\`.`);
    case 'number':
      if (typeof value === 'number') return true;
      return mismatch(
        typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? `Remove the quotes: \`${value.trim()}\`.` : 'Compare numbers with number literals, e.g. `>= 5`.',
      );
    case 'boolean':
      if (!noOrdering()) return false;
      if (typeof value === 'boolean') return true;
      return mismatch(`Compare with true or false, or test it directly: \`{% if ${refText} %}\`.`);
    case 'date':
      if (typeof value === 'string' && isIsoDate(value)) return true;
      ctx.diagnostics.push(diag('date-literal-invalid', valueSpan, { value: shown, ref: refText }));
      return false;
    case 'enum': {
      if (!noOrdering()) return false;
      if (typeof value !== 'string') return mismatch('Enum values are strings: quote them.');
      const values = ref.kind === 'attr' ? (ctx.project.attributes.get(ref.name)?.values ?? []) : [];
      if (values.includes(value)) return true;
      ctx.diagnostics.push(
        diag('enum-value-unknown', valueSpan, { value: shown, ref: refText, values: values.join(', '), suggestion: didYouMean(value, values) }),
      );
      return false;
    }
    case 'string':
    case 'email':
    case 'url':
      if (!noOrdering()) return false;
      if (typeof value === 'string') return true;
      return mismatch(typeof value === 'number' ? `Quote it: \`"${value}"\`.` : 'Compare with a string literal.');
  }
}
