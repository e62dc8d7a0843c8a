/**
 * @module Tests of rule w2-in-force-roll: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { W2_IN_FORCE_ROLL } from './w2-in-force-roll.js';
import { samplePrevious, sampleReport } from './test-helpers.test-util.js';

describe('W2 t2.inForceRoll', () => {
  it('has nothing to check on 2019 reports or without a previous 2021-format report', () => {
    expect(W2_IN_FORCE_ROLL.check({ report: sampleReport('2019'), previous: samplePrevious('2019') })).toEqual([]);
    expect(W2_IN_FORCE_ROLL.check({ report: sampleReport('2021') })).toEqual([]);
    const report = sampleReport('2021', { year: 2021 });
    expect(W2_IN_FORCE_ROLL.check({ report, previous: samplePrevious('2019', { year: 2020 }) })).toEqual([]);
  });

  it('passes when in force = last year’s in force + issued − repealed', () => {
    expect(W2_IN_FORCE_ROLL.check({ report: sampleReport('2021'), previous: samplePrevious('2021') })).toEqual([]);
  });

  it('reports a row that does not roll', () => {
    const report = sampleReport('2021', { cells: { 'table2.normativeDocs.inForce': 25 } });
    const [f, ...rest] = W2_IN_FORCE_ROLL.check({ report, previous: samplePrevious('2021') });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'W2', severity: 'warning', expected: 11, actual: 25 });
    expect(f!.message.zh).toBe('表二“行政规范性文件”：2021年现行有效 10 + 本年制发 2 − 本年废止 1 = 11 ≠ 现行有效件数 25');
    expect(f!.paths).toEqual(['table2.normativeDocs.issued', 'table2.normativeDocs.repealed', 'table2.normativeDocs.inForce']);
  });

  it('reads blanks as 0', () => {
    const report = sampleReport('2021', { cells: { 'table2.regulations.issued': null, 'table2.regulations.inForce': 2 } });
    expect(W2_IN_FORCE_ROLL.check({ report, previous: samplePrevious('2021') })).toMatchObject([{ expected: 0, actual: 2, blanksAsZero: true }]);
  });
});
