#!/usr/bin/env node
// Runs the compiled CLI (built by `npm ci` / `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('错误 [NOT_BUILT]：尚未编译，请先运行 npm run build。 / Error [NOT_BUILT]: not built yet; run npm run build.\n');
  process.exit(2);
}
await import(entry.href);
