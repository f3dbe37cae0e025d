import type { MessageDef } from '../catalog.js';

// Diagnostics of the sfmc area. Codes are stable: tests and users refer to them.
export const sfmcMessages = {
} satisfies Record<string, MessageDef>;
