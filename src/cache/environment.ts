// What of the machine a build runs on can change its output, for the cache key: the Node
// version (V8's regular expressions, Intl data), the time zone (a date without an offset
// is read as local time) and the default locale. And what the cache cannot account for:
// mjml registers the custom components listed in a .mjmlconfig in the working directory
// when it loads, code Tailor does not see; with one there, the cache stays off.
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface RuntimeEnvironment {
  node: string;
  timeZone: string;
  locale: string;
}

export function runtimeEnvironment(): RuntimeEnvironment {
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  return { node: process.version, timeZone: resolved.timeZone, locale: resolved.locale };
}

/** Why the cache cannot be trusted in this process, or null. */
export function cacheBlocker(cwd: string = process.cwd()): string | null {
  return existsSync(path.join(cwd, '.mjmlconfig')) ? 'a .mjmlconfig in the working directory adds custom MJML components' : null;
}
