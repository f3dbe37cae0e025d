// The integrity check run on every emitted template: each part parses with handlebars.js
// (so every block is closed, in order), passes the SendGrid lint (so no text became a live
// tag: a stray `{{x}}` would be an unqualified path or an unknown helper), and holds no
// render placeholder.
import { PART_NAMES } from '../../ir/nodes.js';
import { containsPlaceholder } from '../../render/placeholder.js';
import type { EmittedParts } from '../target.js';
import { lintHandlebars } from './lint-handlebars.js';

export function checkIntegrity(emitted: EmittedParts): string[] {
  const problems: string[] = [];
  for (const part of PART_NAMES) {
    const code = emitted[part];
    if (containsPlaceholder(code)) problems.push(`${part}: a render placeholder was not replaced`);
    for (const p of lintHandlebars(code)) problems.push(`${part} ${p.line}:${p.column}: ${p.rule}: ${p.message}`);
  }
  return problems;
}
