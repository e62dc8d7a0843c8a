import { describe, expect, it } from 'vitest';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { readReportCsv, parseCsv } from '../../ingest/own/read-csv.js';
import { CORPUS_2019, CORPUS_2021, SAMPLE_SECTIONS, corpusReport } from '../corpus.test-util.js';
import { csvRenderer } from './index.js';
import { guardText, unguardText } from './long-form.js';

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** The report as the CSV reader can give it back: no sources, no findings. */
const valuesOnly = (r: AnnualReport): AnnualReport => ({ ...r, sources: { table2: {}, table3: {}, table4: {} }, findings: [] });

describe('csv renderer', () => {
  it('writes a BOM, the header, metadata, sections, units, then one line per template cell', async () => {
    const report = corpusReport(CORPUS_2019, { sections: SAMPLE_SECTIONS, units: { 'table2.centralProcurement.amount': 'yuan' } });
    const text = decode(await csvRenderer.render(report));
    expect(text.startsWith('\uFEFFpath,label,value\r\n')).toBe(true);
    const records = parseCsv(text.slice(1));
    expect(records.slice(1, 6).map((r) => r[0])).toEqual(['meta.format', 'meta.year', 'meta.agency', 'meta.title', 'meta.publishedAt']);
    expect(records[1]).toEqual(['meta.format', '报告格式', '2019']);
    expect(records[3]).toEqual(['meta.agency', '机关名称', '康乐县人民政府']);
    expect(records[4]).toEqual(['meta.title', '报告标题', '']);
    expect(records.find((r) => r[0] === 'unit.table2.centralProcurement.amount')?.[2]).toBe('yuan');
    const specs = cellSpecs('2019');
    const cellLines = records.filter((r) => r[0]!.startsWith('table'));
    expect(cellLines.map((r) => r[0])).toEqual(specs.map((s) => s.path));
    expect(cellLines.map((r) => r[1])).toEqual(specs.map((s) => s.label));
    expect(cellLines.find((r) => r[0] === 'table2.otherServices.yearChange')).toEqual([
      'table2.otherServices.yearChange',
      '其他对外管理服务事项 / 本年增/减',
      '',
    ]);
    expect(cellLines.find((r) => r[0] === 'table2.penalty.yearChange')?.[2]).toBe('-19');
    expect(cellLines.find((r) => r[0] === 'table2.centralProcurement.amount')?.[2]).toBe('63744431.4');
    expect(records).toHaveLength(1 + 5 + 6 + 1 + specs.length);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and guards formula-like text', async () => {
    const report = corpusReport(CORPUS_2021, {
      agency: '=HYPERLINK("http://x","点我")',
      sections: { overview: '第一段，含逗号。\n第二段 "引号"。' },
    });
    const text = decode(await csvRenderer.render(report));
    expect(text).toContain('section.overview,一、总体情况,"第一段，含逗号。\n第二段 ""引号""。"\r\n');
    expect(text).toContain(`meta.agency,机关名称,"'=HYPERLINK(""http://x"",""点我"")"\r\n`);
    expect(readReportCsv(await csvRenderer.render(report)).agency).toBe('=HYPERLINK("http://x","点我")');
  });

  for (const id of [CORPUS_2021, CORPUS_2019]) {
    it(`round-trips through the CSV reader to identical values, nulls included (${id})`, async () => {
      const report = corpusReport(id, {
        title: '2024年度报告, 第"1"版',
        sections: SAMPLE_SECTIONS,
        units: id === CORPUS_2019 ? { 'table2.centralProcurement.amount': null } : { 'table2.adminFees.amountWan': 'wan' },
      });
      const bytes = await csvRenderer.render(report);
      const back = readReportCsv(bytes);
      expect(back).toEqual(valuesOnly(report));
      expect(await csvRenderer.render(back)).toEqual(bytes);
    });
  }

  it('keeps the difference between no unit line and a blank unit', async () => {
    const none = readReportCsv(await csvRenderer.render(corpusReport(CORPUS_2019)));
    expect(none.units).toEqual({});
    const blank = readReportCsv(await csvRenderer.render(corpusReport(CORPUS_2019, { units: { 'table2.centralProcurement.amount': null } })));
    expect(blank.units).toEqual({ 'table2.centralProcurement.amount': null });
  });

  it('guards and unguards text exactly', () => {
    for (const s of ['=1+1', "'=1", "''+x", '@SUM', '-abc', '普通文字', "'plain", '']) {
      expect(unguardText(guardText(s))).toBe(s);
    }
    expect(guardText('=1')).toBe("'=1");
    expect(guardText('普通')).toBe('普通');
  });
});
