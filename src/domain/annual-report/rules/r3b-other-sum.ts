/**
 * @module R3b `t3.otherSum` (2021): per column, （六）其他处理 = 1.逾期不补正 + 2.逾期未缴费 + 3.其他.
 *
 * The 2021 template has no data row for the （六） subtotal: the platform derives it, so a
 * report built from the template alone always passes. The rule bites when a report carries a
 * stored `table3.otherHandling.total.<col>` (a document that printed a subtotal row, or a
 * producer that stored the derived value) that disagrees with its sub-rows.
 */
import { T3_COL_KEYS } from '../columns.js';
import type { Finding } from '../../shared/finding.js';
import { getCell, cellPath } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { hasBlank, makeFinding, operand, sumOf, t3ColumnZh, termsEn, termsZh, withBlankNote } from './support.js';

const SUB_ROWS = [
  ['overdueCorrection', '逾期不补正'],
  ['overdueFee', '逾期未缴费'],
  ['other', '其他'],
] as const;

export const R3B_OTHER_SUM: Rule = {
  id: 'R3b',
  severity: 'error',
  title: { zh: '表三（六）其他处理 = 三个子项之和（2021 版）', en: 'Table 3 other handling = sum of its three sub-rows (2021 format)' },
  basis: 'Structure of the 2021 template (国办公开办函〔2021〕30号); domain.md §1.4, §2.1 R3b',
  check({ report }: RuleContext): Finding[] {
    if (report.format !== '2021') return [];
    const out: Finding[] = [];
    for (const c of T3_COL_KEYS) {
      const totalPath = cellPath('table3', 'otherHandling.total', c);
      const stored = getCell(report, totalPath);
      if (stored === undefined || stored === null) continue;
      const parts = SUB_ROWS.map(([k, label]) => operand(report, cellPath('table3', `otherHandling.${k}`, c), label));
      const expected = sumOf(parts);
      if (expected === stored) continue;
      const blanks = hasBlank(parts);
      const msg = withBlankNote(
        {
          zh: `${t3ColumnZh(c)}：（六）其他处理 ${stored} ≠ ${termsZh(parts)} = ${expected}`,
          en: `Table 3 column ${c}: otherHandling.total ${stored} ≠ ${termsEn(parts)} = ${expected}`,
        },
        blanks,
      );
      out.push(makeFinding(R3B_OTHER_SUM, { ...msg, paths: [totalPath, ...parts.map((p) => p.path)], expected, actual: stored, blanksAsZero: blanks }));
    }
    return out;
  },
};
