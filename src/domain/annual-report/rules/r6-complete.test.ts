/**
 * @module Tests of rule r6-complete: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { buildReport } from '../report.js';
import { R6_COMPLETE } from './r6-complete.js';
import { sampleCells, sampleReport } from './test-helpers.test-util.js';

describe('R6 cells.complete', () => {
  it('passes when every Table-3 and Table-4 cell has a value', () => {
    expect(R6_COMPLETE.check({ report: sampleReport('2021') })).toEqual([]);
  });

  it('does not count Table 2 blanks', () => {
    expect(R6_COMPLETE.check({ report: sampleReport('2019', { cells: { 'table2.otherServices.yearChange': null } }) })).toEqual([]);
  });

  it('gives one finding per incomplete table with how many of how many', () => {
    const report = sampleReport('2019', {
      cells: { 'table3.granted.total': null, 'table4.litigationAfterReconsideration.upheld': null, 'table4.litigationAfterReconsideration.total': null },
    });
    const [t3, t4, ...rest] = R6_COMPLETE.check({ report });
    expect(rest).toEqual([]);
    expect(t3).toMatchObject({ rule: 'R6', severity: 'error', paths: ['table3.granted.total'], expected: 161, actual: 160 });
    expect(t3!.message.zh).toContain('161 个单元格中有 1 个缺失');
    expect(t4).toMatchObject({ expected: 15, actual: 13 });
    expect(t4!.paths).toEqual(['table4.litigationAfterReconsideration.upheld', 'table4.litigationAfterReconsideration.total']);
  });

  it('tells blank cells from missing ones when sources are known', () => {
    const cells = { ...sampleCells('2021'), 'table4.litigationDirect.total': null, 'table4.litigationAfterReconsideration.total': null };
    const report = buildReport({
      format: '2021',
      cells,
      cellSources: new Map([['table4.litigationDirect.total', { raw: '\u00a0', at: { kind: 'line', line: 600 } }]]),
    });
    const [f] = R6_COMPLETE.check({ report });
    // The cell printed blank is present; only the absent one fails R6.
    expect(f!.paths).toEqual(['table4.litigationAfterReconsideration.total']);
    expect(f!.message.zh).toContain('15 个单元格中有 1 个缺失（另有 1 个印为空白，按 0 计）');
  });

  it('passes a table whose null cells were all printed blank', () => {
    const cells = { ...sampleCells('2021'), 'table4.litigationDirect.total': null };
    const report = buildReport({
      format: '2021',
      cells,
      cellSources: new Map([['table4.litigationDirect.total', { raw: '\u00a0', at: { kind: 'line', line: 600 } }]]),
    });
    expect(R6_COMPLETE.check({ report })).toEqual([]);
  });
});
