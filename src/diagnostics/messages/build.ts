import type { MessageDef } from '../catalog.js';

// Diagnostics of the analyze, emit, write and verify phases. Codes are stable.
export const buildMessages = {
  'target-unsupported-feature': {
    severity: 'error',
    message: 'The {target} target cannot express {feature}: {note}',
  },
  'integrity-failed': {
    severity: 'error',
    message: 'Internal check failed for {target} output of this template: {problem}',
    hint: 'This is a bug in Tailor; please report it with this template.',
  },
  'template-not-found': {
    severity: 'error',
    message: 'No template named "{name}"',
    hint: 'Templates are the files in the templates folder; available: {available}',
  },
  'profile-not-found': {
    severity: 'error',
    message: 'No fixture profile named "{name}"',
    hint: 'Profiles are the files in the fixtures folder; available: {available}',
  },
  'verify-mismatch': {
    severity: 'error',
    message: '{target} {part} for profile "{profile}" differs from the preview',
  },
} satisfies Record<string, MessageDef>;
