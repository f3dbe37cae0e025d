// The reference the AMP part is held to: the template's MJML evaluated for a profile by
// the reference evaluator, then rendered by MJML itself. The AMP part, executed for the
// same profile, must offer the same visible text and links (visible.ts).
import mjml2html from 'mjml';
import { evaluate } from '../../ir/evaluate.js';
import type { Node } from '../../ir/nodes.js';
import type { Profile } from '../../source/model.js';
import { visibleTextAndLinks, type VisibleContent } from './visible.js';

/** MJML's HTML for `body` (the template's MJML IR) evaluated for `profile`. */
export async function referenceHtml(body: Node[], profile: Profile['data']): Promise<string> {
  let source = evaluate(body, profile);
  if (!/<mjml[\s>]/.test(source)) source = /<mj-body[\s>]/.test(source) ? `<mjml>${source}</mjml>` : `<mjml><mj-body>${source}</mj-body></mjml>`;
  const result = await mjml2html(source, { validationLevel: 'skip', keepComments: false });
  return result.html;
}

export interface AmpComparison {
  equal: boolean;
  reference: VisibleContent;
  amp: VisibleContent;
}

/** Compares an executed AMP part with the reference HTML on visible text and links. */
export function compareVisible(ampHtml: string, referenceHtmlText: string): AmpComparison {
  const amp = visibleTextAndLinks(ampHtml);
  const reference = visibleTextAndLinks(referenceHtmlText);
  const equal = amp.text === reference.text && amp.links.length === reference.links.length && amp.links.every((l, i) => l === reference.links[i]);
  return { equal, reference, amp };
}
