/**
 * @module The work of `gongkai cases simulate`: resolve the agency, simulate
 * the histories (domain), store them in batches (`importCaseHistories`), show
 * a progress bar on a terminal, refresh the planner's statistics, and print
 * a summary.
 */
import cliProgress from 'cli-progress';
import { simulateCases, simulationHorizon } from '../../domain/cases/simulation/simulate-cases.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { caseCalendar } from '../../persistence/repositories/cases/case-calendar.js';
import { analyzeCaseTables, importCaseHistories } from '../../persistence/repositories/cases/import-case-histories.js';
import { EXIT } from '../errors.js';
import type { SimulateFlags } from '../commands/cases.js';
import { withCliDatabase } from '../db/open-cli-database.js';
import { isoDay, resolveAgency, wholeNumber } from './cli-values.js';

const fmt = (n: number) => n.toLocaleString('en-US');

export async function simulate(opts: SimulateFlags): Promise<number> {
  const year = wholeNumber(opts.year, '--year', 2019, 2100);
  const count = wholeNumber(opts.count, '--count', 1, 10_000_000);
  const until = opts.until === undefined ? undefined : isoDay(opts.until, '--until');
  return withCliDatabase(opts, async ({ db, location }) => {
    const agency = await resolveAgency(db, opts.agency);
    const calendar = await caseCalendar(db, agency.id);
    if (!calendar.years.has(year)) {
      throw new GongkaiError('CALENDAR_NOT_COVERED', {
        zh: `尚未载入 ${year} 年的国务院办公厅节假日安排，无法模拟该年度的案件（可用 gongkai calendar load 载入）。`,
        en: `No State Council holiday notice for ${year} is loaded, so cases of that year cannot be simulated (load it with gongkai calendar load).`,
      });
    }
    const horizon = until ?? simulationHorizon(year, calendar);
    if (horizon < `${year}-01-01`) throw new GongkaiError('USAGE', { zh: '--until 早于模拟年度。', en: '--until is before the simulated year.' });
    const started = Date.now();
    const bar =
      opts.progress && process.stderr.isTTY
        ? new cliProgress.SingleBar(
            { format: '{bar} {percentage}% | {value}/{total} 件 cases | {speed} 件/秒 cases/s | 剩余 ETA {eta_formatted}', hideCursor: true, stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : null;
    bar?.start(count, 0, { speed: 0 });
    let result;
    try {
      result = await importCaseHistories(db, simulateCases({ agencyId: agency.id, year, count, seed: opts.seed, calendar, until: horizon }), { actor: 'cli:simulate' }, {
        calendar,
        onBatch: (stored) => bar?.update(stored, { speed: fmt(Math.round(stored / Math.max(0.001, (Date.now() - started) / 1000))) }),
      });
    } finally {
      bar?.stop();
    }
    await analyzeCaseTables(db);
    const secs = (Date.now() - started) / 1000;
    process.stdout.write(
      [
        `完成 / done: ${agency.name} [${agency.id}] ${year} 年 · 案件 cases ${fmt(result.cases)} · 事件 events ${fmt(result.events)} · 复议诉讼 reviews ${fmt(result.reviews)} · 用时 ${secs.toFixed(1)} s（${fmt(Math.round(result.cases / Math.max(secs, 0.001)))} 件/秒 cases/s）`,
        `案件编号 / case numbers: ${result.first ?? '—'} … ${result.last ?? '—'}`,
        `模拟截止 / simulated until: ${horizon} · 种子 seed: ${opts.seed}`,
        `数据库 / database: ${location}`,
      ].join('\n') + '\n',
    );
    return EXIT.ok;
  });
}
