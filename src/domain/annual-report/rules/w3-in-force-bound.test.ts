/**
 * @module Tests of rule w3-in-force-bound: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { W3_IN_FORCE_BOUND } from './w3-in-force-bound.js';
import { samplePrevious, sampleReport } from './test-helpers.test-util.js';

describe('W3 t2.inForceBound', () => {
  it('has nothing to check on 2019 reports or without a previous report', () => {
    expect(W3_IN_FORCE_BOUND.check({ report: sampleReport('2019'), previous: samplePrevious('2019') })).toEqual([]);
    expect(W3_IN_FORCE_BOUND.check({ report: sampleReport('2021', { cells: { 'table2.normativeDocs.repealed': 99 } }) })).toEqual([]);
  });

  it('passes when repealed ≤ last year’s in force + issued', () => {
    const report = sampleReport('2021', { cells: { 'table2.normativeDocs.repealed': 12, 'table2.normativeDocs.inForce': 0 } });
    expect(W3_IN_FORCE_BOUND.check({ report, previous: samplePrevious('2021') })).toEqual([]);
  });

  it('reports repealing more than there was', () => {
    const report = sampleReport('2021', { cells: { 'table2.regulations.repealed': 1 } });
    const [f] = W3_IN_FORCE_BOUND.check({ report, previous: samplePrevious('2021') });
    expect(f).toMatchObject({ rule: 'W3', severity: 'warning', expected: 0, actual: 1 });
    expect(f!.message.zh).toBe('表二“规章”：本年废止 1 件，多于2021年现行有效 0 + 本年制发 0 = 0');
  });
});
