/**
 * @module `gongkai check FILE… [--previous FILE] [--json]`: findings as a table or JSON.
 * Exit 0 without error findings, 1 with error findings, 2 when an input is not a readable report.
 */
import type { Command } from 'commander';
import { readInput } from '../io.js';
import { analyse } from '../analyse.js';
import { describeError, EXIT } from '../errors.js';
import { formatFindings } from '../format-findings.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { parseReport } from '../../ingest/parse.js';

interface CheckOpts {
  previous?: string;
  json?: boolean;
  verbose?: boolean;
}

export function registerCheck(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  program
    .command('check')
    .description('校验年度报告的勾稽关系等规则 / check reports against rules R1–R6 and W1–W8')
    .argument('<files...>', '一个或多个报告文件，或 - / one or more report files, or -')
    .option('--previous <file>', '上一年度的报告，用于跨年度校验（W1、W2）/ the previous year\'s report, for W1 and W2')
    .option('--json', '输出 JSON / print JSON')
    .option('-v, --verbose', '同时显示提示级信息 / also show notes')
    .addHelpText(
      'after',
      '\n退出码 / exit codes: 0 无错误 no errors · 1 有错误级发现 error findings · 2 输入不是可读的报告 not a readable report',
    )
    .action((files: string[], opts: CheckOpts) =>
      run(async () => {
        let previous: AnnualReport | undefined;
        if (opts.previous) previous = (await parseReport(await readInput(opts.previous))).report;
        let exit: number = EXIT.ok;
        const results: unknown[] = [];
        for (const file of files) {
          try {
            const { report } = await analyse(await readInput(file), previous);
            const errors = report.findings.some((f) => f.severity === 'error');
            if (errors && exit === EXIT.ok) exit = EXIT.findings;
            if (opts.json) results.push({ file, format: report.format, year: report.year, agency: report.agency, findings: report.findings });
            else process.stdout.write(`${formatFindings(file, report, report.findings, !!opts.verbose)}\n\n`);
          } catch (e) {
            exit = EXIT.input;
            const d = describeError(e);
            if (opts.json) results.push({ file, error: { code: d.code, message: d.line } });
            else process.stderr.write(`${file}: ${d.line}\n`);
          }
        }
        if (opts.json) {
          const out = files.length === 1 && results.length === 1 ? results[0] : { results };
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        }
        return exit;
      }),
    );
}
