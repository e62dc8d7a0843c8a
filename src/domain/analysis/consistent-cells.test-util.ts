/**
 * Test helper: random Table 3 and Table 4 cells that satisfy R1–R4 by construction, built
 * from the definitions of the rules (not from the code under test): every result row gets
 * random counts per applicant column, （七）总计 is their sum, 本年新收 balances the column,
 * and every 总计 is the sum of its parts.
 */
import { T3_PART_KEYS, T4_GROUPS, type FormatId } from '../annual-report/columns.js';
import { buildReport, type AnnualReport, type CellValue } from '../annual-report/report.js';
import { T3_GROUP_ROWS, OTHER_HANDLING_ROWS } from './figures.js';

/** The zoo's seeded generator (mulberry32), so a failing case can be replayed from its seed. */
export { rng } from '../../../test/zoo/model.js';

export function resultRows(format: FormatId): string[] {
  return ['granted', 'partialGrant', ...T3_GROUP_ROWS.denied, ...T3_GROUP_ROWS.unableToProvide, ...T3_GROUP_ROWS.notProcessed, ...OTHER_HANDLING_ROWS[format]];
}

export function consistentCells(format: FormatId, next: () => number, max = 6): Record<string, CellValue> {
  const n = (): number => Math.floor(next() * (max + 1));
  const cells: Record<string, number> = {};
  const set = (row: string, col: string, v: number) => {
    cells[`table3.${row}.${col}`] = v;
  };
  const rows = resultRows(format);
  for (const col of T3_PART_KEYS) {
    let processed = 0;
    for (const row of rows) {
      const v = n();
      set(row, col, v);
      processed += v;
    }
    const forward = n();
    const over = Math.min(n(), processed + forward);
    set('totalProcessed', col, processed);
    set('carriedForward', col, forward);
    set('carriedOver', col, over);
    set('newReceived', col, processed + forward - over);
  }
  for (const row of [...rows, 'totalProcessed', 'carriedForward', 'carriedOver', 'newReceived']) {
    set(row, 'total', T3_PART_KEYS.reduce((s, c) => s + cells[`table3.${row}.${c}`]!, 0));
  }
  for (const g of T4_GROUPS) {
    const parts = ['upheld', 'corrected', 'other', 'pending'].map((c) => {
      const v = n();
      cells[`table4.${g.key}.${c}`] = v;
      return v;
    });
    cells[`table4.${g.key}.total`] = parts.reduce((s, v) => s + v, 0);
  }
  return cells;
}

export function consistentReport(format: FormatId, year: number, next: () => number, cells: Record<string, CellValue> = {}): AnnualReport {
  return buildReport({ format, year, agency: '某机关', cells: { ...consistentCells(format, next), ...cells } });
}
