#!/usr/bin/env node
// The `journal` command line. Built by `npm run build` into out/main/cli.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('The journal command is not built yet: run `npm run build` in the Twofold folder.');
  process.exit(1);
}
await import(cli.href);
