import type { MessageDef } from '../catalog.js';

// Diagnostics of the mailchimp area. Codes are stable: tests and users refer to them.
export const mailchimpMessages = {
} satisfies Record<string, MessageDef>;
