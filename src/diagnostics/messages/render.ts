import type { MessageDef } from '../catalog.js';

// Diagnostics of the render area. Codes are stable: tests and users refer to them.
export const renderMessages = {
} satisfies Record<string, MessageDef>;
