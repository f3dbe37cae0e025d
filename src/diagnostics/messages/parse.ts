import type { MessageDef } from '../catalog.js';

// Diagnostics of the parse area. Codes are stable: tests and users refer to them.
export const parseMessages = {
} satisfies Record<string, MessageDef>;
