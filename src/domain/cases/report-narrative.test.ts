/**
 * The drafted sections: the six keys, the figures of the tables in the text,
 * and — for random tables of both formats — a text the narrative check reads
 * back as the tables' own numbers (W5), stating the fee from 2021 (W6).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellSpecs, expectedFormatForYear } from '../annual-report/formats/index.js';
import { buildReport, type CellValue } from '../annual-report/report.js';
import { W5_TEXT_VS_TABLES, W6_FEE_MENTIONED } from '../annual-report/rules/index.js';
import { SECTION_KEYS } from '../annual-report/sections.js';
import { draftReportSections, type NarrativeFacts } from './report-narrative.js';

function facts(year: number, value: (path: string) => number, extra: Partial<NarrativeFacts> = {}): NarrativeFacts {
  const format = expectedFormatForYear(year);
  const cells = new Map<string, CellValue>(cellSpecs(format).map((s) => [s.path, s.table === 'table2' ? null : value(s.path)]));
  return { agency: '兴和县人民政府', year, format, cells, fees: { count: 0, yuan: 0 }, answered: { count: 0, late: 0, medianWorkdays: null }, ...extra };
}

describe('draftReportSections', () => {
  it('drafts all six sections with the year’s figures', () => {
    const f = facts(2024, (p) => (p === 'table3.newReceived.total' ? 26 : p === 'table4.reconsideration.total' ? 7 : p === 'table4.reconsideration.upheld' ? 5 : 0), {
      fees: { count: 2, yuan: 300 },
      answered: { count: 26, late: 2, medianWorkdays: 12 },
    });
    const s = draftReportSections(f);
    expect(Object.keys(s)).toEqual([...SECTION_KEYS]);
    expect(s.overview).toContain('2024年，兴和县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》');
    expect(s.overview).toContain('本机关共收到政府信息公开申请26件');
    expect(s.overview).toContain('其中在法定期限内答复24件、超过法定期限答复2件，自收到申请至答复用时的中位数为12个工作日');
    expect(s.reviewLitigation).toContain('被申请行政复议7件，其中结果维持5件');
    expect(s.reviewLitigation).toContain('未发生因政府信息公开引起的行政诉讼');
    expect(s.problemsImprovements).toContain('本年度有2件申请超过法定期限答复');
    expect(s.otherMatters).toContain('收取信息处理费2笔，共计300元');
  });

  it('states Table-2 figures entered, with units', () => {
    const f = facts(2024, () => 0);
    const cells = new Map(f.cells);
    cells.set('table2.licensing.decisions', 13704);
    cells.set('table2.adminFees.amountWan', 88.78248);
    const s = draftReportSections({ ...f, cells });
    expect(s.proactiveDisclosure).toContain('行政许可本年处理决定数量为13704');
    expect(s.proactiveDisclosure).toContain('行政事业性收费本年收费金额88.78248万元');
    expect(s.overview).toContain('行政许可本年处理决定数量为13704');
  });

  it('says 未收取 for no fee and leaves the fee out of 2019-format years', () => {
    expect(draftReportSections(facts(2022, () => 0)).otherMatters).toContain('本机关未收取信息处理费');
    expect(draftReportSections(facts(2020, () => 0)).otherMatters).not.toContain('信息处理费');
    expect(draftReportSections(facts(2020, () => 0)).reviewLitigation).toBe('本年度未发生因政府信息公开引起的行政复议和行政诉讼。');
  });

  it('reads back, for any tables, as the tables’ own numbers (W5) and states the fee (W6)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2026 }), fc.dictionary(fc.constantFrom('n', 'r', 'd', 'a'), fc.integer({ min: 0, max: 5000 })), (year, v) => {
        const value = (p: string) =>
          p === 'table3.newReceived.total' ? (v['n'] ?? 0) : p === 'table4.reconsideration.total' ? (v['r'] ?? 0) : p === 'table4.litigationDirect.total' ? (v['d'] ?? 0) : p === 'table4.litigationAfterReconsideration.total' ? (v['a'] ?? 0) : 0;
        const f = facts(year, value);
        const report = buildReport({ format: f.format, year, agency: f.agency, sections: draftReportSections(f), cells: f.cells });
        expect(W5_TEXT_VS_TABLES.check({ report })).toEqual([]);
        expect(W6_FEE_MENTIONED.check({ report })).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
