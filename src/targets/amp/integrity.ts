// The integrity check of an emitted AMP part: no internal placeholder is left, the ESP
// protection (recognisable from the document) undoes cleanly with the ESP's engine, and
// every amp-mustache template parses with balanced sections.
import { mustache } from './document.js';
import { simulateEspMerge, SFMC_GTL_SWITCH, type SendVia } from './esp.js';

const TEMPLATES = /<template type="amp-mustache">([\s\S]*?)<\/template>|<script type="text\/plain" template="amp-mustache">([\s\S]*?)<\/script>/g;

export function ampIntegrity(html: string): string[] {
  const problems: string[] = [];
  if (/[\uE000-\uE002]/.test(html)) problems.push('an internal placeholder is left in the AMP part');
  const esp: SendVia = html.startsWith('{% raw %}') ? 'braze' : html.includes('\\{{') ? 'sendgrid' : 'none';
  let merged = html;
  try {
    merged = simulateEspMerge(html, esp);
  } catch (e) {
    problems.push(`the ${esp} protection of amp-mustache does not parse: ${(e as Error).message}`);
  }
  if (!merged.replace(`${SFMC_GTL_SWITCH}\n`, '').startsWith('<!doctype html>')) problems.push('the AMP part does not start with <!doctype html>');
  for (const m of merged.matchAll(TEMPLATES)) {
    try {
      mustache().parse(m[1] ?? m[2] ?? '');
    } catch (e) {
      problems.push(`an amp-mustache template does not parse: ${(e as Error).message}`);
    }
  }
  return problems;
}
