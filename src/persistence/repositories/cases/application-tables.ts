/**
 * @module Tables 3 and 4 of a year, and the figures the report text needs,
 * computed by the database: a GROUP BY over the case projections (receipt year ×
 * closing year × applicant kind × result row, placed in the year by the domain) and over
 * the review register (kind × result or pending), turned into cells by the
 * domain (`table3FromCounts`, `table4FromCounts`) exactly as `computeTable3`
 * and `computeTable4` place cases one by one. The year's bounds are written as
 * literals so the grouped expressions are the same text in SELECT and GROUP BY
 * on both engines.
 */
import { sql } from 'kysely';
import type { FormatId } from '../../../domain/annual-report/columns.js';
import { expectedFormatForYear } from '../../../domain/annual-report/formats/index.js';
import { table3CountsForYear, table3FromCounts, table4FromCounts, type CaseYearGroup, type Table3Count, type Table4Count } from '../../../domain/cases/table-counts.js';
import type { ReviewKind, ReviewResult } from '../../../domain/cases/table4.js';
import type { Executor } from '../../database.js';
import { decodeBoolean, decodeNumber } from '../../codecs.js';
import { invalid } from '../errors.js';

export interface YearScope {
  readonly agencyIds: readonly number[];
  readonly year: number;
}

export interface AgencyCounts<T> {
  readonly agencyId: number;
  readonly counts: T[];
}

