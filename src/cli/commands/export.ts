/**
 * @module `gongkai export reports --format ndjson|csv`: every stored report's
 * newest version to standard output.
 */
import type { Command } from 'commander';
import { GongkaiError } from '../../domain/shared/errors.js';
import { DB_OPTION_FLAGS, DB_OPTION_HELP } from '../db/db-option.js';

export const FORMATS = ['ndjson', 'csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export function registerExport(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  const exp = program.command('export').description('从数据库导出 / export from the database');
  exp
    .command('reports')
    .description('导出全部报告（最新版本）到标准输出 / every report (newest version) to stdout')
    .option('--format <format>', `输出格式 / output format: ${FORMATS.join('|')}`, 'ndjson')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
ndjson：每行一份报告，含元数据与规范 JSON（report 字段）/ one report per line: metadata plus the canonical JSON in "report".
csv：每行一份报告的元数据与错误、警告数（UTF-8 带 BOM，Excel 可直接打开）/ metadata and error/warning counts per report (UTF-8 with BOM).`,
    )
    .action((opts: { format: string; db?: string }) =>
      run(async () => {
        if (!(FORMATS as readonly string[]).includes(opts.format)) {
          throw new GongkaiError('USAGE', {
            zh: `不支持的导出格式“${opts.format}”，可选：${FORMATS.join('、')}。`,
            en: `Unsupported export format “${opts.format}”; choose ${FORMATS.join(' or ')}.`,
          });
        }
        return (await import('../db/export-reports.js')).exportReports(opts.format as ExportFormat, opts);
      }),
    );
}
