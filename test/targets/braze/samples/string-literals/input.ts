// Comparison literals: inline with either quote kind, captured from raw text when they hold both or anything tag-like.
import { attr, cmp, iff, text } from '../../../../support/nodes.js';
import { profile, renderedFromParts } from '../../../../support/equivalence.js';

const first = attr('first_name');
const values = ['say "hi"', "O'Brien", `both ' and "`, '{% endraw %}', '${first_name}', 'a\\b', '100%}', ''];
export const description = 'string literals in both quote kinds, captured literals, the empty literal';
export const template = renderedFromParts({
  html: values.map((v, i) => iff([[cmp(first, i % 2 ? '!=' : '==', v), [text(`[${i}]`)]]])),
});
export const profiles = [profile({}, 'none'), ...values.filter((v) => v !== '').map((v, i) => profile({ first_name: v }, `value-${i}`))];
