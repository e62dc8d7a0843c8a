/**
 * @module R2 `t3.rowTotal`: in every Table-3 data row, 总计 = the sum of the six applicant
 * columns (definition of 总计; domain.md §2.1).
 */
import { T3_COLUMNS, T3_PART_KEYS } from '../columns.js';
import { getFormat } from '../formats/index.js';
import type { Finding } from '../../shared/finding.js';
import { cellIndex, cellPath } from '../report.js';
import type { FormatId } from '../columns.js';
import type { Rule, RuleContext } from './rule.js';
import { failedSum, hasBlank, makeFinding, operand, t3RowZh, withBlankNote } from './support.js';

interface RowCells {
  readonly path: string;
  readonly parts: readonly string[];
  readonly total: string;
}

/** Per format: each Table-3 row's six applicant cells and its total. */
const ROWS: Readonly<Record<FormatId, readonly RowCells[]>> = {
  '2019': rowCells('2019'),
  '2021': rowCells('2021'),
};

function rowCells(format: FormatId): RowCells[] {
  return getFormat(format).table3.map((row) => ({
    path: row.path,
    parts: T3_PART_KEYS.map((c) => cellPath('table3', row.path, c)),
    total: cellPath('table3', row.path, 'total'),
  }));
}

function colLabel(key: string): string {
  return T3_COLUMNS.find((c) => c.key === key)?.label ?? key;
}

export const R2_ROW_TOTAL: Rule = {
  id: 'R2',
  severity: 'error',
  title: { zh: '表三各行：总计 = 六类申请人之和', en: 'Table 3 row total: total = sum of the six applicant columns' },
  basis: 'Definition of 总计 in Table 3; domain.md §2.1 R2',
  check({ report }: RuleContext): Finding[] {
    const out: Finding[] = [];
    const cells = cellIndex(report);
    for (const row of ROWS[report.format]) {
      const failed = failedSum(cells, row.parts, row.total);
      if (!failed) continue;
      const { expected, actual } = failed;
      const parts = T3_PART_KEYS.map((c, i) => operand(report, row.parts[i]!, colLabel(c)));
      const total = operand(report, row.total, '总计');
      const blanks = hasBlank([...parts, total]);
      const shown = parts.filter((p) => p.value !== null && p.value !== 0);
      const termsZh = shown.length > 0 ? shown.map((p) => `${p.label} ${p.value}`).join(' + ') : '各列均为 0 或空';
      const msg = withBlankNote(
        {
          zh: `表三“${t3RowZh(report.format, row.path)}”：六类申请人之和 ${expected}（${termsZh}）≠ 总计 ${total.value ?? '空'}`,
          en: `Table 3 row ${row.path}: sum of the six applicant columns ${expected} ≠ total ${total.value ?? 'blank'}`,
        },
        blanks,
      );
      out.push(makeFinding(R2_ROW_TOTAL, { ...msg, paths: [...parts, total].map((o) => o.path), expected, actual, blanksAsZero: blanks }));
    }
    return out;
  },
};
