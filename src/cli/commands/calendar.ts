/**
 * @module `gongkai calendar …`: working days by the State Council holiday
 * notices — `due` (the date N working days on), `workday` (yes or no),
 * `load` (store a new year's notice or a regional overlay) and `list`.
 * The work is in `cli/calendar/calendar-actions.ts`, loaded when a command runs.
 */
import type { Command } from 'commander';
import { DB_OPTION_FLAGS } from '../db/db-option.js';

const DB_HELP =
  '含已载入通知的数据库（默认 ./data/gongkai.sqlite，存在时才读取；设置 DATABASE_URL 时用 PostgreSQL）/ the database holding loaded notices (default ./data/gongkai.sqlite, read only if it exists; DATABASE_URL selects PostgreSQL)';

const POLICY_HELP = `
计数规则 / counting policies (--policy):
  nextDay   次日起算（默认）：起算日的下一个工作日为第 1 个工作日
            default: day 1 is the first working day after the start date
  sameDay   当日起算：起算日是工作日时算作第 1 个工作日
            day 1 is the start date itself when it is a working day

日期须在已载入国务院办公厅节假日安排的年份内（内置 2019–2026 年）；否则报错 CALENDAR_NOT_COVERED。
加 --weekends-only 则对这些年份只按周末计算（不含节假日与调休），须明确选择。
Dates must lie in years with a loaded State Council holiday notice (2019–2026 built in), else the
command fails with CALENDAR_NOT_COVERED; --weekends-only counts such years by weekends alone, knowingly.`;

export interface CalendarFlags {
  db?: string;
  region?: string;
  policy?: string;
  weekendsOnly?: boolean;
  explain?: boolean;
  json?: boolean;
}

type Run = (fn: () => Promise<number>) => Promise<void>;

const actions = () => import('../calendar/calendar-actions.js');

export function registerCalendar(program: Command, run: Run): void {
  const calendar = program
    .command('calendar')
    .description('工作日历：按国务院办公厅节假日安排计算期限 / working days by the State Council holiday notices');

  calendar
    .command('due')
    .description('从某日起算 N 个工作日的到期日 / the date N working days after a start date')
    .requiredOption('--from <date>', '起算日，如收到申请之日 YYYY-MM-DD / the start date, e.g. the day an application was received')
    .requiredOption('--workdays <n>', '工作日数，如 20 / number of working days, e.g. 20')
    .option('--policy <name>', '计数规则 nextDay | sameDay / counting policy', 'nextDay')
    .option('--region <name>', '适用该地区的地方节假日 / apply this region’s local holidays')
    .option('--weekends-only', '未载入通知的年份只按周末计算 / count uncovered years by weekends alone')
    .option('--explain', '列出计入与不计入的每一天 / list every day counted or skipped')
    .option(DB_OPTION_FLAGS, DB_HELP)
    .addHelpText('after', `${POLICY_HELP}

示例 / examples:
  gongkai calendar due --from 2024-09-27 --workdays 20          # 2024-10-30
  gongkai calendar due --from 2024-09-27 --workdays 20 --explain`)
    .action((opts: CalendarFlags & { from: string; workdays: string }) => run(async () => (await actions()).printDue(opts)));

  calendar
    .command('workday')
    .description('某日是否为工作日，输出 yes 或 no / whether a date is a working day: prints yes or no')
    .argument('<date>', '日期 YYYY-MM-DD / the date')
    .option('--region <name>', '适用该地区的地方节假日 / apply this region’s local holidays')
    .option('--weekends-only', '未载入通知的年份只按周末判断 / judge uncovered years by weekends alone')
    .option('--explain', '说明理由（节日、调休、通知文号）/ say why (festival, make-up day, notice)')
    .option(DB_OPTION_FLAGS, DB_HELP)
    .addHelpText('after', `
示例 / examples:
  gongkai calendar workday 2024-10-12          # yes（国庆节调休上班 / worked Saturday）
  gongkai calendar workday 2024-10-03 --explain`)
    .action((date: string, opts: CalendarFlags) => run(async () => (await actions()).printWorkday(date, opts)));

  calendar
    .command('load')
    .description('载入一年的节假日安排通知或地方节假日（JSON），校验后保存 / validate and store a year’s holiday notice or regional overlay (JSON)')
    .argument('<file>', '通知文件（JSON）/ the notice file (JSON)')
    .option(DB_OPTION_FLAGS, '数据库（默认 ./data/gongkai.sqlite；设置 DATABASE_URL 时用 PostgreSQL）/ the database (default ./data/gongkai.sqlite; DATABASE_URL selects PostgreSQL)')
    .addHelpText('after', `
文件格式 / file format (src/domain/calendar/data/cn-2026.json 为完整示例 / is a full example):
  {
    "schema": "gongkai.calendar/1",
    "kind": "national",                      // 或 "regional"，并加 "region": "西藏自治区"
    "year": 2027,                            // 通知标题中的年份 / the year in the notice's title
    "notice": { "issuer": "国务院办公厅", "number": "国办发明电〔2026〕N号",
                "title": "国务院办公厅关于2027年部分节假日安排的通知", "published": "2026-11-..", "url": "https://www.gov.cn/..." },
    "holidays": [
      { "name": "春节", "off": [{ "from": "2027-02-..", "to": "2027-02-.." }], "workdays": ["2027-02-.."] }
    ],
    "amendments": []                         // 年中调整通知 / later amending notices: { notice, holidays, note }
  }

文件有误时列出全部问题（CALENDAR_INVALID），什么都不保存。同一文件再次载入不会重复保存；
内容有变则保存为新版本，以最新版本为准。
A bad file is refused with every problem listed (CALENDAR_INVALID) and nothing is stored. Loading the same
file again stores nothing; a changed file becomes a new version, and the newest version applies.`)
    .action((file: string, opts: CalendarFlags) => run(async () => (await actions()).loadNoticeFile(file, opts)));

  calendar
    .command('list')
    .description('列出可用的节假日安排（内置与已载入）/ list the holiday notices in use (built in and loaded)')
    .option('--json', '输出 JSON / print JSON')
    .option(DB_OPTION_FLAGS, DB_HELP)
    .action((opts: CalendarFlags) => run(async () => (await actions()).listNotices(opts)));
}
