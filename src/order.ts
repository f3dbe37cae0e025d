// The one string order of everything Tailor lists or writes (files read, diagnostics,
// manifest entries, data keys): by UTF-16 code units, so every machine orders alike
// (localeCompare would follow the machine's language settings).

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
