// The ready-to-send test messages of `eml: true`: per template and string target, a
// multipart/alternative .eml holding that target's text part, the AMP part protected for
// that ESP's template language, and that target's HTML part, in that order. Written only
// when the amp target is built too (the AMP part comes from it).
import type { CompiledTemplate } from '../compile.js';
import { targetContext } from '../compile.js';
import type { Project, TargetId } from '../source/model.js';
import { emitAmpFor } from '../targets/amp/index.js';
import { buildEml } from './eml.js';
import type { OutputFile } from './manifest.js';

export function emlFilesFor(project: Project, t: CompiledTemplate, targets: readonly TargetId[]): OutputFile[] {
  if (!targets.includes('amp') || !t.emitted.amp) return [];
  const ctx = targetContext(project);
  const files: OutputFile[] = [];
  for (const id of targets) {
    if (id === 'amp') continue;
    const emitted = t.emitted[id];
    if (!emitted) continue;
    const content = buildEml({
      subject: emitted.subject,
      text: emitted.text,
      ampHtml: emitAmpFor(t.ir, ctx, id),
      html: emitted.html,
    });
    files.push({ target: id, template: t.name, part: 'eml', path: `${id}/${t.name}.eml`, content });
  }
  return files;
}
