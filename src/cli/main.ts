#!/usr/bin/env node
/**
 * @module The `gongkai` command line.
 */
import { Command, CommanderError } from 'commander';
import { registerParse } from './commands/parse.js';
import { registerCheck } from './commands/check.js';
import { registerRender } from './commands/render.js';
import { registerBulk } from './commands/bulk.js';
import { registerImport } from './commands/import.js';
import { registerAgencies } from './commands/agencies.js';
import { registerExport } from './commands/export.js';
import { registerServe } from './commands/serve.js';
import { registerToken } from './commands/token.js';
import { registerCalendar } from './commands/calendar.js';
import { registerLetter } from './commands/letter.js';
import { reportError, EXIT } from './errors.js';

async function run(fn: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await fn();
  } catch (e) {
    process.exitCode = reportError(e);
  }
}

export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command('gongkai')
    .description('gongkai 政府信息公开：年度报告的读取、校验与输出 / open government information annual reports: read, check, render')
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
    .showHelpAfterError('（用 --help 查看用法 / see --help）')
    .exitOverride();
  registerParse(program, run);
  registerCheck(program, run);
  registerRender(program, run);
  registerBulk(program, run);
  registerImport(program, run);
  registerAgencies(program, run);
  registerExport(program, run);
  registerServe(program, run);
  registerToken(program, run);
  registerCalendar(program, run);
  registerLetter(program, run);
  program.addHelpText(
    'after',
    `
示例 / examples:
  gongkai parse report.docx > report.json
  gongkai check samples/*.txt
  gongkai check 2024.html --previous 2023.html --json
  gongkai render report.pdf --to xlsx -o report.xlsx
  gongkai bulk reports/ -o reports.ndjson
  gongkai calendar due --from 2024-09-27 --workdays 20
  gongkai letter --kind acknowledgement --case case.json --to docx -o 受理回执.docx`,
  );
  try {
    await program.parseAsync(argv as string[]);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.input;
      return;
    }
    process.exitCode = reportError(e);
  }
}

await main(process.argv);
