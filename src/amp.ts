// tailor-email/amp: what an AMP for Email endpoint needs at run time.
//
//   import { loadAmpResolver, ampCorsHeaders } from 'tailor-email/amp';
//   const amp = await loadAmpResolver('dist/amp');          // reads <template>.resolver.json
//   const json = amp.resolve('newsletter', recipientProfile); // the response for one recipient
//
// The response is computed by Tailor's reference evaluator, the one the preview uses, so
// what the AMP part shows a recipient is what `tailor render` shows for the same profile.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Profile } from './source/model.js';
import { PLAN_FORMAT, type AmpData, type AmpDataPlan } from './targets/amp/plan.js';
import { resolveAmpData } from './targets/amp/resolve.js';

export { resolveAmpData };
export type { AmpData, AmpDataPlan };

/** Profile data: attribute name (as in rules/attributes.yaml) -> value. */
export type RecipientData = Profile['data'];

const RESOLVER_SUFFIX = '.resolver.json';

/** Reads one compiled plan (dist/amp/<template>.resolver.json). */
export async function loadAmpPlan(file: string): Promise<AmpDataPlan> {
  const plan = JSON.parse(await readFile(file, 'utf8')) as AmpDataPlan;
  if (plan.format !== PLAN_FORMAT) throw new Error(`${file}: not a Tailor AMP data plan (format ${String(plan.format)})`);
  return plan;
}

export interface AmpResolver {
  /** Template names with a plan. */
  templates: string[];
  /** The response for `template` and a recipient, or null for an unknown template. */
  resolve(template: string, profile: RecipientData): AmpData | null;
}

/** Loads every plan of a build's AMP folder (default dist/amp). */
export async function loadAmpResolver(dir = 'dist/amp'): Promise<AmpResolver> {
  const plans = new Map<string, AmpDataPlan>();
  for (const name of (await readdir(dir)).sort()) {
    if (name.endsWith(RESOLVER_SUFFIX)) plans.set(name.slice(0, -RESOLVER_SUFFIX.length), await loadAmpPlan(path.join(dir, name)));
  }
  return {
    templates: [...plans.keys()],
    resolve(template, profile) {
      const plan = plans.get(template);
      return plan ? resolveAmpData(plan, profile) : null;
    },
  };
}

export interface CorsRequest {
  /** Request headers, lower-case names (Node's IncomingMessage.headers). */
  headers: Record<string, string | string[] | undefined>;
  /** The request URL (path and query are enough). */
  url: string;
}

function header(req: CorsRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The CORS response headers AMP for Email requires, or null when the request must be
 * refused (no AMP headers, or a sender you did not list).
 * - v2: the client sends `AMP-Email-Sender`; answer `AMP-Email-Allow-Sender` with it.
 * - v1: the client sends `Origin` and appends `__amp_source_origin=<sender>`; answer
 *   `Access-Control-Allow-Origin: <Origin>`, `AMP-Access-Control-Allow-Source-Origin: <sender>`,
 *   `Access-Control-Expose-Headers: AMP-Access-Control-Allow-Source-Origin`, and
 *   `Access-Control-Allow-Credentials: true` (Yahoo Mail sends `Origin: null` and needs it).
 */
export function ampCorsHeaders(req: CorsRequest, allowedSenders: readonly string[]): Record<string, string> | null {
  const allowed = new Set(allowedSenders.map((s) => s.toLowerCase()));
  const sender = header(req, 'amp-email-sender');
  if (sender !== undefined) return allowed.has(sender.toLowerCase()) ? { 'AMP-Email-Allow-Sender': sender } : null;
  const origin = header(req, 'origin');
  const source = new URL(req.url, 'https://endpoint.invalid').searchParams.get('__amp_source_origin');
  if (origin === undefined || source === null || !allowed.has(source.toLowerCase())) return null;
  return {
    'Access-Control-Allow-Origin': origin,
    'AMP-Access-Control-Allow-Source-Origin': source,
    'Access-Control-Expose-Headers': 'AMP-Access-Control-Allow-Source-Origin',
    'Access-Control-Allow-Credentials': 'true',
  };
}
