// The `tailor` command line. Exit codes: 0 success, 1 user errors (diagnostics, verify
// mismatches), 2 usage, configuration or internal failures.
import { build } from '../commands/build.js';
import { projectReader, toolVersion } from '../commands/project.js';
import { render } from '../commands/render.js';
import { verify, type VerifyResult } from '../commands/verify.js';
import { UsageError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, type DiagnosticFormat } from '../diagnostics/format.js';
import { PART_NAMES, type PartName } from '../ir/nodes.js';
import { TARGET_IDS, type TargetId } from '../source/model.js';
import path from 'node:path';
import { expectFlags, flag, listFlag, parseArgs, type ParsedArgs } from './args.js';

const HELP = `tailor — compile personalized email for every ESP

Usage:
  tailor build   [--target id,...] [--root dir] [--out dir] [--config file] [--format stylish|json] [--no-cache]
  tailor render  <template> --profile <fixture> [--target id] [--part html|text|subject|preheader] [--root dir]
  tailor verify  [--target id,...] [--template name,...] [--root dir] [--format stylish|json]
  tailor --version | --help

Targets: ${TARGET_IDS.join(', ')}
Exit codes: 0 ok, 1 errors in the sources or verify mismatches, 2 usage/config/internal failure.
`;

const SWITCHES = new Set(['help', 'version', 'quiet', 'no-cache']);

export interface CliIO {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

export async function main(argv: string[], io: CliIO = { out: process.stdout, err: process.stderr }): Promise<number> {
  try {
    const args = parseArgs(argv, SWITCHES);
    if (flag(args, 'version')) {
      io.out.write(`${toolVersion()}\n`);
      return 0;
    }
    if (flag(args, 'help') || args.command === undefined || args.command === 'help') {
      io.out.write(HELP);
      return args.command === undefined && !flag(args, 'help') ? 2 : 0;
    }
    switch (args.command) {
      case 'build':
        return await runBuild(args, io);
      case 'render':
        return await runRender(args, io);
      case 'verify':
        return await runVerify(args, io);
      default:
        throw new UsageError(`unknown command "${args.command}" (try tailor --help)`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err.write(`tailor: ${err.message}\n`);
      return 2;
    }
    const e = err as Error;
    io.err.write(`tailor: internal error: ${e.stack ?? e.message}\nThis is a bug in Tailor. Please report it with the command and sources that caused it.\n`);
    return 2;
  }
}

function targetsFlag(args: ParsedArgs): TargetId[] | undefined {
  const ids = listFlag(args, 'target');
  if (!ids) return undefined;
  for (const id of ids) if (!(TARGET_IDS as readonly string[]).includes(id)) throw new UsageError(`unknown target "${id}" (known: ${TARGET_IDS.join(', ')})`);
  return ids as TargetId[];
}

function formatFlag(args: ParsedArgs): DiagnosticFormat {
  const format = flag(args, 'format') ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`--format must be stylish or json`);
  return format;
}

function printDiagnostics(diagnostics: Diagnostic[], root: string, format: DiagnosticFormat, stream: NodeJS.WritableStream): void {
  if (diagnostics.length === 0) return;
  stream.write(formatDiagnostics(diagnostics, format, projectReader(root), format === 'stylish' && Boolean((stream as { isTTY?: boolean }).isTTY)));
}

function projectOptions(args: ParsedArgs): { root: string; config?: string } {
  const root = path.resolve(flag(args, 'root') ?? '.');
  const config = flag(args, 'config');
  return config ? { root, config } : { root };
}

async function runBuild(args: ParsedArgs, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  expectFlags(args, ['target', 'root', 'out', 'config', 'format', 'quiet', 'no-cache']);
  const format = formatFlag(args);
  const options = {
    ...projectOptions(args),
    ...(flag(args, 'out') ? { out: path.resolve(flag(args, 'out')!) } : {}),
    ...(flag(args, 'no-cache') ? { cache: false } : {}),
  };
  const targets = targetsFlag(args);
  const result = await build(targets ? { ...options, targets } : options);
  if (format === 'json') {
    io.out.write(JSON.stringify({ exitCode: result.exitCode, diagnostics: result.diagnostics, manifest: result.manifest ?? null, cache: result.cache }, null, 2) + '\n');
    return result.exitCode;
  }
  printDiagnostics(result.diagnostics, options.root, format, io.err);
  if (result.manifest && !flag(args, 'quiet')) {
    const m = result.manifest;
    const bytes = m.outputs.reduce((n, o) => n + o.bytes, 0);
    const fromCache = result.cache.enabled ? ` (${result.cache.fromCache.length} from cache)` : '';
    io.out.write(
      `built ${m.templates.length} template(s)${fromCache} for ${m.targets.join(', ')}: ${m.outputs.length} files, ${bytes} bytes -> ${path.relative(process.cwd(), result.outDir!) || '.'}\n`,
    );
  } else if (result.exitCode !== 0) {
    io.err.write(`nothing written${result.outDir ? ` (${path.relative(process.cwd(), result.outDir) || '.'} left as it was)` : ''}\n`);
  }
  return result.exitCode;
}

async function runRender(args: ParsedArgs, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  expectFlags(args, ['profile', 'target', 'part', 'root', 'config', 'format']);
  const template = args.positionals[0];
  const profile = flag(args, 'profile');
  if (!template || !profile) throw new UsageError('usage: tailor render <template> --profile <fixture> [--target id] [--part html|text|subject|preheader]');
  const part = (flag(args, 'part') ?? 'html') as PartName;
  if (!PART_NAMES.includes(part)) throw new UsageError(`--part must be one of ${PART_NAMES.join(', ')}`);
  const targets = targetsFlag(args);
  if (targets && targets.length !== 1) throw new UsageError('render takes one --target');
  const options = projectOptions(args);
  const result = await render({ ...options, template, profile, ...(targets ? { target: targets[0]! } : {}) });
  printDiagnostics(result.diagnostics, options.root, formatFlag(args), io.err);
  if (result.parts) io.out.write(result.parts[part].endsWith('\n') ? result.parts[part] : result.parts[part] + '\n');
  return result.exitCode;
}

async function runVerify(args: ParsedArgs, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  expectFlags(args, ['target', 'template', 'root', 'config', 'format']);
  const format = formatFlag(args);
  const options = projectOptions(args);
  const targets = targetsFlag(args);
  const templates = listFlag(args, 'template');
  const result = await verify({ ...options, ...(targets ? { targets } : {}), ...(templates ? { templates } : {}) });
  if (format === 'json') {
    io.out.write(JSON.stringify(result, null, 2) + '\n');
    return result.exitCode;
  }
  printDiagnostics(result.diagnostics, options.root, format, io.err);
  io.out.write(formatVerify(result));
  return result.exitCode;
}

export function formatVerify(result: VerifyResult): string {
  const lines: string[] = [];
  for (const m of result.mismatches) {
    lines.push(`✗ ${m.template} × ${m.profile} × ${m.target} × ${m.part}: differs at character ${m.diff.at}`);
    lines.push(`    preview: ${m.diff.expected}`);
    lines.push(`    ${m.target.padEnd(7)}: ${m.diff.actual}`);
  }
  const per = Object.entries(result.perTarget).map(([t, n]) => `${t} ${n}`).join(', ');
  lines.push(
    `${result.mismatches.length === 0 ? '✓' : '✗'} ${result.checks} comparisons (${per || 'none'}), ${result.mismatches.length} mismatch${result.mismatches.length === 1 ? '' : 'es'}`,
  );
  return lines.join('\n') + '\n';
}
