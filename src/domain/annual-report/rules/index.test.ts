/**
 * @module The rule list and checkReport on the consistent samples.
 */
import { describe, it, expect } from 'vitest';
import { FORMAT_IDS } from '../columns.js';
import { RULES, checkReport } from './index.js';
import { samplePrevious, sampleReport } from './test-helpers.test-util.js';

describe('RULES', () => {
  it('has unique ids, errors for R*, warnings for W*', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['R1', 'R2', 'R3', 'R3b', 'R4', 'R5', 'R6', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8', 'W-FMT']);
    for (const r of RULES) {
      expect(r.severity).toBe(r.id.startsWith('R') ? 'error' : 'warning');
      expect(r.title.zh.length).toBeGreaterThan(0);
      expect(r.title.en.length).toBeGreaterThan(0);
      expect(r.basis.length).toBeGreaterThan(0);
    }
  });
});

describe('checkReport', () => {
  for (const format of FORMAT_IDS) {
    it(`finds nothing in the consistent ${format} sample, with and without a previous report`, () => {
      expect(checkReport(sampleReport(format))).toEqual([]);
      expect(checkReport(sampleReport(format), { previous: samplePrevious(format) })).toEqual([]);
    });
  }

  it('collects the findings of every rule, each tagged with its rule and severity', () => {
    const report = sampleReport('2021', {
      year: 2020,
      cells: { 'table3.newReceived.total': 5, 'table4.reconsideration.total': null },
    });
    const findings = checkReport(report, { previous: samplePrevious('2021', { cells: { 'table3.carriedForward.total': 3 } }) });
    const byRule = new Map(findings.map((f) => [f.rule, f.severity]));
    expect(byRule.get('R1')).toBe('error'); // total column: 5 + 1 ≠ 5 + 0
    expect(byRule.get('R2')).toBe('error'); // newReceived: 3 + 1 ≠ 5
    expect(byRule.get('R4')).toBe('error'); // reconsideration: 2 ≠ blank
    expect(byRule.get('R6')).toBe('error');
    expect(byRule.get('W-FMT')).toBe('warning'); // 2020 in the 2021 format
    expect(byRule.has('W1')).toBe(false); // previous is 2021, not 2019
  });

  it('passes `previous` to the cross-year rules', () => {
    const previous = samplePrevious('2021', { cells: { 'table3.carriedForward.total': 3 } });
    const rules = checkReport(sampleReport('2021'), { previous }).map((f) => f.rule);
    expect(rules).toContain('W1');
  });
});
