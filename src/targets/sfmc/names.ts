// AMPscript variable names: letters, digits and underscores, compared without case, so
// two names that differ only in case would be one variable. The allocator hands out
// readable names derived from what they hold, made unique case-insensitively.

export class VariableNames {
  private readonly taken = new Set<string>();

  /** A fresh `@name` built from `hint` (e.g. an attribute name). */
  fresh(hint: string): string {
    let base = hint.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').replace(/_+/g, '_') || 'v';
    if (!/^[A-Za-z_]/.test(base)) base = `v_${base}`;
    let name = base;
    for (let i = 2; this.taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
    this.taken.add(name.toLowerCase());
    return `@${name}`;
  }
}
