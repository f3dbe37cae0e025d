import type { MessageDef } from '../catalog.js';

// Diagnostics of the build area. Codes are stable: tests and users refer to them.
export const buildMessages = {
} satisfies Record<string, MessageDef>;
