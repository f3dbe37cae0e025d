import type { MessageDef } from '../catalog.js';

// Diagnostics of the braze area. Codes are stable: tests and users refer to them.
export const brazeMessages = {
} satisfies Record<string, MessageDef>;
