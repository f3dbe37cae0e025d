// The one `<style amp-custom>` of the AMP part. Generated styles become classes (one per
// distinct declaration list) rather than style attributes: the 75,000-byte CSS budget
// counts both, and a class is written once however many elements use it.
//
// Layout is mobile first: a column is full width by default, and only a min-width media
// query gives it its desktop width. Nothing relies on overriding an inline style, so no
// `!important` is needed (AMP forbids it).

export type Declarations = Record<string, string | undefined | null | false>;

/** `{a: '1', b: undefined}` -> `a:1` (empty values skipped, order kept). */
export function declarations(decls: Declarations): string {
  return Object.entries(decls)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')
    .map(([k, v]) => `${k}:${v.trim()}`)
    .join(';');
}

export class StyleSheet {
  private readonly classes = new Map<string, string>();
  private readonly widths = new Map<string, string>();
  private flex = false;
  /** Sanitised user CSS from mj-style, written after the generated rules so it wins ties. */
  userCss = '';

  constructor(private readonly breakpoint: () => string) {}

  /** The class holding `decls` (already sanitised); '' when there is nothing to style. */
  classFor(decls: string): string {
    if (!decls) return '';
    let name = this.classes.get(decls);
    if (!name) {
      name = `s${this.classes.size + 1}`;
      this.classes.set(decls, name);
    }
    return name;
  }

  /** The class giving a column its desktop width (e.g. `50%`, `200px`). */
  widthClass(width: string): string {
    let name = this.widths.get(width);
    if (!name) {
      name = `w${this.widths.size + 1}`;
      this.widths.set(width, name);
    }
    return name;
  }

  /**
   * Classes for a row whose number of columns depends on the recipient (columns in an if
   * or a loop): on wide screens the row is a flex box and columns without a width share it
   * equally, as MJML's equal split does for the columns actually rendered.
   */
  flexRow(): { row: string; column: string; fixed: string } {
    this.flex = true;
    return { row: 'fx', column: 'fc', fixed: 'fn' };
  }

  css(): string {
    let out = 'body{margin:0;padding:0;word-spacing:normal}.tc{display:inline-block;vertical-align:top;width:100%;font-size:0;text-align:left}';
    for (const [decls, name] of this.classes) out += `.${name}{${decls}}`;
    if (this.widths.size || this.flex) {
      out += `@media (min-width:${this.breakpoint()}){`;
      for (const [width, name] of this.widths) out += `.${name}{width:${width};max-width:${width}}`;
      if (this.flex) out += '.fx{display:flex}.fc{flex:1 1 0}.fn{flex:0 0 auto}';
      out += '}';
    }
    return out + this.userCss;
  }
}