function bounds(year: number): { start: string; end: string } {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw invalid(`年度无效：${String(year)}。`, `Invalid year: ${String(year)}.`);
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * Table-3 counts per agency: every case received by the year's end and not closed before it,
 * grouped by receipt year, closing year, applicant kind and result row — the order of
 * `case_projections_table3_idx`, so the database reads the index in order and never sorts.
 */
export async function table3Counts(db: Executor, scope: YearScope): Promise<Map<number, Table3Count[]>> {
  const out = new Map<number, Table3Count[]>();
  if (scope.agencyIds.length === 0) return out;
  bounds(scope.year);
  const rows = await db
    .selectFrom('case_projections')
    .select(['agency_id', 'received_year', 'closed_year', 'applicant_kind', 't3_row', (eb) => eb.fn.countAll().as('n')])
    .where('agency_id', 'in', scope.agencyIds)
    .where('received_year', '<=', scope.year)
    .where((eb) => eb.or([eb('closed_year', 'is', null), eb('closed_year', '>=', scope.year)]))
    .groupBy(['agency_id', 'received_year', 'closed_year', 'applicant_kind', 't3_row'])
    .execute();
  const groups = new Map<number, CaseYearGroup[]>();
  for (const r of rows) {
    const list = groups.get(r.agency_id) ?? [];
    list.push({ receivedYear: r.received_year, closedYear: r.closed_year, kind: r.applicant_kind, row: r.t3_row, count: decodeNumber(r.n) });
    groups.set(r.agency_id, list);
  }
  for (const [agencyId, list] of groups) out.set(agencyId, table3CountsForYear(list, scope.year));
  return out;
}

/** Table-4 counts per agency: every entry filed by the year's end and not decided before it. */
export async function table4Counts(db: Executor, scope: YearScope): Promise<Map<number, Table4Count[]>> {
  const out = new Map<number, Table4Count[]>();
  if (scope.agencyIds.length === 0) return out;
  const { start, end } = bounds(scope.year);
  const column = sql<string>`case when outcome is null or decided_on > ${sql.lit(end)} then 'pending' else outcome end`;
  const rows = await db
    .selectFrom('review_entries')
    .select(['agency_id', 'kind', column.as('result_column'), (eb) => eb.fn.countAll().as('n')])
    .where('agency_id', 'in', scope.agencyIds)
    .where('filed_on', '<=', end)
    .where((eb) => eb.or([eb('outcome', 'is', null), eb('decided_on', '>=', start)]))
    .groupBy(['agency_id', 'kind', column])
    .execute();
  for (const r of rows) {
    const list = out.get(r.agency_id) ?? [];
    list.push({ kind: r.kind as ReviewKind, column: r.result_column as ReviewResult | 'pending', count: decodeNumber(r.n) });
    out.set(r.agency_id, list);
  }
  return out;
}

export interface AnswerFigures {
  /** Applications decided in the year (withdrawn and abandoned ones are not answers). */
  readonly count: number;
  /** Of those, decided after the deadline. */
  readonly late: number;
  /** Median working days from receipt to decision; null when none was decided. */
  readonly medianWorkdays: number | null;
}

/** The median of a histogram of whole numbers (the mean of the two middle values for an even count). */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  const total = [...histogram.values()].reduce((s, n) => s + n, 0);
  if (total === 0) return null;
  const keys = [...histogram.keys()].sort((a, b) => a - b);
  const at = (k: number): number => {
    let seen = 0;
    for (const key of keys) {
      seen += histogram.get(key)!;
      if (seen > k) return key;
    }
    return keys[keys.length - 1]!;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

export interface AnswerHistogram {
  /** Decided after the deadline. */
  late: number;
  /** Working days from receipt to decision → number of applications. */
  readonly histogram: Map<number, number>;
}

/** Per agency: decisions of the year by working days taken, and how many were late. */
export async function answerHistograms(db: Executor, scope: YearScope): Promise<Map<number, AnswerHistogram>> {
  const out = new Map<number, AnswerHistogram>();
  if (scope.agencyIds.length === 0) return out;
  bounds(scope.year);
  // Decisions have their working days; withdrawn and abandoned cases have none. In index order (`case_projections_answers_idx`).
  const rows = await db
    .selectFrom('case_projections')
    .select(['agency_id', 'closed_late', 'answer_workdays', (eb) => eb.fn.countAll().as('n')])
    .where('agency_id', 'in', scope.agencyIds)
    .where('closed_year', '=', scope.year)
    .where('answer_workdays', 'is not', null)
    .groupBy(['agency_id', 'closed_late', 'answer_workdays'])
    .execute();
  for (const r of rows) {
    const h = out.get(r.agency_id) ?? { late: 0, histogram: new Map<number, number>() };
    const n = decodeNumber(r.n);
    if (decodeBoolean(r.closed_late)) h.late += n;
    const wd = decodeNumber(r.answer_workdays);
    h.histogram.set(wd, (h.histogram.get(wd) ?? 0) + n);
    out.set(r.agency_id, h);
  }
  return out;
}

/** Count, late and median of one or more histograms taken together. */
export function answerFiguresOf(histograms: Iterable<AnswerHistogram>): AnswerFigures {
  const merged = new Map<number, number>();
  let late = 0;
  for (const h of histograms) {
    late += h.late;
    for (const [k, n] of h.histogram) merged.set(k, (merged.get(k) ?? 0) + n);
  }
  return { count: [...merged.values()].reduce((s, n) => s + n, 0), late, medianWorkdays: histogramMedian(merged) };
}

/** Answer figures per agency for the year. */
export async function answerFigures(db: Executor, scope: YearScope): Promise<Map<number, AnswerFigures>> {
  const out = new Map<number, AnswerFigures>();
  for (const [agencyId, h] of await answerHistograms(db, scope)) out.set(agencyId, answerFiguresOf([h]));
  return out;
}

/** Information processing fees paid in the year, per agency. */
export async function feeFigures(db: Executor, scope: YearScope): Promise<Map<number, { count: number; yuan: number }>> {
  const out = new Map<number, { count: number; yuan: number }>();
  if (scope.agencyIds.length === 0) return out;
  const { start, end } = bounds(scope.year);
  const rows = await db
    .selectFrom('case_projections')
    .select(['agency_id', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.sum<number>('fee_yuan').as('yuan')])
    .where('agency_id', 'in', scope.agencyIds)
    .where('fee_paid_day', 'is not', null)
    .where('fee_paid_day', '>=', start)
    .where('fee_paid_day', '<=', end)
    .groupBy('agency_id')
    .execute();
  for (const r of rows) out.set(r.agency_id, { count: decodeNumber(r.n), yuan: r.yuan === null ? 0 : decodeNumber(r.yuan) });
  return out;
}

export interface ApplicationTables {
  readonly format: FormatId;
  /** Every Table-3 cell by path. */
  readonly table3: Map<string, number>;
  /** Every Table-4 cell by path. */
  readonly table4: Map<string, number>;
}

/** Tables 3 and 4 of one agency and year, from the database. */
export async function applicationTables(db: Executor, options: { readonly agencyId: number; readonly year: number }): Promise<ApplicationTables> {
  const format = expectedFormatForYear(options.year);
  const scope = { agencyIds: [options.agencyId], year: options.year };
  const t3 = (await table3Counts(db, scope)).get(options.agencyId) ?? [];
  const t4 = (await table4Counts(db, scope)).get(options.agencyId) ?? [];
  return { format, table3: table3FromCounts(t3, format), table4: table4FromCounts(t4) };
}
