/**
 * @module `gongkai parse FILE`: the canonical JSON on stdout.
 */
import type { Command } from 'commander';
import { readInput } from '../io.js';
import { analyse } from '../analyse.js';
import { reportToJson } from '../../render/json/index.js';
import { EXIT } from '../errors.js';

export function registerParse(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  program
    .command('parse')
    .description('读取年度报告，输出规范 JSON / read a report and print the canonical JSON')
    .argument('<file>', '报告文件（文本、HTML、Markdown、DOCX、PDF、XLSX），或 - 表示标准输入 / report file, or - for stdin')
    .option('--no-sources', '不输出单元格来源 / omit the per-cell sources')
    .action((file: string, opts: { sources: boolean }) =>
      run(async () => {
        const { report } = await analyse(await readInput(file));
        const out = opts.sources ? report : { ...report, sources: { table2: {}, table3: {}, table4: {} } };
        process.stdout.write(reportToJson(out));
        return EXIT.ok;
      }),
    );
}
