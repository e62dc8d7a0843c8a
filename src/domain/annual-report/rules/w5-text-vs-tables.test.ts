/**
 * @module Tests of rule w5-text-vs-tables: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { W5_TEXT_VS_TABLES } from './w5-text-vs-tables.js';
import { sampleReport } from './test-helpers.test-util.js';

const withOverview = (overview: string, cells: Record<string, number | null> = {}) =>
  sampleReport('2021', { sections: { overview }, cells });

describe('W5 text.vsTables', () => {
  it('passes when the narrative agrees with the tables', () => {
    expect(W5_TEXT_VS_TABLES.check({ report: sampleReport('2021') })).toEqual([]);
    expect(W5_TEXT_VS_TABLES.check({ report: sampleReport('2019') })).toEqual([]);
  });

  it('has nothing to check without narrative numbers', () => {
    expect(W5_TEXT_VS_TABLES.check({ report: withOverview('我县高度重视政务公开工作。') })).toEqual([]);
    expect(W5_TEXT_VS_TABLES.check({ report: sampleReport('2021', { sections: {} }) })).toEqual([]);
  });

  it('reports received applications that differ from Table 3', () => {
    const [f, ...rest] = W5_TEXT_VS_TABLES.check({ report: withOverview('2022年，共收到依申请公开2件，全部按时限要求进行了公开。行政复议2件，行政诉讼1件。') });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'W5', severity: 'warning', paths: ['table3.newReceived.total'], expected: 4, actual: 2 });
    expect(f!.message.zh).toBe('正文“共收到依申请公开2件”称收到政府信息公开申请 2 件，而表三“一、本年新收政府信息公开申请数量”总计为 4');
  });

  it('compares reconsideration and litigation with Table 4 (litigation = both groups)', () => {
    const report = withOverview('全年收到政府信息公开申请4件。因政府信息公开产生行政复议7件，未发生行政诉讼案件。');
    const findings = W5_TEXT_VS_TABLES.check({ report });
    expect(findings.map((f) => [f.paths, f.expected, f.actual])).toEqual([
      [['table4.reconsideration.total'], 2, 7],
      [['table4.litigationDirect.total', 'table4.litigationAfterReconsideration.total'], 1, 0],
    ]);
    expect(findings[1]!.message.zh).toContain('为 1 + 0 = 1');
  });

  it('stays silent when the narrative contradicts itself', () => {
    const report = withOverview('共收到依申请公开2件。全年受理政府信息公开申请3件。');
    expect(W5_TEXT_VS_TABLES.check({ report })).toEqual([]);
  });

  it('reads a blank table cell as 0 and says so', () => {
    const report = withOverview('本年度无行政诉讼。', { 'table4.litigationAfterReconsideration.total': null });
    expect(W5_TEXT_VS_TABLES.check({ report })).toMatchObject([{ expected: 1, actual: 0, blanksAsZero: true }]);
  });
});
