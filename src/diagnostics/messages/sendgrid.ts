import type { MessageDef } from '../catalog.js';

// Diagnostics of the sendgrid area. Codes are stable: tests and users refer to them.
export const sendgridMessages = {
} satisfies Record<string, MessageDef>;
