// Runs an AMP part the way a mail client does at open time, without a network: each
// amp-list is replaced by its amp-mustache template rendered (mustache.js) over the
// endpoint's response, or, when the fetch fails, by its fallback.
import { renderMustache } from './document.js';
import type { AmpData } from './plan.js';

// The emitter writes each amp-list as: template, placeholder, fallback (document.ts).
const AMP_LIST =
  /<amp-list\b[^>]*>(?:<template type="amp-mustache">([\s\S]*?)<\/template>|<script type="text\/plain" template="amp-mustache">([\s\S]*?)<\/script>)<div placeholder[^>]*>[\s\S]*?<\/div><div fallback>([\s\S]*?)<\/div><\/amp-list>/g;

/** The document as a recipient sees it once every amp-list has loaded `data` (or failed, with null). */
export function renderAmpLists(doc: string, data: AmpData | null): string {
  return doc.replace(AMP_LIST, (_all, template: string | undefined, script: string | undefined, fallback: string) => {
    if (data === null) return `<div>${fallback}</div>`;
    return `<div>${renderMustache(template ?? script ?? '', data)}</div>`;
  });
}
