/**
 * @module R1 `t3.balance`: per Table-3 column, 本年新收 + 上年结转 = （七）总计 + 结转下年度
 * (the 勾稽关系 note in the template; domain.md §2.1).
 */
import { T3_COL_KEYS } from '../columns.js';
import type { Finding } from '../../shared/finding.js';
import { cellPath } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { allBlank, hasBlank, makeFinding, operand, pathsOf, sumOf, t3ColumnZh, termsEn, termsZh, withBlankNote } from './support.js';

export const R1_BALANCE: Rule = {
  id: 'R1',
  severity: 'error',
  title: { zh: '表三各列：新收 + 上年结转 = 办理总计 + 结转下年', en: 'Table 3 column balance: received + carried over = processed + carried forward' },
  basis: 'Table 3 note 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和; domain.md §2.1 R1',
  check({ report }: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const c of T3_COL_KEYS) {
      const left = [
        operand(report, cellPath('table3', 'newReceived', c), '本年新收'),
        operand(report, cellPath('table3', 'carriedOver', c), '上年结转'),
      ];
      const right = [
        operand(report, cellPath('table3', 'totalProcessed', c), '（七）总计'),
        operand(report, cellPath('table3', 'carriedForward', c), '结转下年'),
      ];
      const all = [...left, ...right];
      if (allBlank(all)) continue;
      const expected = sumOf(left);
      const actual = sumOf(right);
      if (expected === actual) continue;
      const blanks = hasBlank(all);
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
