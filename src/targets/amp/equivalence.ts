// The amp target's equivalence rule, for `tailor verify` and the tests:
// for a template and a profile, the AMP part executed as a client would (ESP merge, the
// endpoint's JSON from the resolver, mustache.js) offers the same visible text and links
// as MJML's HTML of the template evaluated by the reference evaluator. With the endpoint
// failing, it offers what a profile with no data gets.
import type { Profile } from '../../source/model.js';
import type { RenderedTemplate, TargetContext } from '../target.js';
import { ampTarget, executeAmpWithoutEndpoint } from './index.js';
import { compareVisible, referenceHtml, type AmpComparison } from './reference.js';

export async function ampEquivalence(template: RenderedTemplate, profile: Profile, ctx: TargetContext): Promise<AmpComparison> {
  const emitted = ampTarget.emit(template, ctx);
  const executed = await ampTarget.execute(emitted, profile, ctx, template);
  return compareVisible(executed.html, await referenceHtml(template.ir.body, profile.data));
}

/** The AMP part with every amp-list failing, against the reference for a profile without data. */
export async function ampFallbackEquivalence(template: RenderedTemplate, ctx: TargetContext): Promise<AmpComparison> {
  const emitted = ampTarget.emit(template, ctx);
  const executed = executeAmpWithoutEndpoint(emitted, ctx);
  return compareVisible(executed.html, await referenceHtml(template.ir.body, {}));
}
