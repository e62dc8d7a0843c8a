/**
 * @module W1 `t3.crossYear`: per Table-3 column, 上年结转 of year N equals 结转下年度继续办理 of
 * year N−1 for the same agency (inferred; domain.md §2.2). Needs `previous` with year N−1.
 * Paths name the current report's cells; the message gives last year's value.
 */
import { T3_COL_KEYS } from '../columns.js';
import type { Finding } from '../../shared/finding.js';
import type { AnnualReport } from '../report.js';
import { cellPath } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { makeFinding, readCell, t3ColumnZh } from './support.js';

/** Both agencies known and clearly different (neither name contains the other) → not comparable. */
function differentAgencies(a: AnnualReport, b: AnnualReport): boolean {
  const x = a.agency?.replace(/\s/gu, '');
  const y = b.agency?.replace(/\s/gu, '');
  if (!x || !y) return false;
  return !x.includes(y) && !y.includes(x);
}

export const W1_CROSS_YEAR: Rule = {
  id: 'W1',
  severity: 'warning',
  title: { zh: '上年结转 = 上一年度报告的结转下年', en: 'Carried over equals last year’s carried forward' },
  basis: 'Inferred continuity between consecutive reports of one agency; domain.md §2.2 W1',
  check({ report, previous }: RuleContext): Finding[] {
    if (!previous || report.year === null || previous.year !== report.year - 1) return [];
    if (differentAgencies(report, previous)) return [];
    const out: Finding[] = [];
    for (const c of T3_COL_KEYS) {
      const path = cellPath('table3', 'carriedOver', c);
      const now = readCell(report, path);
      const before = readCell(previous, cellPath('table3', 'carriedForward', c));
      if (now === null && before === null) continue;
      const expected = before ?? 0;
      const actual = now ?? 0;
      if (expected === actual) continue;
      const blanks = now === null || before === null;
      out.push(
        makeFinding(W1_CROSS_YEAR, {
          zh: `${t3ColumnZh(c)}：${report.year}年上年结转 ${now ?? '空'} ≠ ${previous.year}年报告结转下年度继续办理 ${before ?? '空'}${blanks ? '（空白单元格按 0 计）' : ''}`,
          en: `Table 3 column ${c}: carriedOver ${now ?? 'blank'} in ${report.year} ≠ carriedForward ${before ?? 'blank'} in ${previous.year}${blanks ? ' (blank cells read as 0)' : ''}`,
          paths: [path],
          expected,
          actual,
          blanksAsZero: blanks,
        }),
      );
    }
    return out;
  },
};
