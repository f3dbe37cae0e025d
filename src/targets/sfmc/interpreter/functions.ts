// The AMPscript functions the interpreter knows: what Tailor emits plus what the
// conformance corpus needs. Names are case-insensitive; arguments are evaluated before
// the call (Iif included). Anything else is an error, never a silent empty string.
import { formatDate } from './dates.js';
import { compare, toText, truth, tryDate, tryDouble, tryInt, type ConvertContext } from './convert.js';
import { AmpscriptError } from './errors.js';
import { dotnetRegex, lowerSimple, trimDotnet, upperSimple, isDotnetWhitespace } from './text.js';
import { dbl, int, type AValue, type RowValue, type RowsetValue } from './values.js';

/** A data extension: named columns and rows of text (null = no value). */
export interface DataExtension {
  name: string;
  columns: string[];
  rows: Record<string, string | null>[];
}

/** What a function call can reach. */
export interface CallContext extends ConvertContext {
  write(text: string): void;
  attribute(name: string): { found: boolean; value: AValue };
  dataExtension(name: string): DataExtension;
}

/** Returned by functions that only write (V, Output): an inline block prints nothing more. */
export const VOID = Symbol('void');
export type CallResult = AValue | typeof VOID;

type Fn = (args: AValue[], cx: CallContext) => CallResult;

const LOOKUP_ROW_LIMIT = 2000;

function arity(name: string, args: AValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    throw new AmpscriptError(`${name} takes ${min === max ? min : `${min} to ${max}`} arguments, got ${args.length}`);
  }
}

function toInteger(name: string, v: AValue): number {
  const [kind, n] = tryInt(v);
  if (kind === 'fail') throw new AmpscriptError(`${name}: ${JSON.stringify(toText(v))} is not an integer`);
  return n;
}

function toNumber(name: string, v: AValue): number {
  const n = tryDouble(v);
  if (n === null) throw new AmpscriptError(`${name}: ${JSON.stringify(v === null ? null : toText(v))} is not a number`);
  return n;
}

/** Case-insensitive replace that keeps the case of what it does not replace. */
function replaceInsensitive(subject: string, searches: string[], replacement: string): string {
  let result = subject;
  for (const search of searches) {
    const needle = lowerSimple(search);
    if (!needle) continue;
    const hay = lowerSimple(result);
    let out = '';
    let from = 0;
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, from)) {
      out += result.slice(from, at) + replacement;
      from = at + needle.length;
    }
    result = out + result.slice(from);
  }
  return result;
}

function rowsOf(name: string, v: AValue): RowsetValue {
  if (v === null || typeof v !== 'object' || v.t !== 'rows') throw new AmpscriptError(`${name}: the argument is not a rowset`);
  return v;
}

function matching(de: DataExtension, pairs: AValue[], caseSensitive: boolean, cx: ConvertContext): RowValue[] {
  if (pairs.length % 2 !== 0) throw new AmpscriptError('lookup: search columns and values must come in pairs');
  const column = (want: string) => {
    const found = de.columns.find((c) => c.toLowerCase() === want.toLowerCase());
    if (!found) throw new AmpscriptError(`data extension ${de.name} has no column ${want}`);
    return found;
  };
  const criteria: { column: string; value: AValue }[] = [];
  for (let i = 0; i < pairs.length; i += 2) criteria.push({ column: column(toText(pairs[i]!)), value: pairs[i + 1]! });
  return de.rows
    .filter((row) =>
      criteria.every(({ column: c, value }) => {
        const cell = row[c] ?? null;
        if (cell === null || value === null) return false;
        return caseSensitive ? cell === toText(value) : compare(cell, value, '==', cx);
      }),
    )
    .map((row) => ({ t: 'row', fields: de.columns.map((c) => ({ name: c, value: row[c] ?? null })) }));
}

function sortRows(rows: RowValue[], orderBy: string): RowValue[] {
  const keys = orderBy
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter((p) => p[0])
    .map(([col, dir]) => ({ col: col!.toLowerCase(), desc: (dir ?? '').toLowerCase() === 'desc' }));
  const cell = (r: RowValue, col: string) => r.fields.find((f) => f.name.toLowerCase() === col)?.value ?? null;
  return [...rows].sort((a, b) => {
    for (const { col, desc } of keys) {
      const x = cell(a, col);
      const y = cell(b, col);
      const nx = tryDouble(x);
      const ny = tryDouble(y);
      const r = nx !== null && ny !== null ? nx - ny : toText(x).localeCompare(toText(y));
      if (r !== 0) return desc ? -r : r;
    }
    return 0;
  });
}

