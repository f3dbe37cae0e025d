#!/usr/bin/env node
// Entry point of the `tailor` command. The compiled tool lives in lib/ (built by `npm ci`
// through the package's prepare script).
//
// Before the tool loads, three settings for large builds (README "Performance"):
// - Garbage collection on the thread that allocates. A large build runs one worker thread
//   per core, each with its own heap; with V8's defaults every heap's collector also starts
//   helper threads, which compete with the other worker for the same cores. These flags
//   are what V8's --single-threaded-gc turns off, minus parallel marking, which crashes
//   V8 when changed once it runs. (A shebang could pass the flag itself, but only
//   through `env -S`, which BusyBox's env, as on Alpine, does not have.)
// - Semi-spaces of at most 16 MB per heap (V8's default goes to 32 or 64): most of what a
//   template's compile allocates dies young, so a 1000-template build runs ~0.3 s faster
//   than with 8 MB, for ~30 MiB more at its peak, and ~60 MiB less than with 32 MB.
// - UV_THREADPOOL_SIZE: file deletions wait on the disk, not the CPU; with 16 threads
//   instead of libuv's 4, replacing a large dist/ takes about a third less time. It must
//   be set before the first asynchronous file operation.
import v8 from 'node:v8';

for (const flag of ['--no-parallel-scavenge', '--no-concurrent-marking', '--no-concurrent-sweeping', '--no-parallel-compaction', '--no-parallel-pointer-update', '--max-semi-space-size=16']) {
  v8.setFlagsFromString(flag);
}
process.env.UV_THREADPOOL_SIZE ??= '16';
const { main } = await import('../lib/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
