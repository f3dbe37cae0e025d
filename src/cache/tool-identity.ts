// What the build cache knows of the tool itself. An entry is reused only by the same
// tool: the same version, the same code (every file of the folder this module runs from,
// lib/ when installed, src/ when run from source, and the JSON schemas) and the same
// installed version of each runtime dependency (an mjml upgrade changes the HTML). A
// rebuilt, patched or upgraded tool therefore starts from a cold cache.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolVersion } from '../commands/project.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));
const SCHEMA_DIR = path.join(PACKAGE_ROOT, 'schemas');

let codeAndDependencies: string | undefined;

/** A hash naming this exact tool: version, code, schemas and dependency versions. */
export function toolIdentity(): string {
  codeAndDependencies ??= hashCodeAndDependencies();
  // The version is read on every call (it is cached where it is read) so that it stays
  // the one the manifest records.
  return createHash('sha256').update(`${toolVersion()}\u0000${codeAndDependencies}`).digest('hex');
}

function hashCodeAndDependencies(): string {
  const hash = createHash('sha256');
  for (const dir of [CODE_DIR, SCHEMA_DIR]) {
    for (const file of listFiles(dir)) {
      hash.update(`${path.relative(PACKAGE_ROOT, file)}\u0000`);
      hash.update(readFileSync(file));
      hash.update('\u0000');
    }
  }
  const pkg = readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8');
  hash.update(pkg);
  const dependencies = Object.keys((JSON.parse(pkg) as { dependencies?: Record<string, string> }).dependencies ?? {}).sort();
  for (const name of dependencies) hash.update(`\u0000${name}@${installedVersion(name)}`);
  return hash.digest('hex');
}

/** Code files under `dir`, sorted; type declarations and source maps change nothing that runs. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile() && !/\.d\.ts$|\.map$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** The version Node's resolution would load: the nearest node_modules/<name> above the package. */
function installedVersion(name: string): string {
  for (let dir = PACKAGE_ROOT; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) {
      try {
        return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version);
      } catch {
        return 'unreadable';
      }
    }
    if (path.dirname(dir) === dir) return 'missing';
  }
}
