/**
 * @module Comparing agencies (横向比较) for one year: a few rates from each agency's own
 * Table 3 and Table 4, and an ordering by one of them that never ranks a rate resting on too
 * few cases. The formulas (domain.md §1.4–1.5 keys; each rate is numerator / denominator):
 *
 * | key | numerator | denominator |
 * |---|---|---|
 * | `disclosureRate` 公开率 | （一）予以公开 + （二）部分公开 | （七）总计 (applications decided in the year) |
 * | `deniedShare` 不予公开占比 | （三）不予公开, its 8 rows | （七）总计 |
 * | `unableShare` 无法提供占比 | （四）无法提供, its 3 rows | （七）总计 |
 * | `reconsiderationCorrectionRate` 复议纠错率 | 行政复议 结果纠正 | 行政复议 维持 + 纠正 + 其他 (concluded; 尚未审结 left out) |
 * | `carriedForwardShare` 结转率 | 四、结转下年度继续办理 | 一、本年新收 + 二、上年结转 (applications on hand) |
 *
 * Table-3 figures are the 总计 column. “Decided” is （七）总计: every application the agency
 * concluded in the year, whatever the outcome (the count-once rule of §1.4 makes the outcome
 * rows add up to it); applications carried forward are not decided yet.
 *
 * A rate whose cells include a blank is `incomplete` — a blank is never read as 0 here.
 */
import type { AgencyLabel, MemberReport, ReportFigures } from './figures.js';
import { T3_GROUP_ROWS, sumCells, t3Paths } from './figures.js';
import type { FormatId } from '../annual-report/columns.js';
import type { Message } from '../shared/finding.js';

/**
 * The fewest cases a rate may rest on and still be ranked. Below 10, one case moves a rate by
 * more than ten percentage points, so an order would mostly reflect chance, not practice. Such
 * rates are still shown, marked 样本过小 (too few), and kept out of every ranking.
 */
export const MIN_CASES = 10;

