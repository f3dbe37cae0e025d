#!/usr/bin/env -S node --single-threaded-gc --max-semi-space-size=8
// Entry point of the `tailor` command. The compiled tool lives in lib/ (built by `npm ci`
// through the package's prepare script).
//
// --single-threaded-gc: a large build runs one worker thread per core, each with its own
// heap. With V8's default, every heap's collector also starts helper threads, which then
// compete with the other worker for the same cores; collecting on the thread that
// allocated is faster overall (README "Performance").
// --max-semi-space-size=8 (MB): each heap's young generation stays smaller than V8's own
// choice; a 1000-template build peaks ~40 MiB lower in the same time.
// V8 takes these flags only on the command line, hence the shebang (`env -S` splits it
// into node's arguments).
//
// UV_THREADPOOL_SIZE: file deletions wait on the disk, not the CPU; with 16 threads
// instead of libuv's 4, replacing a large dist/ takes about a third less time. It must be
// set before the first asynchronous file operation, so the tool is imported only after.
process.env.UV_THREADPOOL_SIZE ??= '16';
const { main } = await import('../lib/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
