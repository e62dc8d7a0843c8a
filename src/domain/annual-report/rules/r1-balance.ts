/**
 * @module R1 `t3.balance`: per Table-3 column, 本年新收 + 上年结转 = （七）总计 + 结转下年度
 * (the 勾稽关系 note in the template; domain.md §2.1).
 */
import { T3_COL_KEYS } from '../columns.js';
import type { Finding } from '../../shared/finding.js';
import { cellIndex, cellPath } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { hasBlank, makeFinding, operand, pathsOf, t3ColumnZh, tally, termsEn, termsZh, withBlankNote } from './support.js';

/** Per column: the cells of each side of the balance. */
const SIDES = T3_COL_KEYS.map((c) => ({
  c,
  left: [cellPath('table3', 'newReceived', c), cellPath('table3', 'carriedOver', c)],
  right: [cellPath('table3', 'totalProcessed', c), cellPath('table3', 'carriedForward', c)],
}));

export const R1_BALANCE: Rule = {
  id: 'R1',
  severity: 'error',
  title: { zh: '表三各列：新收 + 上年结转 = 办理总计 + 结转下年', en: 'Table 3 column balance: received + carried over = processed + carried forward' },
  basis: 'Table 3 note 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和; domain.md §2.1 R1',
  check({ report }: RuleContext): Finding[] {
    const out: Finding[] = [];
    const cells = cellIndex(report);
    for (const side of SIDES) {
      const l = tally(cells, side.left);
      const r = tally(cells, side.right);
      if (l.blanks + r.blanks === 4) continue;
      const expected = l.sum;
      const actual = r.sum;
      if (expected === actual) continue;
      const { c } = side;
      const left = [operand(report, side.left[0]!, '本年新收'), operand(report, side.left[1]!, '上年结转')];
      const right = [operand(report, side.right[0]!, '（七）总计'), operand(report, side.right[1]!, '结转下年')];
      const blanks = hasBlank([...left, ...right]);
      const msg = withBlankNote(
        {
          zh: `${t3ColumnZh(c)}：${termsZh(left)} = ${expected} ≠ ${termsZh(right)} = ${actual}`,
          en: `Table 3 column ${c}: ${termsEn(left)} = ${expected} ≠ ${termsEn(right)} = ${actual}`,
        },
        blanks,
      );
      out.push(makeFinding(R1_BALANCE, { ...msg, paths: pathsOf(left, right), expected, actual, blanksAsZero: blanks }));
    }
    return out;
  },
};