export const METRIC_KEYS = ['disclosureRate', 'deniedShare', 'unableShare', 'reconsiderationCorrectionRate', 'carriedForwardShare'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export function isMetricKey(v: unknown): v is MetricKey {
  return typeof v === 'string' && (METRIC_KEYS as readonly string[]).includes(v);
}

export interface MetricDef {
  readonly key: MetricKey;
  readonly label: Message;
  /** What the numerator and denominator count, for people. */
  readonly numerator: Message;
  readonly denominator: Message;
  readonly numeratorPaths: readonly string[];
  readonly denominatorPaths: readonly string[];
}

const DECIDED = { zh: '（七）总计', en: 'applications decided (totalProcessed)' };
const DECIDED_PATHS = ['table3.totalProcessed.total'];

export const METRICS: Readonly<Record<MetricKey, MetricDef>> = {
  disclosureRate: {
    key: 'disclosureRate',
    label: { zh: '公开率', en: 'disclosure rate' },
    numerator: { zh: '予以公开 + 部分公开', en: 'granted + partially granted' },
    denominator: DECIDED,
    numeratorPaths: t3Paths(['granted', 'partialGrant']),
    denominatorPaths: DECIDED_PATHS,
  },
  deniedShare: {
    key: 'deniedShare',
    label: { zh: '不予公开占比', en: 'share denied' },
    numerator: { zh: '不予公开（8 项合计）', en: 'denied (8 grounds)' },
    denominator: DECIDED,
    numeratorPaths: t3Paths(T3_GROUP_ROWS.denied),
    denominatorPaths: DECIDED_PATHS,
  },
  unableShare: {
    key: 'unableShare',
    label: { zh: '无法提供占比', en: 'share unable to provide' },
    numerator: { zh: '无法提供（3 项合计）', en: 'unable to provide (3 grounds)' },
    denominator: DECIDED,
    numeratorPaths: t3Paths(T3_GROUP_ROWS.unableToProvide),
    denominatorPaths: DECIDED_PATHS,
  },
  reconsiderationCorrectionRate: {
    key: 'reconsiderationCorrectionRate',
    label: { zh: '复议纠错率', en: 'reconsideration correction rate' },
    numerator: { zh: '行政复议结果纠正', en: 'reconsiderations corrected' },
    denominator: { zh: '已审结的行政复议（维持 + 纠正 + 其他）', en: 'reconsiderations concluded (upheld + corrected + other)' },
    numeratorPaths: ['table4.reconsideration.corrected'],
    denominatorPaths: ['table4.reconsideration.upheld', 'table4.reconsideration.corrected', 'table4.reconsideration.other'],
  },
  carriedForwardShare: {
    key: 'carriedForwardShare',
    label: { zh: '结转率', en: 'carried-forward share' },
    numerator: { zh: '结转下年度继续办理', en: 'carried forward' },
    denominator: { zh: '本年新收 + 上年结转', en: 'received + carried over' },
    numeratorPaths: ['table3.carriedForward.total'],
    denominatorPaths: ['table3.newReceived.total', 'table3.carriedOver.total'],
  },
};

/** One agency's rate. */
export type Rate =
  | { readonly status: 'ok'; readonly value: number; readonly numerator: number; readonly denominator: number }
  /** Fewer than MIN_CASES cases: shown, never ranked. `value` is null when there were none. */
  | { readonly status: 'tooFew'; readonly value: number | null; readonly numerator: number; readonly denominator: number }
  /** A cell the rate needs is blank. */
  | { readonly status: 'incomplete'; readonly blank: readonly string[] };

export function computeRate(figures: ReportFigures, def: MetricDef): Rate {
  const num = sumCells(figures, def.numeratorPaths);
  const den = sumCells(figures, def.denominatorPaths);
  if (num.kind === 'blank' || den.kind === 'blank') {
    return { status: 'incomplete', blank: [...(num.kind === 'blank' ? num.paths : []), ...(den.kind === 'blank' ? den.paths : [])] };
  }
  const value = den.value === 0 ? null : num.value / den.value;
  if (den.value < MIN_CASES || value === null) return { status: 'tooFew', value, numerator: num.value, denominator: den.value };
  return { status: 'ok', value, numerator: num.value, denominator: den.value };
}

export interface ComparisonRow {
  readonly agency: AgencyLabel;
  readonly reportId: number;
  readonly format: FormatId;
  readonly metrics: Readonly<Record<MetricKey, Rate>>;
}

export function comparisonRow(m: MemberReport): ComparisonRow {
  const metrics = Object.fromEntries(METRIC_KEYS.map((k) => [k, computeRate(m.figures, METRICS[k])])) as Record<MetricKey, Rate>;
  return { agency: m.agency, reportId: m.reportId, format: m.figures.format, metrics };
}

export type SortKey = MetricKey | 'name';
export type SortDirection = 'asc' | 'desc';

export interface RankedRow extends ComparisonRow {
  /** Place in the order of the sort metric (ties share a place); null when not ranked or sorting by name. */
  readonly rank: number | null;
}

const byName = (a: ComparisonRow, b: ComparisonRow): number => a.agency.name.localeCompare(b.agency.name, 'zh-CN') || a.agency.id - b.agency.id;

/**
 * The rows in the order asked for. By a metric: the rankable rates (`ok`) first, ordered by
 * value and ranked 1, 2, 2, 4 … on ties; then every other row by name, unranked. By name:
 * every row by name, unranked.
 */
export function sortComparison(rows: readonly ComparisonRow[], key: SortKey, direction: SortDirection): RankedRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  if (key === 'name') return [...rows].sort((a, b) => sign * byName(a, b)).map((r) => ({ ...r, rank: null }));
  const valueOf = (r: ComparisonRow): number | null => {
    const rate = r.metrics[key];
    return rate.status === 'ok' ? rate.value : null;
  };
  const ranked = rows.filter((r) => valueOf(r) !== null).sort((a, b) => sign * (valueOf(a)! - valueOf(b)!) || byName(a, b));
  const rest = rows.filter((r) => valueOf(r) === null).sort(byName);
  const out: RankedRow[] = [];
  ranked.forEach((r, i) => {
    const prev = out[i - 1];
    const rank = prev && valueOf(ranked[i - 1]!) === valueOf(r) ? prev.rank : i + 1;
    out.push({ ...r, rank });
  });
  return [...out, ...rest.map((r) => ({ ...r, rank: null }))];
}

/** The rows of every member, for one year, in the order asked for. */
export function compareAgencies(members: readonly MemberReport[], key: SortKey = 'name', direction: SortDirection = key === 'name' ? 'asc' : 'desc'): RankedRow[] {
  return sortComparison(members.map(comparisonRow), key, direction);
}
