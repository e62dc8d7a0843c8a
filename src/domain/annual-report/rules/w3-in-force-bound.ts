/**
 * @module W3 `t2.inForceBound` (2021): for 规章 and 行政规范性文件,
 * 本年废止件数(N) ≤ 现行有效件数(N−1) + 本年制发件数(N): one cannot repeal more documents than
 * were in force. Needs a 2021-format `previous` of year N−1. The other half of domain.md §2.2 W3,
 * 现行有效件数 ≥ 0, is already an error under R5 and is not repeated here.
 */
import type { Finding } from '../../shared/finding.js';
import { cellPath } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { makeFinding, readCell } from './support.js';
import { IN_FORCE_ROWS } from './w2-in-force-roll.js';

export const W3_IN_FORCE_BOUND: Rule = {
  id: 'W3',
  severity: 'warning',
  title: { zh: '本年废止件数 ≤ 上年现行有效 + 本年制发', en: 'Repealed ≤ last year’s in force + issued' },
  basis: 'Inferred bound on the 2021 Table 2 columns; domain.md §2.2 W3',
  check({ report, previous }: RuleContext): Finding[] {
    if (report.format !== '2021' || !previous || previous.format !== '2021') return [];
    if (report.year === null || previous.year !== report.year - 1) return [];
    const out: Finding[] = [];
    for (const [row, zh] of IN_FORCE_ROWS) {
      const prev = readCell(previous, cellPath('table2', row, 'inForce'));
      const issued = readCell(report, cellPath('table2', row, 'issued'));
      const repealed = readCell(report, cellPath('table2', row, 'repealed'));
      if (repealed === null || repealed === 0) continue;
      const bound = (prev ?? 0) + (issued ?? 0);
      if (repealed <= bound) continue;
      const blanks = prev === null || issued === null;
      out.push(
        makeFinding(W3_IN_FORCE_BOUND, {
          zh: `表二“${zh}”：本年废止 ${repealed} 件，多于${previous.year}年现行有效 ${prev ?? '空'} + 本年制发 ${issued ?? '空'} = ${bound}${blanks ? '（空白单元格按 0 计）' : ''}`,
          en: `Table 2 ${row}: repealed ${repealed} > in force ${prev ?? 'blank'} (${previous.year}) + issued ${issued ?? 'blank'} = ${bound}${blanks ? ' (blank cells read as 0)' : ''}`,
          paths: [cellPath('table2', row, 'issued'), cellPath('table2', row, 'repealed')],
          expected: bound,
          actual: repealed,
          blanksAsZero: blanks,
        }),
      );
    }
    return out;
  },
};
