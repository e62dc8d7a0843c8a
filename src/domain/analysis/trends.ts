/**
 * @module Year-over-year series for one agency (历年趋势), one point per year from its first
 * to its last report. A point is a number, a blank (some cell it adds up is blank — never read
 * as 0), `notInFormat` (the year's template has no such figure), or `noReport`.
 *
 * Table 2 differs between the formats (domain.md §1.3.3), so each series maps its cells per
 * format explicitly; `null` means the format has no such figure:
 * - 行政许可 / 行政处罚 / 行政强制 decisions: 2019 处理决定数量 and 2021 本年处理决定数量 — the
 *   same key `decisions` in both, mapped one by one all the same, so a change in either
 *   template shows up here;
 * - 行政事业性收费 amount: only 2021 has it (本年收费金额, 万元); 2019 gives item counts only;
 * - applications abandoned for unpaid fees (表三 逾期未按收费通知要求缴纳费用): only 2021.
 */
import type { FormatId } from '../annual-report/columns.js';
import type { Message } from '../shared/finding.js';
import { OTHER_HANDLING_ROWS, T3_GROUP_ROWS, sumCells, t3Paths, type AgencyLabel, type ReportFigures } from './figures.js';

export type TrendPoint =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'blank'; readonly paths: readonly string[] }
  | { readonly kind: 'notInFormat'; readonly format: FormatId }
  | { readonly kind: 'noReport' };

export type SeriesUnit = 'count' | 'wan';

export interface SeriesDef {
  readonly key: string;
  readonly label: Message;
  readonly unit: SeriesUnit;
  /** Cells that add up to the figure, per format; null when the format has no such figure. */
  readonly cells: Readonly<Record<FormatId, readonly string[] | null>>;
}

export interface TrendGroupDef {
  readonly key: string;
  readonly label: Message;
  readonly series: readonly SeriesDef[];
}

const both = (paths: readonly string[]): Record<FormatId, readonly string[]> => ({ '2019': paths, '2021': paths });
const t4 = (col: string, groups: readonly string[]) => both(groups.map((g) => `table4.${g}.${col}`));
const LITIGATION = ['litigationDirect', 'litigationAfterReconsideration'];
const T4_OUTCOMES = [
  ['upheld', '结果维持', 'upheld'],
  ['corrected', '结果纠正', 'corrected'],
  ['other', '其他结果', 'other'],
  ['pending', '尚未审结', 'pending'],
  ['total', '总计', 'total'],
] as const;

