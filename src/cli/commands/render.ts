/**
 * @module `gongkai render FILE --to html|md|xlsx|docx|csv|json -o OUT`.
 */
import type { Command } from 'commander';
import { readInput, writeOutput } from '../io.js';
import { analyse } from '../analyse.js';
import { EXIT } from '../errors.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { RENDERER_IDS, isRendererId } from '../../render/renderer.js';
import { renderReport } from '../../render/index.js';

export function registerRender(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  program
    .command('render')
    .description('按法定格式输出报告 / render a report in the statutory layout')
    .argument('<file>', '报告文件，或 - / report file, or -')
    .requiredOption('--to <format>', `输出格式 / output format: ${RENDERER_IDS.join('|')}`)
    .option('-o, --output <file>', '输出文件；省略时写到标准输出 / output file; stdout when omitted')
    .action((file: string, opts: { to: string; output?: string }) =>
      run(async () => {
        if (!isRendererId(opts.to)) {
          throw new GongkaiError('USAGE', {
            zh: `不支持的输出格式“${opts.to}”，可选：${RENDERER_IDS.join('、')}。`,
            en: `Unsupported output format “${opts.to}”; choose one of ${RENDERER_IDS.join(', ')}.`,
          });
        }
        const { report } = await analyse(await readInput(file));
        const bytes = await renderReport(report, opts.to, { findings: report.findings });
        await writeOutput(opts.output, bytes);
        return EXIT.ok;
      }),
    );
}
