/**
 * @module The work of `gongkai calendar due | workday | load | list`. The
 * calendar is the built-in notices plus those loaded into the database; the
 * default database is read only when its file exists, so the date commands
 * work without one.
 */
import { existsSync } from 'node:fs';
import type { CalendarDocument } from '../../domain/calendar/calendar-document.js';
import { countingPolicy, isCountFrom, COUNT_FROM, type CountingPolicy } from '../../domain/calendar/counting-policy.js';
import { addDays, parseIsoDate, weekdayZh, type IsoDate } from '../../domain/calendar/iso-date.js';
import { builtInNotices } from '../../domain/calendar/national-notices.js';
import { parseCalendarJson } from '../../domain/calendar/parse-calendar-document.js';
import { buildCalendar, describeDay, type DayInfo, type WorkCalendar } from '../../domain/calendar/work-calendar.js';
import { addWorkdays, isWorkday, MAX_WORKDAYS } from '../../domain/calendar/workdays.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { resolveDatabaseConfig } from '../../persistence/database-config.js';
import { EXIT } from '../errors.js';
import { readInput } from '../io.js';
import type { CalendarFlags } from '../commands/calendar.js';
import { withCliDatabase } from '../db/open-cli-database.js';

interface Sources {
  readonly documents: readonly CalendarDocument[];
  /** Loaded notices by kind|region|year → version. */
  readonly loaded: ReadonlyMap<string, number>;
}

const keyOf = (d: CalendarDocument) => `${d.kind}|${d.kind === 'regional' ? d.region : ''}|${d.year}`;

/** Built-in notices, then the newest loaded ones (when there is a database to read). */
async function calendarSources(opts: CalendarFlags): Promise<Sources> {
  const config = resolveDatabaseConfig(opts.db ? { file: opts.db } : {});
  if (config.engine === 'sqlite' && !opts.db && !existsSync(config.file)) return { documents: builtInNotices(), loaded: new Map() };
  const { listCalendarNotices } = await import('../../persistence/repositories/calendar/calendar-notice-queries.js');
  const stored = await withCliDatabase(opts, ({ db }) => listCalendarNotices(db));
  return {
    documents: [...builtInNotices(), ...stored.map((n) => n.document)],
    loaded: new Map(stored.map((n) => [keyOf(n.document), n.version])),
  };
}

/** The calendar of the built-in and loaded notices, with the region's overlays. */
export async function calendarFor(opts: CalendarFlags): Promise<WorkCalendar> {
  return buildCalendar((await calendarSources(opts)).documents, { region: opts.region ?? null });
}

function policyOf(opts: CalendarFlags): CountingPolicy {
  const countFrom = opts.policy ?? 'nextDay';
  if (!isCountFrom(countFrom)) {
    throw new GongkaiError('USAGE', {
      zh: `--policy 只能是 ${COUNT_FROM.join('、')}，收到“${countFrom}”。`,
      en: `--policy must be one of ${COUNT_FROM.join(', ')}; got “${countFrom}”.`,
    });
  }
  return countingPolicy({ countFrom, outsideCoverage: opts.weekendsOnly ? 'weekendsOnly' : 'error' });
}

function countOf(text: string): number {
  const t = text.normalize('NFKC').trim();
  const n = /^\d+$/.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(n) || n > MAX_WORKDAYS) {
    throw new GongkaiError('USAGE', {
      zh: `--workdays 须为 0 至 ${MAX_WORKDAYS} 的整数，收到“${text}”。`,
      en: `--workdays must be a whole number from 0 to ${MAX_WORKDAYS}; got “${text}”.`,
    });
  }
  return n;
}

function dayLabel(info: DayInfo): string {
  const why = info.holiday ? `（${info.holiday}${info.notice?.number ? `，${info.notice.number}` : ''}）` : '';
  switch (info.kind) {
    case 'holiday':
      return `放假${why} / day off`;
    case 'makeUpWorkday':
      return `调休上班${why} / make-up working day`;
    case 'weekend':
      return '周末 / weekend';
    case 'workday':
      return info.holiday ? `工作日${why} / working day` : '工作日 / working day';
  }
}

function explainLine(cal: WorkCalendar, date: IsoDate, counted: number | null): string {
  const info = describeDay(cal, date);
  const label = info.covered ? dayLabel(info) : `${info.workday ? '工作日' : '周末'}（仅按周末 / weekends only）`;
  const tail = counted === null ? '不计 / not counted' : `第 ${counted} 个工作日 / working day ${counted}`;
  return `  ${date} ${weekdayZh(date)}  ${label}  → ${tail}`;
}

