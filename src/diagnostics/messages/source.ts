import type { MessageDef } from '../catalog.js';

// Diagnostics of the source area. Codes are stable: tests and users refer to them.
export const sourceMessages = {
} satisfies Record<string, MessageDef>;
