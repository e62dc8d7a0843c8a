/**
 * @module What the analyses read from a stored report — its format, year, publication date and
 * the values of its three tables, flat, in template order (`cellSpecs`) — and how several cells
 * add up without ever turning a blank into 0. Flat values make a region of thousands of reports
 * cheap to store, read and sum; `figuresOf` makes them from a report.
 */
import type { FormatId } from '../annual-report/columns.js';
import { cellSpecs } from '../annual-report/formats/index.js';
import { getCell, type AnnualReport, type CellValue } from '../annual-report/report.js';

/**
 * Names the order of `ReportFigures.values`: `cellSpecs` of the format. Stored figures carry it,
 * so figures stored in another order are recomputed. Change it whenever `cellSpecs` changes
 * (figures.test.ts pins the order).
 */
export const FIGURES_LAYOUT = 'cells/1';

export interface ReportFigures {
  readonly format: FormatId;
  readonly year: number | null;
  /** ISO date, or null when the report does not say. */
  readonly publishedAt: string | null;
  /** Every template cell of the format, in `cellSpecs(format)` order; null = blank. */
  readonly values: readonly CellValue[];
}

/** An agency as the analyses name it. */
export interface AgencyLabel {
  readonly id: number;
  readonly name: string;
}

/** One agency's current report for a year (see CONTEXT.md, “current report”). */
export interface MemberReport {
  readonly agency: AgencyLabel;
  readonly reportId: number;
  readonly figures: ReportFigures;
}

const INDEX: Record<FormatId, ReadonlyMap<string, number>> = {
  '2019': new Map(cellSpecs('2019').map((s, i) => [s.path, i])),
  '2021': new Map(cellSpecs('2021').map((s, i) => [s.path, i])),
};

/** Where a cell path sits in the values of a format; undefined when the format has no such cell. */
export function cellIndex(format: FormatId, path: string): number | undefined {
  return INDEX[format].get(path);
}

/** A cell's value; undefined when the format has no such cell. */
export function figure(f: ReportFigures, path: string): CellValue | undefined {
  const i = INDEX[f.format].get(path);
  return i === undefined ? undefined : (f.values[i] ?? null);
}

export function figuresOf(report: Pick<AnnualReport, 'format' | 'year' | 'publishedAt' | 'table2' | 'table3' | 'table4'>): ReportFigures {
  return {
    format: report.format,
    year: report.year,
    publishedAt: report.publishedAt,
    values: cellSpecs(report.format).map((s) => getCell(report, s.path) ?? null),
  };
}

/**
 * A sum of cells: a number when every cell has one, else the blank cells. A path the
 * format does not define counts as blank too, so a wrong path can never read as 0.
 */
export type CellSum = { readonly kind: 'value'; readonly value: number } | { readonly kind: 'blank'; readonly paths: readonly string[] };

export function sumCells(f: ReportFigures, paths: readonly string[]): CellSum {
  let value = 0;
  const blanks: string[] = [];
  for (const p of paths) {
    const v = figure(f, p);
    if (v === null || v === undefined) blanks.push(p);
    else value += v;
  }
  return blanks.length ? { kind: 'blank', paths: blanks } : { kind: 'value', value };
}

/** The cell paths of Table-3 rows, column `col`. */
export function t3Paths(rows: readonly string[], col = 'total'): string[] {
  return rows.map((r) => `table3.${r}.${col}`);
}

/** Table-3 row groups whose sub-rows add up to one outcome (domain.md §1.4). */
export const T3_GROUP_ROWS = {
  denied: [
    'denied.stateSecret',
    'denied.lawForbidden',
    'denied.securityStability',
    'denied.thirdPartyRights',
    'denied.internalAffairs',
    'denied.processInfo',
    'denied.enforcementFile',
    'denied.adminQuery',
  ],
  unableToProvide: ['unableToProvide.notHeld', 'unableToProvide.needsCreation', 'unableToProvide.unclearAfterCorrection'],
  notProcessed: ['notProcessed.petition', 'notProcessed.repeated', 'notProcessed.publication', 'notProcessed.massiveUnjustified', 'notProcessed.confirmOrReissue'],
} as const;

/** （六）其他处理: one stored row in 2019, three sub-rows in 2021 (domain.md §1.4 rows 21a–d). */
export const OTHER_HANDLING_ROWS: Readonly<Record<FormatId, readonly string[]>> = {
  '2019': ['otherHandling.total'],
  '2021': ['otherHandling.overdueCorrection', 'otherHandling.overdueFee', 'otherHandling.other'],
};
