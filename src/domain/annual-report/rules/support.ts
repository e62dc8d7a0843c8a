/**
 * @module Helpers shared by the rules: reading cells with blanks as 0, Chinese labels,
 * and building findings. Pure functions; no I/O.
 */
import type { Finding } from '../../shared/finding.js';
import { T3_COLUMNS, type FormatId, type T3Col } from '../columns.js';
import { getFormat } from '../formats/index.js';
import type { AnnualReport, CellLookup, CellValue } from '../report.js';
import { getCell } from '../report.js';
import type { Rule } from './rule.js';

/** One cell taking part in a rule: its path, a short Chinese label and its value (null = blank). */
export interface Operand {
  readonly path: string;
  readonly label: string;
  readonly value: CellValue;
}

/** Reads a cell; `null` for a blank cell or a path the report does not have. */
export function readCell(report: AnnualReport, path: string): CellValue {
  return getCell(report, path) ?? null;
}

export function operand(report: AnnualReport, path: string, label: string): Operand {
  return { path, label, value: readCell(report, path) };
}

/** The sum of some cells with blanks read as 0, and how many of them are blank. */
export interface Tally {
  readonly sum: number;
  readonly blanks: number;
}

/**
 * Tallies cells by path without building operands: the rules test every group this way and
 * build operands (labels, messages) only for the groups that fail.
 */
export function tally(cells: CellLookup, paths: readonly string[]): Tally {
  let sum = 0;
  let blanks = 0;
  for (const p of paths) {
    const v = cells.get(p) ?? null;
    if (v === null) blanks++;
    else sum += v;
  }
  return { sum, blanks };
}

/**
 * `total = Σ parts` with blanks read as 0: the sum (`expected`) and the total (`actual`) when they
 * differ, else null. All-blank cells are not evaluated.
 */
export function failedSum(cells: CellLookup, parts: readonly string[], total: string): { expected: number; actual: number } | null {
  const sum = tally(cells, parts);
  const totalValue = cells.get(total) ?? null;
  if (sum.blanks === parts.length && totalValue === null) return null;
  const actual = totalValue ?? 0;
  return sum.sum === actual ? null : { expected: sum.sum, actual };
}

/** Sum with blanks read as 0 (domain.md §2 conventions). */
export function sumOf(ops: readonly Operand[]): number {
  return ops.reduce((acc, o) => acc + (o.value ?? 0), 0);
}

export function hasBlank(ops: readonly Operand[]): boolean {
  return ops.some((o) => o.value === null);
}

/** True when no operand has a value: such a group is not evaluated (no spurious imbalance). */
export function allBlank(ops: readonly Operand[]): boolean {
  return ops.every((o) => o.value === null);
}

export function pathsOf(...groups: readonly (readonly Operand[])[]): string[] {
  return groups.flatMap((g) => g.map((o) => o.path));
}

function show(v: CellValue, blank: string): string {
  return v === null ? blank : String(v);
}

/** `本年新收 3 + 上年结转 空`: the Chinese terms of a sum; a blank shows as 空. */
export function termsZh(ops: readonly Operand[]): string {
  return ops.map((o) => `${o.label} ${show(o.value, '空')}`).join(' + ');
}

/** The same terms in English, labelled by the last segment of the path. */
export function termsEn(ops: readonly Operand[]): string {
  return ops.map((o) => `${o.path.split('.').slice(1).join('.')} ${show(o.value, 'blank')}`).join(' + ');
}

export const BLANK_NOTE = { zh: '（空白单元格按 0 计）', en: ' (blank cells read as 0)' } as const;

/** Appends the blank note to a message when blanks were read as 0. */
export function withBlankNote(msg: { zh: string; en: string }, blanks: boolean): { zh: string; en: string } {
  return blanks ? { zh: msg.zh + BLANK_NOTE.zh, en: msg.en + BLANK_NOTE.en } : msg;
}

export interface FindingInit {
  readonly zh: string;
  readonly en: string;
  readonly paths: readonly string[];
  readonly expected?: number;
  readonly actual?: number;
  readonly blanksAsZero?: boolean;
}

/** Builds a finding of `rule`, leaving out optional fields that do not apply. */
export function makeFinding(rule: Pick<Rule, 'id' | 'severity'>, init: FindingInit): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    message: { zh: init.zh, en: init.en },
    paths: [...init.paths],
    ...(init.expected !== undefined ? { expected: init.expected } : {}),
    ...(init.actual !== undefined ? { actual: init.actual } : {}),
    ...(init.blanksAsZero ? { blanksAsZero: true } : {}),
  };
}

const ZH_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** `第一列（自然人）` for a Table-3 column. */
export function t3ColumnZh(col: T3Col): string {
  const i = T3_COLUMNS.findIndex((c) => c.key === col);
  const c = T3_COLUMNS[i]!;
  return `第${ZH_ORDINALS[i] ?? String(i + 1)}列（${c.group ? `${c.group}·` : ''}${c.label}）`;
}

/** Labels depend only on (format, row): computed once each, since every rule run asks for them. */
function memoByRow<T>(fn: (format: FormatId, rowPath: string) => T): (format: FormatId, rowPath: string) => T {
  const cache: Record<FormatId, Map<string, T>> = { '2019': new Map(), '2021': new Map() };
  return (format, rowPath) => {
    const byRow = cache[format];
    let v = byRow.get(rowPath);
    if (v === undefined) {
      v = fn(format, rowPath);
      byRow.set(rowPath, v);
    }
    return v;
  };
}

/** Official label of a Table-3 row, with its group label: `（三）不予公开 1.属于国家秘密`. */
export const t3RowZh = memoByRow((format, rowPath) => {
  const row = getFormat(format).table3.find((r) => r.path === rowPath);
  if (!row) return rowPath;
  return row.group && !row.group.startsWith('三、') ? `${row.group} ${row.label}` : row.label;
});

const NOT_RESULTS = new Set(['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward']);
const RESULT_ROWS: Record<FormatId, readonly string[]> = {
  '2019': getFormat('2019').table3.map((r) => r.path).filter((p) => !NOT_RESULTS.has(p)),
  '2021': getFormat('2021').table3.map((r) => r.path).filter((p) => !NOT_RESULTS.has(p)),
};

/** Table-3 rows that are results of handling (rows 3–21 of domain.md §1.4). */
export function t3ResultRows(format: FormatId): readonly string[] {
  return RESULT_ROWS[format];
}

/** Short Chinese label of a Table-3 row, for sums: the row label without its numbering. */
export const t3RowShortZh = memoByRow((format, rowPath) => {
  const row = getFormat(format).table3.find((r) => r.path === rowPath);
  if (!row) return rowPath;
  const short = row.label.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+\./u, '').replace(/（.*$/u, '');
  return short === '其他' ? '其他处理·其他' : short;
});
