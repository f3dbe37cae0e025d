import type { MessageDef } from '../catalog.js';

// Diagnostics of the amp area. Codes are stable: tests and users refer to them.
export const ampMessages = {
} satisfies Record<string, MessageDef>;
