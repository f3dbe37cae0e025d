// The `sendgrid` target: SendGrid dynamic templates (Handlebars with SendGrid's helpers).
//
// check() and emit() share one lowering (./emit.ts): conditions become nested SendGrid
// block helpers (./conditions.ts), outputs `{{@root.x}}` / `{{{@root.x}}}` with explicit
// fallbacks (./lower.ts), static text is protected last (./static-text.ts). execute() runs
// the code with handlebars.js and an emulation of SendGrid's helpers (./helpers.ts) over the
// dynamic_template_data built from the profile (./data.ts). Beside the parts, each template
// gets `<name>.template-data.json`: the data keys its code reads (./data-keys.ts).
import type { Target } from '../target.js';
import { templateDataFile } from './data-keys.js';
import { checkTemplate, emitTemplate } from './emit.js';
import { checkIntegrity } from './integrity.js';

export const sendgridTarget: Target = {
  id: 'sendgrid',
  title: 'SendGrid dynamic templates (Handlebars)',
  htmlExtension: '.html',
  check: checkTemplate,
  emit: emitTemplate,
  integrity: checkIntegrity,
  extraFiles: (template, _emitted, ctx) => [templateDataFile(template, ctx)],
  // Loaded on first use (handlebars): a build never runs the code.
  async execute(emitted, profile, ctx, template) {
    const { executeSendgrid } = await import('./execute.js');
    return executeSendgrid(emitted, profile, ctx, template);
  },
};
