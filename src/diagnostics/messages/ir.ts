import type { MessageDef } from '../catalog.js';

// Diagnostics of the ir area. Codes are stable: tests and users refer to them.
export const irMessages = {
} satisfies Record<string, MessageDef>;
