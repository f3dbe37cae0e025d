// The catalog joins one message file per area by spreading them: a code defined by two
// areas would silently take the later area's message. Each code has one owner.
import { describe, expect, it } from 'vitest';
import { ampMessages } from '../../src/diagnostics/messages/amp.js';
import { brazeMessages } from '../../src/diagnostics/messages/braze.js';
import { buildMessages } from '../../src/diagnostics/messages/build.js';
import { irMessages } from '../../src/diagnostics/messages/ir.js';
import { mailchimpMessages } from '../../src/diagnostics/messages/mailchimp.js';
import { parseMessages } from '../../src/diagnostics/messages/parse.js';
import { renderMessages } from '../../src/diagnostics/messages/render.js';
import { sendgridMessages } from '../../src/diagnostics/messages/sendgrid.js';
import { sfmcMessages } from '../../src/diagnostics/messages/sfmc.js';
import { sourceMessages } from '../../src/diagnostics/messages/source.js';

const AREAS: Record<string, object> = {
  source: sourceMessages,
  parse: parseMessages,
  ir: irMessages,
  render: renderMessages,
  sfmc: sfmcMessages,
  mailchimp: mailchimpMessages,
  braze: brazeMessages,
  sendgrid: sendgridMessages,
  amp: ampMessages,
  build: buildMessages,
};

describe('diagnostic catalog', () => {
  it('defines each code in one area only', () => {
    const owners = new Map<string, string[]>();
    for (const [area, messages] of Object.entries(AREAS)) {
      for (const code of Object.keys(messages)) owners.set(code, [...(owners.get(code) ?? []), area]);
    }
    const shared = [...owners].filter(([, areas]) => areas.length > 1).map(([code, areas]) => `${code}: ${areas.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
