// tailor-email/amp: what an AMP for Email endpoint needs at run time.
//
//   import { loadAmpResolver, ampCorsHeaders } from 'tailor-email/amp';
//   const amp = await loadAmpResolver('dist/amp');          // reads <template>.resolver.json
//   const json = amp.resolve('newsletter', recipientProfile, url.searchParams.get('v'));
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
  /**
   * The response for `template` and a recipient, or null when there is no such template or
   * plan version. `version` is the `v` query parameter the AMP part sends; without it the
   * plan of the current build (`<template>.resolver.json`) answers.
   */
  resolve(template: string, profile: RecipientData, version?: string | null): AmpData | null;
}

/**
 * Loads every plan (`*.resolver.json`) of the given folders (default dist/amp). Keep the
 * plans of earlier builds in a folder of their own (any file name ending in
 * `.resolver.json`) and pass it too: emails already sent keep asking for their version.
 */
export async function loadAmpResolver(dirs: string | string[] = 'dist/amp'): Promise<AmpResolver> {
  const versions = new Map<string, Map<string, AmpDataPlan>>();
  const current = new Map<string, AmpDataPlan>();
  for (const dir of Array.isArray(dirs) ? dirs : [dirs]) {
    for (const name of (await readdir(dir)).sort()) {
      if (!name.endsWith(RESOLVER_SUFFIX)) continue;
      const plan = await loadAmpPlan(path.join(dir, name));
      if (!versions.has(plan.template)) versions.set(plan.template, new Map());
      versions.get(plan.template)!.set(plan.version, plan);
      if (name === `${plan.template}${RESOLVER_SUFFIX}` && !current.has(plan.template)) current.set(plan.template, plan);
    }
  }
  return {
    templates: [...versions.keys()].sort(),
    resolve(template, profile, version) {
      const plan = version ? versions.get(template)?.get(version) : current.get(template);
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
