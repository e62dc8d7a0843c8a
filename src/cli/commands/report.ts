/**
 * @module `gongkai report generate`: an agency's annual report from its cases,
 * its review register and its Table-2 entries, stored as a new version and
 * written out in any output format. The work is in
 * `cli/cases/generate-action.ts`, loaded when the command runs.
 */
import type { Command } from 'commander';
import { RENDERER_IDS } from '../../render/renderer.js';
import { DB_OPTION_FLAGS, DB_OPTION_HELP } from '../db/db-option.js';

export interface GenerateFlags {
  agency?: string;
  year?: string;
  to: string;
  output?: string;
  subtree?: boolean;
  db?: string;
}

const GENERATE_HELP = `
生成的内容 / what is generated:
  表三、表四由数据库中的依申请公开案件和行政复议、行政诉讼台账统计（与逐件计算的结果完全一致，
  勾稽关系 R1–R4 必然成立）；表二取自经办人录入的主动公开数据（未录入的单元格留空）；六个部分的正文
  按统计数字起草（其中管理、平台、监督保障等段落为通用表述，请按实际情况修改）。
  Tables 3 and 4 are counted from the cases and the review register in the database (R1–R4 hold by
  construction); Table 2 comes from the clerk's entries (cells never entered stay blank); the six
  sections are drafted with the figures (the general paragraphs are meant to be rewritten).

  报告保存为该机关该年度的一份报告：首次生成新建，以后内容有变时新增一个版本（类型 generated），
  内容未变则不重复保存。--subtree 汇总该机关及其全部下级机关的表三、表四（不保存）。
  The report is stored as the agency's report of the year: created the first time, a new version
  (kind generated) whenever it changed, nothing when it did not. --subtree sums Tables 3 and 4 over
  the agency and every agency below it (not stored).

示例 / examples:
  gongkai report generate --agency 兴和县人民政府 --year 2024 --to docx -o 兴和县2024年报.docx
  gongkai report generate --agency 12 --year 2024 > 2024.json
  gongkai report generate --agency 乌兰察布市 --year 2024 --subtree --to xlsx -o 汇总.xlsx`;

export function registerReport(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  const report = program.command('report').description('年度报告 / annual reports');
  report
    .command('generate')
    .description('由依申请公开案件等数据生成年度报告并保存 / generate an annual report from the cases and store it')
    .requiredOption('--agency <id|name>', '机关编号或名称 / the agency, by id or name')
    .requiredOption('--year <year>', '报告年度 / the report year')
    .option('--to <format>', `输出格式 / output format: ${RENDERER_IDS.join('|')}`, 'json')
    .option('-o, --output <file>', '输出文件；省略时写到标准输出 / output file; stdout when omitted')
    .option('--subtree', '汇总该机关及全部下级机关（不保存）/ sum over the agency and all below it (not stored)')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .addHelpText('after', GENERATE_HELP)
    .action((opts: GenerateFlags) => run(async () => (await import('../cases/generate-action.js')).generate(opts)));
}
