// The key of a template's entry in the build cache: a sha256 over everything the compiler
// receives for it, except the components and files it turns out to use (those are
// recorded in the entry and checked on every lookup, see inputs.ts):
//   - the cache format and the tool (version, code, dependency versions: tool-identity.ts);
//   - the runtime: Node version, time zone, locale (environment.ts);
//   - the project root (includes and image files resolve from it);
//   - the resolved configuration and the selected targets;
//   - the rules as loaded: attributes, segments and content rules, positions included
//     (the in-memory model of attributes.yaml, segments.yaml and content.yaml, which is all
//     the compiler sees of them);
//   - the template's file, name and text.
// Sample profiles (fixtures) are not part of it: the build never reads them.
import { createHash } from 'node:crypto';
import type { Project, TargetId, TemplateSource } from '../source/model.js';
import { runtimeEnvironment } from './environment.js';

/** Bumped whenever the entry layout or the key's recipe changes. */
export const CACHE_FORMAT = 2;

/** The part of every template's key that the whole build shares. */
export function projectKey(project: Project, targets: readonly TargetId[], tool: string): string {
  const { cache: _cache, ...config } = project.config;
  return sha256(
    stableJson({
      format: CACHE_FORMAT,
      tool,
      runtime: runtimeEnvironment(),
      root: project.root,
      config,
      targets,
      attributes: project.attributes,
      segments: project.segments,
      content: project.content,
    }),
  );
}

export function templateKey(sharedKey: string, template: TemplateSource): string {
  return sha256(`${sharedKey}\u0000${template.file}\u0000${template.name}\u0000${template.text}`);
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * JSON that keeps what plain JSON would lose: Maps and Sets in their order. Anything that
 * is not data (a function, a symbol) is a bug in the caller: hashing it silently would
 * make two different inputs look the same.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { $map: [...v.entries()] };
    if (v instanceof Set) return { $set: [...v.values()] };
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') throw new Error(`cannot hash a ${typeof v} in a cache key`);
    return v;
  });
}
