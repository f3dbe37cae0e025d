// How two renders are compared: HTML entities decoded, whitespace runs collapsed to
// one space, ends trimmed. Engines differ in harmless ways (`&quot;` vs `&#34;`,
// line breaks around tags); they must not differ in anything a reader sees.
import { decodeHTML } from 'entities';

export function normalizeForCompare(s: string): string {
  return decodeHTML(s).replace(/\s+/g, ' ').trim();
}
