// The values an AMPscript program works with. AMPscript is dynamically typed and, like
// the .NET engine it runs on, keeps integers, decimals and doubles apart (they print
// differently: `1.50` stays `1.50`, `Add(1,2)` prints `3`).

/** A 64-bit integer (integer literals, IndexOf, Length, RowCount). */
export interface IntValue {
  t: 'int';
  v: bigint;
}

/** A decimal: `u` scaled down by 10^`s` (decimal literals keep their scale: `0.0`). */
export interface DecValue {
  t: 'dec';
  u: bigint;
  s: number;
}

/** A double (results of Add, Subtract, Multiply, Divide, Mod). */
export interface DblValue {
  t: 'dbl';
  v: number;
}

/** An instant with the UTC offset it is shown in (minutes). */
export interface DateValue {
  t: 'date';
  ms: number;
  off: number;
}

/** One data extension row: fields keep their declared order and names. */
export interface RowValue {
  t: 'row';
  fields: { name: string; value: AValue }[];
}

export interface RowsetValue {
  t: 'rows';
  rows: RowValue[];
}

/** `null` is an unset variable or a missing value (not the empty string). */
export type AValue = null | string | boolean | IntValue | DecValue | DblValue | DateValue | RowValue | RowsetValue;

export const int = (v: bigint | number): IntValue => ({ t: 'int', v: BigInt(v) });
export const dbl = (v: number): DblValue => ({ t: 'dbl', v });
