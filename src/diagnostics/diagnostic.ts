// The one shape every user-facing problem takes. Messages come from the catalog
// (./catalog.ts) keyed by code; tests assert codes, not prose.
import type { Span } from '../ir/nodes.js';
import { compareCodeUnits } from '../order.js';
import { CATALOG, type DiagnosticCode, type MessageDef } from './catalog.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  endLine: number;
  endColumn: number;
  hint?: string;
  /** The target this concerns, when a target refused something. */
  target?: string;
  related?: { message: string; file: string; line: number; column: number }[];
}

/** Values substituted into a catalog message: `{name}` placeholders. */
export type MessageArgs = Record<string, string | number>;

function fill(template: string, args: MessageArgs): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in args ? String(args[key]) : m));
}

/** Build a diagnostic from the catalog. `span` may be a file-level position. */
export function diag(
  code: DiagnosticCode,
  span: Span,
  args: MessageArgs = {},
  extra: Partial<Pick<Diagnostic, 'severity' | 'target' | 'related' | 'hint'>> = {},
): Diagnostic {
  const entry: MessageDef = (CATALOG as Record<string, MessageDef>)[code]!;
  const d: Diagnostic = {
    code,
    severity: extra.severity ?? entry.severity,
    message: fill(entry.message, args),
    file: span.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
  };
  const hint = extra.hint ?? (entry.hint ? fill(entry.hint, args) : undefined);
  if (hint) d.hint = hint;
  if (extra.target) d.target = extra.target;
  if (extra.related) d.related = extra.related;
  return d;
}

/** A span covering a whole file (line 1, column 1), for problems with no better position. */
export function fileSpan(file: string): Span {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Each problem once: the same code, place, target and message is one diagnostic. */
export function uniqueDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = [d.code, d.file, d.line, d.column, d.endLine, d.endColumn, d.target ?? '', d.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Stable order (file, line, column, code), each problem once. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return uniqueDiagnostics(diagnostics).sort(
    (a, b) => compareCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column || compareCodeUnits(String(a.code), String(b.code)),
  );
}

/** Converts offsets into 1-based line/column pairs for one source text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly file: string, readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** Thrown for internal failures only (bugs). User mistakes are diagnostics. */
export class InternalError extends Error {
  override name = 'InternalError';
}

/** Thrown for usage and configuration failures that stop a command (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}
