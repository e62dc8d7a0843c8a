/**
 * @module `gongkai import DIR [--db PATH]`: every file below DIR read on all
 * cores (the bulk worker pool) and stored — original bytes, report, version 1 —
 * one transaction per file. Idempotent by SHA-256: files already stored are
 * skipped before parsing, so a re-run after an interruption (even `kill -9`)
 * adds nothing twice and loses nothing.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { DB_OPTION_FLAGS, DB_OPTION_HELP } from '../db/db-option.js';
import type { ImportOpts } from '../db/import-dir.js';

export function registerImport(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  program
    .command('import')
    .description('把目录下的所有报告读入数据库（原件、解析结果、发现）/ read every report below a directory into the database')
    .argument('<dir>', '报告所在目录 / directory of reports')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('-j, --jobs <n>', `并行线程数，默认为 CPU 核数（${availableParallelism()}）/ worker threads`)
    .option('--no-progress', '不显示进度条 / no progress bar')
    .addHelpText(
      'after',
      `
按文件内容（SHA-256）去重：已在库中的文件直接跳过，中断后重新运行不会重复导入。
报告按其自称的机关名称自动匹配机关树；无法唯一确定的进入“待匹配”队列。
Files are keyed by content (SHA-256): stored ones are skipped, so re-running after an interruption adds nothing twice.
Reports are matched to the agency tree by the name they use; the rest wait in the unmatched queue.`,
    )
    .action((dir: string, opts: ImportOpts) => run(async () => (await import('../db/import-dir.js')).importDir(dir, opts)));
}
