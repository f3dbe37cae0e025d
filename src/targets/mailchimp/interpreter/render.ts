// Running parsed merge tags for one recipient, as Tailor models Mailchimp:
//
// - a field prints its value; an unknown or empty field prints nothing (documented for
//   Mailchimp Transactional; assumed for Mailchimp Marketing);
// - in the HTML part, a field's value is HTML-encoded (& < > " '); elsewhere it is
//   printed as is (UNVERIFIED: inferred from the existence of *|HTML:TAG|* for raw HTML);
// - values are inserted, never read again as merge tags (UNVERIFIED);
// - IF:T holds when T is non-empty (whitespace-only and "0" count as values: UNVERIFIED);
// - IF:T=v is false when T is empty (documented); otherwise it compares the texts;
// - where the answer would depend on what nobody has documented (letter case or spaces in
//   `=`, `!=` on an empty field) the interpreter throws UnverifiedBehaviourError instead
//   of guessing, so emitted code that relies on it fails its tests.
import { escapeHtml } from '../../../ir/evaluate.js';
import { looseKey } from '../tags.js';
import { UnverifiedBehaviourError } from './errors.js';
import type { MergeNode, MergeTest } from './parse.js';

export interface RenderOptions {
  /** HTML-encode field values (the HTML part). */
  encodeValues: boolean;
}

export function renderMergeNodes(nodes: MergeNode[], fields: ReadonlyMap<string, string>, options: RenderOptions): string {
  let out = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out += node.text;
        break;
      case 'field': {
        const value = fields.get(node.tag) ?? '';
        out += options.encodeValues ? escapeHtml(value) : value;
        break;
      }
      case 'if': {
        const taken = node.clauses.find((c) => holds(c.test, fields));
        const body = taken ? taken.body : node.otherwise;
        if (body) out += renderMergeNodes(body, fields, options);
        break;
      }
    }
  }
  return out;
}

function holds(test: MergeTest, fields: ReadonlyMap<string, string>): boolean {
  const value = fields.get(test.tag) ?? '';
  switch (test.kind) {
    case 'present':
      return value !== '';
    case 'absent':
      return value === '';
    case 'equals':
      return value !== '' && sameText(value, test.value, test.tag);
    case 'notEquals':
      if (value === '') throw new UnverifiedBehaviourError(`*|IF:${test.tag}!=${test.value}|* on an empty ${test.tag}: undocumented in Mailchimp`);
      return !sameText(value, test.value, test.tag);
  }
}

function sameText(value: string, literal: string, tag: string): boolean {
  const exact = value === literal;
  if (exact !== (looseKey(value) === looseKey(literal))) {
    throw new UnverifiedBehaviourError(
      `${tag}: whether "${value}" equals "${literal}" depends on Mailchimp's handling of letter case and spaces (undocumented)`,
    );
  }
  return exact;
}