export const TREND_GROUPS: readonly TrendGroupDef[] = [
  {
    key: 'applications',
    label: { zh: '收到的政府信息公开申请', en: 'Applications received' },
    series: [
      { key: 'newReceived', label: { zh: '本年新收', en: 'new' }, unit: 'count', cells: both(['table3.newReceived.total']) },
      { key: 'carriedOver', label: { zh: '上年结转', en: 'carried over' }, unit: 'count', cells: both(['table3.carriedOver.total']) },
      { key: 'received', label: { zh: '合计', en: 'total' }, unit: 'count', cells: both(['table3.newReceived.total', 'table3.carriedOver.total']) },
    ],
  },
  {
    key: 'outcomes',
    label: { zh: '申请办理结果', en: 'Outcomes of applications' },
    series: [
      { key: 'granted', label: { zh: '予以公开', en: 'granted' }, unit: 'count', cells: both(['table3.granted.total']) },
      { key: 'partialGrant', label: { zh: '部分公开', en: 'partially granted' }, unit: 'count', cells: both(['table3.partialGrant.total']) },
      { key: 'denied', label: { zh: '不予公开', en: 'denied' }, unit: 'count', cells: both(t3Paths(T3_GROUP_ROWS.denied)) },
      { key: 'unableToProvide', label: { zh: '无法提供', en: 'unable to provide' }, unit: 'count', cells: both(t3Paths(T3_GROUP_ROWS.unableToProvide)) },
      { key: 'notProcessed', label: { zh: '不予处理', en: 'not processed' }, unit: 'count', cells: both(t3Paths(T3_GROUP_ROWS.notProcessed)) },
      {
        key: 'otherHandling',
        label: { zh: '其他处理', en: 'other handling' },
        unit: 'count',
        cells: { '2019': t3Paths(OTHER_HANDLING_ROWS['2019']), '2021': t3Paths(OTHER_HANDLING_ROWS['2021']) },
      },
      { key: 'carriedForward', label: { zh: '结转下年度', en: 'carried forward' }, unit: 'count', cells: both(['table3.carriedForward.total']) },
    ],
  },
  {
    key: 'reconsideration',
    label: { zh: '行政复议', en: 'Administrative reconsideration' },
    series: T4_OUTCOMES.map(([col, zh, en]) => ({ key: col, label: { zh, en }, unit: 'count' as const, cells: t4(col, ['reconsideration']) })),
  },
  {
    key: 'litigation',
    label: { zh: '行政诉讼（未经复议直接起诉 + 复议后起诉）', en: 'Administrative litigation (direct + after reconsideration)' },
    series: T4_OUTCOMES.map(([col, zh, en]) => ({ key: col, label: { zh, en }, unit: 'count' as const, cells: t4(col, LITIGATION) })),
  },
  {
    key: 'enforcement',
    label: { zh: '行政许可、行政处罚、行政强制（处理决定数量）', en: 'Licensing, penalty and coercion decisions' },
    series: [
      { key: 'licensing', label: { zh: '行政许可', en: 'licensing' }, unit: 'count', cells: { '2019': ['table2.licensing.decisions'], '2021': ['table2.licensing.decisions'] } },
      { key: 'penalty', label: { zh: '行政处罚', en: 'penalty' }, unit: 'count', cells: { '2019': ['table2.penalty.decisions'], '2021': ['table2.penalty.decisions'] } },
      { key: 'coercion', label: { zh: '行政强制', en: 'coercion' }, unit: 'count', cells: { '2019': ['table2.coercion.decisions'], '2021': ['table2.coercion.decisions'] } },
    ],
  },
  {
    key: 'fees',
    label: { zh: '收费', en: 'Fees' },
    series: [
      { key: 'adminFeesWan', label: { zh: '行政事业性收费金额（万元）', en: 'administrative fees (10k yuan)' }, unit: 'wan', cells: { '2019': null, '2021': ['table2.adminFees.amountWan'] } },
      {
        key: 'overdueFee',
        label: { zh: '逾期未缴纳信息处理费、不再处理的申请', en: 'applications closed for an unpaid processing fee' },
        unit: 'count',
        cells: { '2019': null, '2021': ['table3.otherHandling.overdueFee.total'] },
      },
    ],
  },
];

export interface TrendSeries {
  readonly key: string;
  readonly label: Message;
  readonly unit: SeriesUnit;
  /** One point per entry of `AgencyTrends.years`. */
  readonly points: readonly TrendPoint[];
}

export interface TrendGroup {
  readonly key: string;
  readonly label: Message;
  readonly series: readonly TrendSeries[];
}

export interface YearReport {
  readonly year: number;
  readonly reportId: number;
  readonly figures: ReportFigures;
}

export interface AgencyTrends {
  readonly agency: AgencyLabel;
  /** Every year from the first report to the last. */
  readonly years: readonly number[];
  /** The report used for each year (null: none), aligned with `years`. */
  readonly reports: readonly ({ readonly reportId: number; readonly format: FormatId } | null)[];
  readonly groups: readonly TrendGroup[];
}

function point(def: SeriesDef, r: YearReport | undefined): TrendPoint {
  if (!r) return { kind: 'noReport' };
  const paths = def.cells[r.figures.format];
  if (paths === null) return { kind: 'notInFormat', format: r.figures.format };
  const sum = sumCells(r.figures, paths);
  return sum.kind === 'value' ? { kind: 'value', value: roundAmount(sum.value) } : { kind: 'blank', paths: sum.paths };
}

/** Sums of decimal amounts without binary noise (0.1 + 0.2): amounts carry at most 6 decimals. */
function roundAmount(v: number): number {
  return Number.isInteger(v) ? v : Math.round(v * 1e6) / 1e6;
}

/** The series of one agency; `reports` holds at most one (the current) report per year. */
export function agencyTrends(agency: AgencyLabel, reports: readonly YearReport[]): AgencyTrends {
  const byYear = new Map(reports.map((r) => [r.year, r]));
  const known = [...byYear.keys()];
  const years = known.length ? Array.from({ length: Math.max(...known) - Math.min(...known) + 1 }, (_, i) => Math.min(...known) + i) : [];
  return {
    agency,
    years,
    reports: years.map((y) => {
      const r = byYear.get(y);
      return r ? { reportId: r.reportId, format: r.figures.format } : null;
    }),
    groups: TREND_GROUPS.map((g) => ({
      key: g.key,
      label: g.label,
      series: g.series.map((s) => ({ key: s.key, label: s.label, unit: s.unit, points: years.map((y) => point(s, byYear.get(y))) })),
    })),
  };
}
