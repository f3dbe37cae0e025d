// templates/*.mjml and components/*.mjml: listed and read, parsed later.
import path from 'node:path';
import { diag, fileSpan, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../ir/nodes.js';
import { joinRelative, listFiles, readText } from './files.js';
import type { SourceFile } from './model.js';

/** A template or component source: its file stem is its name. */
export interface MjmlFile extends SourceFile {
  name: string;
}

export interface MjmlFolder {
  files: MjmlFile[];
  diagnostics: Diagnostic[];
  /** The folder and every file read in it. */
  read: string[];
  /** The folder exists. */
  present: boolean;
}

/** Reads every `*.mjml` directly inside `dir`, sorted by name. */
export async function readMjmlFolder(root: string, dir: string): Promise<MjmlFolder> {
  const listing = await listFiles(path.join(root, dir));
  if (listing.kind === 'absent') return { files: [], diagnostics: [], read: [dir], present: false };
  if (listing.kind === 'error') {
    return { files: [], diagnostics: [diag('file-unreadable', fileSpan(dir), { file: dir, reason: listing.reason })], read: [dir], present: true };
  }
  const names = listing.files.filter((name) => name.endsWith('.mjml'));
  const results = await Promise.all(names.map((name) => readText(path.join(root, dir, name))));
  const files: MjmlFile[] = [];
  const diagnostics: Diagnostic[] = [];
  names.forEach((name, i) => {
    const file = joinRelative(dir, name);
    const result = results[i]!;
    if (result.kind === 'ok') files.push({ name: name.slice(0, -'.mjml'.length), file, text: result.text });
    else diagnostics.push(diag('file-unreadable', fileSpan(file), { file, reason: result.kind === 'error' ? result.reason : 'it disappeared while reading' }));
  });
  return { files, diagnostics, read: [dir, ...names.map((name) => joinRelative(dir, name))], present: true };
}

/**
 * The templates folder must exist and should hold at least one template.
 * @param configured where the config names the folder, when it does
 */
export function templateFolderDiagnostics(folder: MjmlFolder, dir: string, configured?: Span): Diagnostic[] {
  if (!folder.present) return [diag('templates-dir-missing', configured ?? fileSpan(dir), { dir })];
  if (folder.files.length === 0 && folder.diagnostics.length === 0) return [diag('no-templates', fileSpan(dir), { dir })];
  return [];
}
