/**
 * @module `gongkai cases simulate`: realistic, reproducible case histories
 * for an agency and year, stored as if registered and handled event by event.
 * The work is in `cli/cases/simulate-action.ts`, loaded when the command runs.
 */
import type { Command } from 'commander';
import { DB_OPTION_FLAGS, DB_OPTION_HELP } from '../db/db-option.js';

export interface SimulateFlags {
  agency?: string;
  year?: string;
  count?: string;
  seed: string;
  until?: string;
  db?: string;
  progress: boolean;
}

const SIMULATE_HELP = `
模拟的内容 / what is simulated:
  申请在该年度的工作日内陆续收到：六类申请人（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他），
  网上、信函、当面、传真四种渠道；随后依法办理：补正（按期、逾期、不补正）、征求第三方或其他机关意见（同意、
  反对、逾期未答复）、延长答复期限、信息处理费（2021 年起，按件或按量；缴纳或逾期未缴）、撤回、全部答复结果
  （少数超期答复）、送达、归档；模拟时间截止时仍在办理的结转下一年度；部分不利答复引起行政复议、行政诉讼，
  结果维持、纠正、其他或尚未审结。每个事件都经案件规则校验（与逐条登记办理相同）。申请人均为虚构。
  Applications arrive on the year's working days from all six applicant kinds by all four channels and are
  handled as the regulation says: corrections, consultations, extensions, fees (from 2021), withdrawals,
  every outcome (a few late), delivery, archiving; cases open when the simulated time ends carry over;
  some adverse answers lead to reconsiderations and lawsuits, decided or pending. Every event passes the
  case rules, exactly as when handled one by one. All applicants are invented.

  同一 --seed 与参数得到完全相同的案件经过。事件不晚于 --until（默认次年 6 月 30 日，且不超过已载入节假日安排的年份）。
  The same --seed and options give the same histories. No event falls after --until (default 30 June of
  the next year, within the years the holiday notices cover).

速度 / speed: 每批 2,000 件一个事务，批量写入；100 万件在本项目的 2 核测试机上约需数分钟（见 docs/benchmarks.md）。
Batches of 2,000 cases per transaction, rows inserted in bulk; a million cases take minutes on the 2-core
test machine (docs/benchmarks.md).

示例 / examples:
  gongkai cases simulate --agency 兴和县人民政府 --year 2024 --count 5000 --seed demo
  gongkai cases simulate --agency 12 --year 2025 --count 1000000 --seed bench --no-progress`;

export function registerCases(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  const cases = program.command('cases').description('依申请公开案件 / disclosure-on-application cases');
  cases
    .command('simulate')
    .description('为某机关某年度生成逼真、可重现的案件（存入数据库）/ create realistic, reproducible cases for an agency and year (stored)')
    .requiredOption('--agency <id|name>', '机关编号或名称 / the agency, by id or name')
    .requiredOption('--year <year>', '收到申请的年度 / the year the applications are received')
    .requiredOption('--count <n>', '案件数（1 至 10,000,000）/ number of cases (1 to 10,000,000)')
    .option('--seed <text>', '随机种子：相同种子得到相同案件 / random seed: the same seed gives the same cases', 'gongkai')
    .option('--until <date>', '模拟截止日 YYYY-MM-DD / last day of the simulated time')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('--no-progress', '不显示进度条 / no progress bar')
    .addHelpText('after', SIMULATE_HELP)
    .action((opts: SimulateFlags) => run(async () => (await import('../cases/simulate-action.js')).simulate(opts)));
}
