// Diagnostic printers: `stylish` for people (with a code frame), `json` for tools.
import type { Diagnostic } from './diagnostic.js';

export type DiagnosticFormat = 'stylish' | 'json';

/** Returns a file's text (relative path as in the diagnostic) for code frames. */
export type SourceReader = (file: string) => string | undefined;

export function formatDiagnostics(diagnostics: Diagnostic[], format: DiagnosticFormat, read: SourceReader, color = false): string {
  if (format === 'json') return JSON.stringify(diagnostics, null, 2) + '\n';
  return stylish(diagnostics, read, color);
}

function stylish(diagnostics: Diagnostic[], read: SourceReader, color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const d of diagnostics) {
    const sev = d.severity === 'error' ? paint('31', 'error') : d.severity === 'warning' ? paint('33', 'warning') : paint('36', 'info');
    const where = `${d.file}:${d.line}:${d.column}`;
    const target = d.target ? ` [${d.target}]` : '';
    lines.push(`${paint('1', where)} ${sev} ${d.message}${target}  ${paint('2', d.code)}`);
    const frame = codeFrame(read(d.file), d.line, d.column, d.endLine === d.line ? Math.max(1, d.endColumn - d.column) : 1);
    if (frame) lines.push(frame);
    if (d.hint) lines.push(`  ${paint('36', 'hint:')} ${d.hint}`);
    for (const r of d.related ?? []) lines.push(`  note: ${r.message} (${r.file}:${r.line}:${r.column})`);
    lines.push('');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (diagnostics.length > 0) lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Two lines of context before the line, a caret line under the span. */
export function codeFrame(text: string | undefined, line: number, column: number, width: number): string {
  if (text === undefined) return '';
  const all = text.split(/\r?\n/);
  if (line < 1 || line > all.length) return '';
  const first = Math.max(1, line - 2);
  const gutter = String(line).length;
  const out: string[] = [];
  for (let n = first; n <= line; n++) {
    out.push(`  ${n === line ? '>' : ' '} ${String(n).padStart(gutter)} | ${all[n - 1]}`);
  }
  out.push(`    ${' '.repeat(gutter)} | ${' '.repeat(Math.max(0, column - 1))}${'^'.repeat(Math.max(1, Math.min(width, 80)))}`);
  return out.join('\n');
}
