/**
 * @module R2 `t3.rowTotal`: in every Table-3 data row, 总计 = the sum of the six applicant
 * columns (definition of 总计; domain.md §2.1).
 */
import { T3_COLUMNS, T3_PART_KEYS } from '../columns.js';
import { getFormat } from '../formats/index.js';
import type { Finding } from '../../shared/finding.js';
import { cellPath } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { allBlank, hasBlank, makeFinding, operand, sumOf, t3RowZh, withBlankNote } from './support.js';

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
    for (const row of getFormat(report.format).table3) {
      const parts = T3_PART_KEYS.map((c) => operand(report, cellPath('table3', row.path, c), colLabel(c)));
      const total = operand(report, cellPath('table3', row.path, 'total'), '总计');
      if (allBlank([...parts, total])) continue;
      const expected = sumOf(parts);
      const actual = total.value ?? 0;
      if (expected === actual) continue;
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