const FUNCTIONS: Record<string, Fn> = {
  V(args, cx) {
    arity('V', args, 1);
    cx.write(toText(args[0]!));
    return VOID;
  },
  OUTPUT(args, cx) {
    arity('Output', args, 1);
    cx.write(toText(args[0]!));
    return VOID;
  },
  OUTPUTLINE(args, cx) {
    arity('OutputLine', args, 1);
    cx.write(`${toText(args[0]!)}\n`);
    return VOID;
  },
  ATTRIBUTEVALUE(args, cx) {
    arity('AttributeValue', args, 1);
    return cx.attribute(toText(args[0]!)).value;
  },
  EMPTY(args) {
    arity('Empty', args, 1);
    return args[0] === null || toText(args[0]!) === '';
  },
  IIF(args) {
    arity('Iif', args, 3);
    return truth(args[0]!) ? args[1]! : args[2]!;
  },
  CONCAT(args) {
    return args.map(toText).join('');
  },
  CHAR(args) {
    arity('Char', args, 1, 2);
    const code = toInteger('Char', args[0]!);
    if (code < 0 || code > 0xffff) throw new AmpscriptError(`Char: ${code} is not a character code`);
    const [kind, repeat] = args.length > 1 ? tryInt(args[1]!) : ['fail' as const, 1];
    return String.fromCharCode(code).repeat(kind === 'fail' ? 1 : Math.max(0, repeat));
  },
  REPLACE(args) {
    arity('Replace', args, 3);
    return replaceInsensitive(toText(args[0]!), [toText(args[1]!)], toText(args[2]!));
  },
  REPLACELIST(args) {
    if (args.length < 3) throw new AmpscriptError('ReplaceList takes at least 3 arguments');
    return replaceInsensitive(toText(args[0]!), args.slice(2).map(toText), toText(args[1]!));
  },
  UPPERCASE(args) {
    arity('Uppercase', args, 1);
    return upperSimple(toText(args[0]!));
  },
  LOWERCASE(args) {
    arity('Lowercase', args, 1);
    return lowerSimple(toText(args[0]!));
  },
  PROPERCASE(args) {
    arity('ProperCase', args, 1);
    // Upper-cases the first character and each one after white space; lower-cases the rest.
    let out = '';
    let capitalize = true;
    for (const c of toText(args[0]!)) {
      out += capitalize ? upperSimple(c) : lowerSimple(c);
      capitalize = isDotnetWhitespace(c);
    }
    return out;
  },
  TRIM(args) {
    arity('Trim', args, 1);
    return trimDotnet(toText(args[0]!));
  },
  LENGTH(args) {
    arity('Length', args, 1);
    return int(toText(args[0]!).length);
  },
  SUBSTRING(args) {
    arity('Substring', args, 2, 3);
    if (args[0] === null) return '';
    const s = toText(args[0]!);
    const start = toInteger('Substring', args[1]!);
    if (start < 1 || start > s.length + 1) throw new AmpscriptError(`Substring: start ${start} is outside the text`);
    if (args.length === 2) return s.slice(start - 1);
    const length = toInteger('Substring', args[2]!);
    if (length < 0) throw new AmpscriptError(`Substring: negative length ${length}`);
    return s.slice(start - 1, start - 1 + length);
  },
  INDEXOF(args) {
    arity('IndexOf', args, 2);
    if (args[0] === null || args[1] === null) return int(0);
    return int(lowerSimple(toText(args[0]!)).indexOf(lowerSimple(toText(args[1]!))) + 1);
  },
  REGEXMATCH(args) {
    if (args.length < 3) throw new AmpscriptError('RegExMatch takes at least 3 arguments');
    const subject = toText(args[0]!);
    let re: RegExp;
    try {
      re = dotnetRegex(toText(args[1]!), args.slice(3).map(toText));
    } catch (e) {
      throw new AmpscriptError(`RegExMatch: bad pattern ${JSON.stringify(toText(args[1]!))}: ${(e as Error).message}`);
    }
    const match = re.exec(subject);
    if (!match) return '';
    const group = toText(args[2]!);
    const value = /^\d+$/.test(group) ? match[Number(group)] : match.groups?.[group];
    return value ?? '';
  },
  ADD: (args) => (arity('Add', args, 2), dbl(toNumber('Add', args[0]!) + toNumber('Add', args[1]!))),
  SUBTRACT: (args) => (arity('Subtract', args, 2), dbl(toNumber('Subtract', args[0]!) - toNumber('Subtract', args[1]!))),
  MULTIPLY: (args) => (arity('Multiply', args, 2), dbl(toNumber('Multiply', args[0]!) * toNumber('Multiply', args[1]!))),
  DIVIDE: (args) => (arity('Divide', args, 2), dbl(toNumber('Divide', args[0]!) / toNumber('Divide', args[1]!))),
  MOD: (args) => (arity('Mod', args, 2), dbl(toNumber('Mod', args[0]!) % toNumber('Mod', args[1]!))),
  NOW(args, cx) {
    arity('Now', args, 0, 1);
    return { t: 'date', ms: cx.now.getTime(), off: cx.localOffset };
  },
  FORMAT(args, cx) {
    arity('Format', args, 2, 4);
    const kind = args.length > 2 ? toText(args[2]!).toLowerCase() : '';
    const format = toText(args[1]!);
    if (kind === 'date' || (kind === '' && args[0] !== null && typeof args[0] === 'object' && args[0].t === 'date')) {
      const date = tryDate(args[0]!, cx);
      if (!date) throw new AmpscriptError(`Format: ${JSON.stringify(toText(args[0]!))} is not a date`);
      return formatDate(date, format);
    }
    return formatNumber(toNumber('Format', args[0]!), format);
  },
  LOOKUP(args, cx) {
    if (args.length < 4) throw new AmpscriptError('Lookup takes at least 4 arguments');
    const rows = matching(cx.dataExtension(toText(args[0]!)), args.slice(2), false, cx);
    const column = toText(args[1]!).toLowerCase();
    const field = rows[0]?.fields.find((f) => f.name.toLowerCase() === column);
    return field ? field.value : null;
  },
  LOOKUPROWS(args, cx) {
    if (args.length < 3) throw new AmpscriptError('LookupRows takes at least 3 arguments');
    return { t: 'rows', rows: matching(cx.dataExtension(toText(args[0]!)), args.slice(1), false, cx).slice(0, LOOKUP_ROW_LIMIT) };
  },
  LOOKUPROWSCS(args, cx) {
    if (args.length < 3) throw new AmpscriptError('LookupRowsCS takes at least 3 arguments');
    return { t: 'rows', rows: matching(cx.dataExtension(toText(args[0]!)), args.slice(1), true, cx).slice(0, LOOKUP_ROW_LIMIT) };
  },
  LOOKUPORDEREDROWS(args, cx) {
    if (args.length < 5) throw new AmpscriptError('LookupOrderedRows takes at least 5 arguments');
    const count = toInteger('LookupOrderedRows', args[1]!);
    const rows = sortRows(matching(cx.dataExtension(toText(args[0]!)), args.slice(3), false, cx), toText(args[2]!));
    return { t: 'rows', rows: rows.slice(0, count > 0 ? Math.min(count, LOOKUP_ROW_LIMIT) : LOOKUP_ROW_LIMIT) };
  },
  ROWCOUNT(args) {
    arity('RowCount', args, 1);
    return int(rowsOf('RowCount', args[0]!).rows.length);
  },
  ROW(args) {
    arity('Row', args, 2);
    const rows = rowsOf('Row', args[0]!).rows;
    const i = toInteger('Row', args[1]!);
    if (i < 1 || i > rows.length) throw new AmpscriptError(`Row: there is no row ${i} (rowset has ${rows.length})`);
    return rows[i - 1]!;
  },
  FIELD(args) {
    arity('Field', args, 2, 3);
    const row = args[0]!;
    if (row === null || typeof row !== 'object' || row.t !== 'row') throw new AmpscriptError('Field: the argument is not a row');
    const key = args[1]!;
    const byIndex = typeof key === 'object' && key !== null && key.t === 'int';
    const field = byIndex
      ? row.fields[Number(key.v) - 1]
      : row.fields.find((f) => f.name.toLowerCase() === toText(key).toLowerCase());
    if (!field) throw new AmpscriptError(`Field: the row has no field ${toText(key)}`);
    return field.value;
  },
  BUILDROWSETFROMSTRING(args) {
    arity('BuildRowsetFromString', args, 1, 2);
    const delimiter = args.length > 1 ? toText(args[1]!) : ',';
    const parts = toText(args[0]!).split(delimiter);
    return { t: 'rows', rows: parts.map((p) => ({ t: 'row', fields: [{ name: '1', value: p }] })) };
  },
};

/** .NET standard numeric formats C, N, F, D (en-US), with an optional precision digit count. */
function formatNumber(n: number, format: string): string {
  const m = /^([CcNnFfDd])(\d*)$/.exec(format);
  if (!m) throw new AmpscriptError(`Format: number format ${JSON.stringify(format)} is not supported`);
  const kind = m[1]!.toUpperCase();
  const precision = m[2] ? Number(m[2]) : kind === 'D' ? 0 : 2;
  if (kind === 'D') return Math.trunc(n).toString().padStart(precision, '0');
  const grouped = kind !== 'F';
  const text = Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: precision, maximumFractionDigits: precision, useGrouping: grouped });
  if (kind === 'C') return n < 0 ? `($${text})` : `$${text}`;
  return n < 0 ? `-${text}` : text;
}

export const SUPPORTED_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(FUNCTIONS));

export function callFunction(name: string, args: AValue[], cx: CallContext): CallResult {
  const fn = FUNCTIONS[name.toUpperCase()];
  if (!fn) throw new AmpscriptError(`unknown function ${name}`);
  return fn(args, cx);
}
