import { describe, expect, it } from 'vitest';
import { checkReport } from '../annual-report/rules/index.js';
import { samplePrevious, sampleReport } from '../annual-report/rules/test-helpers.test-util.js';
import { crossYearFindings, withCrossYearFindings } from './cross-year.js';

describe('cross-year findings', () => {
  it('finds nothing between two consistent consecutive reports', () => {
    expect(crossYearFindings(sampleReport('2021'), samplePrevious('2021'))).toEqual([]);
  });

  it('finds W1 and W2 when last year does not carry over', () => {
    // Last year carried 3 forward (not 1) and had 8 行政规范性文件 in force (not 10: 8 + 2 − 1 ≠ 11).
    const prev = samplePrevious('2021', { cells: { 'table3.carriedForward.naturalPerson': 3, 'table3.carriedForward.total': 3, 'table2.normativeDocs.inForce': 8 } });
    const found = crossYearFindings(sampleReport('2021'), prev);
    expect(found.map((f) => [f.rule, f.paths[0], f.expected, f.actual])).toEqual([
      ['W1', 'table3.carriedOver.naturalPerson', 3, 1],
      ['W1', 'table3.carriedOver.total', 3, 1],
      ['W2', 'table2.normativeDocs.issued', 9, 11],
    ]);
  });

  it('replaces stored W1–W3 findings and keeps the rule order of checkReport', () => {
    const report = sampleReport('2021', { publishedAt: '2023-05-01' }); // late: a W7 finding after the cross-year ones
    const prev = samplePrevious('2021', { cells: { 'table3.carriedForward.naturalPerson': 2, 'table3.carriedForward.total': 2 } });
    const stale = { rule: 'W1', severity: 'warning' as const, message: { zh: '旧', en: 'old' }, paths: [] };
    const stored = [...checkReport(report), stale];
    const now = withCrossYearFindings(stored, report, prev);
    expect(now).not.toContain(stale);
    expect(now).toEqual(checkReport(report, { previous: prev }));
    expect(withCrossYearFindings(stored, report, undefined)).toEqual(checkReport(report));
  });
});
