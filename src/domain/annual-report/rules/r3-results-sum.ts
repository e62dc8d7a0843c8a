/**
 * @module R3 `t3.resultsSum`: per Table-3 column, （七）总计 = the sum of every result row
 * (（一）…（六）). In 2019 （六）其他处理 is one stored row; in 2021 its three sub-rows are
 * summed, i.e. the derived total (domain.md §2.1).
 */
import type { Finding } from '../../shared/finding.js';
import { T3_COL_KEYS, type FormatId, type T3Col } from '../columns.js';
import { cellIndex, cellPath } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { failedSum, hasBlank, makeFinding, operand, t3ColumnZh, t3ResultRows, t3RowShortZh, withBlankNote } from './support.js';

interface ColumnCells {
  readonly c: T3Col;
  /** The column's cells in the result rows, in `t3ResultRows` order. */
  readonly parts: readonly string[];
  readonly total: string;
}

function columnCells(format: FormatId): ColumnCells[] {
  return T3_COL_KEYS.map((c) => ({ c, parts: t3ResultRows(format).map((r) => cellPath('table3', r, c)), total: cellPath('table3', 'totalProcessed', c) }));
}

const COLUMNS: Readonly<Record<FormatId, readonly ColumnCells[]>> = { '2019': columnCells('2019'), '2021': columnCells('2021') };

export const R3_RESULTS_SUM: Rule = {
  id: 'R3',
  severity: 'error',
  title: { zh: '表三各列：办理结果各项之和 = （七）总计', en: 'Table 3 results: the result rows add up to the total processed' },
  basis: 'Definition of （七）总计 and the count-once rule of （二）部分公开; domain.md §2.1 R3',
  check({ report }: RuleContext): Finding[] {
    const out: Finding[] = [];
    const rows = t3ResultRows(report.format);
    const cells = cellIndex(report);
    for (const col of COLUMNS[report.format]) {
      const failed = failedSum(cells, col.parts, col.total);
      if (!failed) continue;
      const { expected, actual } = failed;
      const { c } = col;
      const parts = rows.map((r, i) => operand(report, col.parts[i]!, t3RowShortZh(report.format, r)));
      const total = operand(report, col.total, '（七）总计');
      const blanks = hasBlank([...parts, total]);
      const shown = parts.filter((p) => p.value !== null && p.value !== 0);
      const terms = shown.length > 0 ? shown.map((p) => `${p.label} ${p.value}`).join(' + ') : '各项均为 0 或空';
      const msg = withBlankNote(
        {
          zh: `${t3ColumnZh(c)}：办理结果各项之和 ${expected}（${terms}）≠ （七）总计 ${total.value ?? '空'}`,
          en: `Table 3 column ${c}: the result rows add up to ${expected} ≠ totalProcessed ${total.value ?? 'blank'}`,
        },
        blanks,
      );
      out.push(makeFinding(R3_RESULTS_SUM, { ...msg, paths: [...parts, total].map((o) => o.path), expected, actual, blanksAsZero: blanks }));
    }
    return out;
  },
};
