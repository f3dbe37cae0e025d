// A faster equal of mjml-core's buildFontsTags, which decides which fonts of the `fonts`
// option the document uses by running, for each font, a backtracking regex
// (`"[^"]*font-family:[^"]*<name>[^"]*"`, case-insensitive) over the whole HTML. A font
// whose name does not occur anywhere in the document (case-insensitively) cannot match:
// it is left out before mjml's own function runs on the rest. The filter only trusts
// names of ASCII letters, digits, spaces, `_` and `-` (mjml puts the name in its regex
// unescaped, so other characters may mean something else there); other names always go
// through to mjml's test.

type BuildFontsTags = (content: string, inlineStyle: string[], fonts?: Record<string, string>) => string;

const PLAIN_NAME = /^[A-Za-z0-9 _-]+$/;

/** The name as a case-insensitive literal (its characters mean themselves in a regex). */
const occurrence = new Map<string, RegExp>();

export function fastBuildFontsTags(original: BuildFontsTags): BuildFontsTags {
  return (content, inlineStyle, fonts = {}) => {
    const candidates: Record<string, string> = {};
    for (const [name, url] of Object.entries(fonts)) {
      if (PLAIN_NAME.test(name)) {
        let pattern = occurrence.get(name);
        if (!pattern) occurrence.set(name, (pattern = new RegExp(name, 'i')));
        if (!pattern.test(content) && !inlineStyle.some((s) => pattern.test(s))) continue;
      }
      candidates[name] = url;
    }
    return original(content, inlineStyle, candidates);
  };
}