export async function printDue(opts: CalendarFlags & { from: string; workdays: string }): Promise<number> {
  const from = parseIsoDate(opts.from, { zh: '起算日', en: 'The start date' });
  const n = countOf(opts.workdays);
  const policy = policyOf(opts);
  const cal = await calendarFor(opts);
  const due = addWorkdays(cal, from, n, policy);
  process.stdout.write(`${due}\n`);
  if (opts.explain) {
    const lines = [
      `起算日 / start: ${from} ${weekdayZh(from)}，${policy.countFrom === 'nextDay' ? '次日起算 / counting from the next day' : '当日起算 / counting from the same day'}` +
        (opts.region ? `，地区 / region: ${opts.region}` : ''),
    ];
    let counted = 0;
    let day = policy.countFrom === 'sameDay' ? from : addDays(from, 1);
    for (; n > 0 && day <= due; day = addDays(day, 1)) {
      const work = isWorkday(cal, day, policy);
      if (work) counted += 1;
      lines.push(explainLine(cal, day, work ? counted : null));
    }
    lines.push(`到期日 / due: ${due} ${weekdayZh(due)}（${n} 个工作日 / ${n} working days）`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return EXIT.ok;
}

export async function printWorkday(text: string, opts: CalendarFlags): Promise<number> {
  const date = parseIsoDate(text);
  const policy = policyOf(opts);
  const cal = await calendarFor(opts);
  const yes = isWorkday(cal, date, policy);
  process.stdout.write(`${yes ? 'yes' : 'no'}\n`);
  if (opts.explain) process.stdout.write(`${explainLine(cal, date, null).replace(/ {2}→ .*$/, '').trim()}\n`);
  return EXIT.ok;
}

export async function loadNoticeFile(file: string, opts: CalendarFlags): Promise<number> {
  const bytes = await readInput(file, 5 * 1024 * 1024);
  const doc = parseCalendarJson(new TextDecoder('utf-8').decode(bytes));
  const { loadCalendarNotice } = await import('../../persistence/repositories/calendar/load-calendar-notice.js');
  const { notice, created } = await withCliDatabase(opts, ({ db }) => loadCalendarNotice(db, doc, { actor: 'cli:calendar-load' }));
  const what = doc.kind === 'national' ? `${doc.year} 年全国节假日安排` : `${doc.region} ${doc.year} 年地方节假日`;
  const whatEn = doc.kind === 'national' ? `the ${doc.year} national holiday notice` : `the ${doc.year} local holidays of ${doc.region}`;
  const ref = doc.notice.number ?? doc.notice.title;
  process.stdout.write(
    created
      ? `已载入${what}（${ref}），第 ${notice.version} 版。/ Loaded ${whatEn} (${ref}) as version ${notice.version}.\n`
      : `${what}与已保存的第 ${notice.version} 版相同，未作改动。/ ${whatEn} is the same as stored version ${notice.version}; nothing changed.\n`,
  );
  return EXIT.ok;
}

export async function listNotices(opts: CalendarFlags): Promise<number> {
  const { documents, loaded } = await calendarSources(opts);
  const inUse = new Map<string, CalendarDocument>();
  for (const d of documents) {
    inUse.delete(keyOf(d));
    inUse.set(keyOf(d), d);
  }
  const rows = [...inUse.values()]
    .sort((a, b) => (a.kind === b.kind ? (a.kind === 'regional' && b.kind === 'regional' ? a.region.localeCompare(b.region) : 0) || a.year - b.year : a.kind === 'national' ? -1 : 1))
    .map((d) => ({
      kind: d.kind,
      region: d.kind === 'regional' ? d.region : null,
      year: d.year,
      notice: d.notice,
      amendments: d.amendments.map((a) => a.notice),
      source: loaded.has(keyOf(d)) ? { loaded: true, version: loaded.get(keyOf(d)) } : { loaded: false },
    }));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = rows.map((r) => {
    const place = r.region ? `${r.region} ` : '';
    const amended = r.amendments.map((a) => `；调整 / amended: ${a.number ?? a.title}（${a.published}）`).join('');
    const source = r.source.loaded ? `已载入第 ${r.source.version} 版 / loaded v${r.source.version}` : '内置 / built in';
    return `${place}${r.year}  ${r.notice.number ?? '（无文号）'} ${r.notice.title}（${r.notice.published}）${amended}  [${source}]`;
  });
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
