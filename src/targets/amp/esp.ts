// The AMP part goes through the sending ESP's template engine before it reaches the
// client. Two things follow:
// 1. the recipient token in the amp-list src is that ESP's merge tag, and
// 2. amp-mustache's {{ }} must survive ESPs whose own syntax uses braces.
//
// | sendVia   | token merge tag (URL-safe)                     | protection                                      |
// |-----------|------------------------------------------------|-------------------------------------------------|
// | sfmc      | %%=URLEncode(_subscriberkey,1,1)=%%            | GTL delimiter switch comment before the doctype |
// | mailchimp | *|UNIQID|*                                     | none needed (merge tags are *|...|*)            |
// | braze     | {{${user_id} | url_param_escape}}              | whole part in {% raw %}, token tag outside it   |
// | sendgrid  | {{amp_token}} (dynamic_template_data.amp_token)| every other "{{" written as "\{{"                |
// | none      | RECIPIENT_TOKEN (replace it when sending)      | none                                            |
import { createRequire } from 'node:module';
import type HandlebarsModule from 'handlebars';
import type { Liquid as LiquidEngine } from 'liquidjs';
import type { AmpTargetConfig } from '../../source/model.js';

export type SendVia = AmpTargetConfig['sendVia'];

// The engines load on first use: most builds never simulate an ESP's merge.
const requireHere = createRequire(import.meta.url);
let handlebarsModule: typeof HandlebarsModule | undefined;
let liquidEngine: typeof LiquidEngine | undefined;
const handlebars = (): typeof HandlebarsModule => (handlebarsModule ??= requireHere('handlebars') as typeof HandlebarsModule);
const liquid = (): typeof LiquidEngine => (liquidEngine ??= (requireHere('liquidjs') as { Liquid: typeof LiquidEngine }).Liquid);

export const TOKEN_MERGE_TAGS: Record<SendVia, string> = {
  sfmc: '%%=URLEncode(_subscriberkey,1,1)=%%',
  mailchimp: '*|UNIQID|*',
  braze: '{{${user_id} | url_param_escape}}',
  sendgrid: '{{amp_token}}',
  none: 'RECIPIENT_TOKEN',
};

/** Salesforce's documented switch of GTL delimiters for AMP parts (GTL would read amp-mustache's {{ }}). */
export const SFMC_GTL_SWITCH = '<!-- {{={< >}=}} -->';

/** Marks where the token merge tag goes while the document is protected. */
export const TOKEN_MARK = '\uE002';

/** Static text sequences each ESP would read as its own syntax (the protection does not cover them). */
export const ESP_DELIMITERS: Record<SendVia, string[]> = {
  sfmc: ['%%', '{<'],
  mailchimp: ['*|', '|*'],
  braze: ['endraw'],
  sendgrid: ['\\{{'],
  none: [],
};

/** Protects amp-mustache from the ESP and inserts its token merge tag at TOKEN_MARK. */
export function protectForEsp(doc: string, esp: SendVia): string {
  const tag = TOKEN_MERGE_TAGS[esp];
  switch (esp) {
    case 'sfmc':
      return `${SFMC_GTL_SWITCH}\n${doc}`.replaceAll(TOKEN_MARK, tag);
    case 'braze':
      return `{% raw %}${doc.replaceAll(TOKEN_MARK, `{% endraw %}${tag}{% raw %}`)}{% endraw %}`;
    case 'sendgrid':
      return doc.replaceAll('{{', '\\{{').replaceAll(TOKEN_MARK, tag);
    default:
      return doc.replaceAll(TOKEN_MARK, tag);
  }
}

/** The token used when a part is executed or validated "after the ESP merge". */
export const SAMPLE_TOKEN = 'tailor-sample-token';

/**
 * What the ESP sends for a recipient whose token is SAMPLE_TOKEN, computed with the ESP's
 * engine where one exists here (liquidjs for Braze's Liquid, handlebars for SendGrid):
 * the proof that the protection leaves amp-mustache intact.
 */
export function simulateEspMerge(doc: string, esp: SendVia): string {
  const tag = TOKEN_MERGE_TAGS[esp];
  switch (esp) {
    case 'sfmc':
      // No GTL or AMPscript engine here: the merge tag is substituted, and the switch
      // comment stays (the validator accepts a comment before the doctype).
      return doc.replaceAll(tag, SAMPLE_TOKEN);
    case 'braze':
      // Braze's ${user_id} is not standard Liquid: stand in for the attribute, then render.
      return new (liquid())().parseAndRenderSync(doc.replaceAll(tag, '{{ user_id | url_encode }}'), { user_id: SAMPLE_TOKEN });
    case 'sendgrid':
      return handlebars().compile(doc)({ amp_token: SAMPLE_TOKEN });
    default:
      return doc.replaceAll(tag, SAMPLE_TOKEN);
  }
}
