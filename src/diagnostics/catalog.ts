// The message catalog: every diagnostic code, its default severity, message and hint.
// One file per area under ./messages; this file only joins them.
import { ampMessages } from './messages/amp.js';
import { brazeMessages } from './messages/braze.js';
import { buildMessages } from './messages/build.js';
import { irMessages } from './messages/ir.js';
import { mailchimpMessages } from './messages/mailchimp.js';
import { parseMessages } from './messages/parse.js';
import { renderMessages } from './messages/render.js';
import { sendgridMessages } from './messages/sendgrid.js';
import { sfmcMessages } from './messages/sfmc.js';
import { sourceMessages } from './messages/source.js';

export interface MessageDef {
  severity: 'error' | 'warning' | 'info';
  /** May contain `{name}` placeholders filled from the diagnostic's arguments. */
  message: string;
  hint?: string;
}

export const CATALOG = {
  ...sourceMessages,
  ...parseMessages,
  ...irMessages,
  ...renderMessages,
  ...sfmcMessages,
  ...mailchimpMessages,
  ...brazeMessages,
  ...sendgridMessages,
  ...ampMessages,
  ...buildMessages,
} satisfies Record<string, MessageDef>;

export type DiagnosticCode = keyof typeof CATALOG;
