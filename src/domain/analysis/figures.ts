/**
 * @module What the analyses read from a stored report: its format, year, publication
 * date and tables — not its text, sources or findings — and how several cells add up
 * without ever turning a blank into 0.
 */
import type { FormatId } from '../annual-report/columns.js';
import { getCell, type AnnualReport } from '../annual-report/report.js';

/** The parts of a report the analyses use (a whole `AnnualReport` is one too). */
export type ReportFigures = Pick<AnnualReport, 'format' | 'year' | 'publishedAt' | 'table2' | 'table3' | 'table4'>;

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

/**
 * A sum of cells: a number when every cell has one, else the blank cells. A path the
 * format does not define counts as blank too, so a wrong path can never read as 0.
 */
export type CellSum = { readonly kind: 'value'; readonly value: number } | { readonly kind: 'blank'; readonly paths: readonly string[] };

export function sumCells(figures: Pick<ReportFigures, 'table2' | 'table3' | 'table4'>, paths: readonly string[]): CellSum {
  let value = 0;
  const blanks: string[] = [];
  for (const p of paths) {
    const v = getCell(figures, p);
    if (v === null || v === undefined) blanks.push(p);
    else value += v;
  }
  return blanks.length ? { kind: 'blank', paths: blanks } : { kind: 'value', value };
}

/** The cell paths of the Table-3 rows below a group (`denied` → its eight rows), column `col`. */
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
