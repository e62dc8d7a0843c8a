/**
 * @module W2 `t2.inForceRoll` (2021): for 规章 and 行政规范性文件,
 * 现行有效件数(N) = 现行有效件数(N−1) + 本年制发件数(N) − 本年废止件数(N).
 * Inferred, the definitions are not written down (domain.md §2.2). Needs a 2021-format `previous` of year N−1.
 */
import type { Finding } from '../../shared/finding.js';
import { cellPath } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { makeFinding, readCell } from './support.js';

export const IN_FORCE_ROWS = [
  ['regulations', '规章'],
  ['normativeDocs', '行政规范性文件'],
] as const;

export const W2_IN_FORCE_ROLL: Rule = {
  id: 'W2',
  severity: 'warning',
  title: { zh: '现行有效件数 = 上年现行有效 + 本年制发 − 本年废止', en: 'In force = last year’s in force + issued − repealed' },
  basis: 'Inferred from the 2021 Table 2 columns (本年制发件数, 本年废止件数, 现行有效件数); domain.md §2.2 W2 [UNVERIFIED]',
  check({ report, previous }: RuleContext): Finding[] {
    if (report.format !== '2021' || !previous || previous.format !== '2021') return [];
    if (report.year === null || previous.year !== report.year - 1) return [];
    const out: Finding[] = [];
    for (const [row, zh] of IN_FORCE_ROWS) {
      const prev = readCell(previous, cellPath('table2', row, 'inForce'));
      const issued = readCell(report, cellPath('table2', row, 'issued'));
      const repealed = readCell(report, cellPath('table2', row, 'repealed'));
      const inForce = readCell(report, cellPath('table2', row, 'inForce'));
      const values = [prev, issued, repealed, inForce];
      if (values.every((v) => v === null)) continue;
      const expected = (prev ?? 0) + (issued ?? 0) - (repealed ?? 0);
      const actual = inForce ?? 0;
      if (expected === actual) continue;
      const blanks = values.some((v) => v === null);
      const s = (v: number | null, b: string): string => (v === null ? b : String(v));
      out.push(
        makeFinding(W2_IN_FORCE_ROLL, {
          zh: `表二“${zh}”：${previous.year}年现行有效 ${s(prev, '空')} + 本年制发 ${s(issued, '空')} − 本年废止 ${s(repealed, '空')} = ${expected} ≠ 现行有效件数 ${s(inForce, '空')}${blanks ? '（空白单元格按 0 计）' : ''}`,
          en: `Table 2 ${row}: in force ${s(prev, 'blank')} (${previous.year}) + issued ${s(issued, 'blank')} − repealed ${s(repealed, 'blank')} = ${expected} ≠ inForce ${s(inForce, 'blank')}${blanks ? ' (blank cells read as 0)' : ''}`,
          paths: [cellPath('table2', row, 'issued'), cellPath('table2', row, 'repealed'), cellPath('table2', row, 'inForce')],
          expected,
          actual,
          blanksAsZero: blanks,
        }),
      );
    }
    return out;
  },
};
