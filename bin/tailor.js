#!/usr/bin/env node
// Entry point of the `tailor` command. The compiled tool lives in lib/ (built by `npm ci`
// through the package's prepare script).
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
