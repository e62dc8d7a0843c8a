import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../domain/annual-report/sections.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { CORPUS_2019, CORPUS_2021, SAMPLE_SECTIONS, corpusReport } from '../corpus.test-util.js';
import { docxRenderer } from './index.js';

interface Unzipped {
  readonly bytes: Uint8Array;
  readonly document: string;
  readonly styles: string;
}

async function render(report: AnnualReport): Promise<Unzipped> {
  const bytes = await docxRenderer.render(report);
  const zip = await JSZip.loadAsync(bytes);
  return {
    bytes,
    document: await zip.file('word/document.xml')!.async('string'),
    styles: await zip.file('word/styles.xml')!.async('string'),
  };
}

const tables = (xml: string): string[] => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
const rows = (xml: string): string[] => xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
const cellsOf = (row: string): string[] => row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
const textOf = (xml: string): string => (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
const span = (cell: string): number => Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1);
const vMerge = (cell: string): string | null => {
  const m = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cell);
  return m ? (m[1] ?? 'continue') : null;
};

describe('docx renderer', () => {
  it('is an A4 portrait Word document with 仿宋 body text and 宋体 tables', async () => {
    const { document, styles } = await render(corpusReport(CORPUS_2021, { sections: SAMPLE_SECTIONS }));
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(document).toContain('w:eastAsia="宋体"');
  });

  it('has the title, the six section headings and their text', async () => {
    const report = corpusReport(CORPUS_2021, { sections: SAMPLE_SECTIONS });
    const { bytes } = await render(report);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const lines = value.split('\n').filter(Boolean);
    expect(lines[0]).toBe('兴和县2024年政府信息公开工作年度报告');
    let at = 0;
    for (const s of SECTIONS) {
      const i = lines.indexOf(s.heading, at);
      expect(i, s.heading).toBeGreaterThan(at - 1);
      at = i;
    }
    expect(lines).toContain('通过门户网站发布信息。');
    expect(lines).toContain('88.78248');
    expect(lines).toContain('13704');
  });

  it('marks header rows as repeating (and never writes tblHeader off)', async () => {
    const { document } = await render(corpusReport(CORPUS_2021));
    expect(document).not.toMatch(/<w:tblHeader w:val="(off|false|0)"\/>/);
    const all = tables(document);
    expect(all).toHaveLength(6); // four Art. 20 parts, Table 3, Table 4
    const headerRows = all.map((t) => rows(t).filter((r) => r.includes('<w:tblHeader/>')).length);
    expect(headerRows).toEqual([2, 2, 2, 2, 3, 3]);
    // Header rows come first in every table.
    for (const t of all) {
      const flags = rows(t).map((r) => r.includes('<w:tblHeader/>'));
      expect(flags.indexOf(false)).toBe(flags.lastIndexOf(true) + 1);
    }
  });

  it('writes Table 2 parts with caption and header rows', async () => {
    const { document } = await render(corpusReport(CORPUS_2021));
    const [first, second] = tables(document);
    const r = rows(first!);
    expect(textOf(r[0]!)).toBe('第二十条第（一）项');
    expect(span(cellsOf(r[0]!)[0]!)).toBe(4);
    expect(cellsOf(r[1]!).map(textOf)).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(cellsOf(r[3]!).map(textOf)).toEqual(['行政规范性文件', '5', '4', '4']);
    const lic = cellsOf(rows(second!)[2]!);
    expect(lic.map(textOf)).toEqual(['行政许可', '13704']);
    expect(span(lic[1]!)).toBe(3);
  });

  it('writes Table 3 with its merged three-row header and merged group labels', async () => {
    const { document } = await render(corpusReport(CORPUS_2021));
    const t3 = rows(tables(document)[4]!);
    const [h1, h2, h3] = t3.map(cellsOf);
    expect(textOf(h1![0]!)).toBe('本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和');
    expect([span(h1![0]!), vMerge(h1![0]!)]).toEqual([3, 'restart']);
    expect([textOf(h1![1]!), span(h1![1]!)]).toEqual(['申请人情况', 7]);
    expect(h2!.map((c) => `${textOf(c)}:${span(c)}:${vMerge(c) ?? ''}`)).toEqual([':3:continue', '自然人:1:restart', '法人或其他组织:5:', '总计:1:restart']);
    expect(h3!.map((c) => `${textOf(c)}:${vMerge(c) ?? ''}`)).toEqual([
      ':continue',
      ':continue',
      '商业企业:',
      '科研机构:',
      '社会公益组织:',
      '法律服务机构:',
      '其他:',
      ':continue',
    ]);
    const body = t3.slice(3).map(cellsOf);
    expect(body).toHaveLength(25);
    expect(body[0]!.map(textOf)).toEqual(['一、本年新收政府信息公开申请数量', '26', '0', '0', '0', '0', '0', '26']);
    expect(span(body[0]![0]!)).toBe(3);
    expect([textOf(body[2]![0]!), vMerge(body[2]![0]!)]).toEqual(['三、本年度办理结果', 'restart']);
    expect([textOf(body[4]![1]!), vMerge(body[4]![1]!)]).toEqual(['（三）不予公开', 'restart']);
    expect(body[5]!.slice(0, 3).map((c) => `${textOf(c)}|${vMerge(c) ?? ''}`)).toEqual(['|continue', '|continue', '2.其他法律行政法规禁止公开|']);
    const total = body.find((c) => c.some((x) => textOf(x) === '（七）总计'))!;
    expect(total.map(textOf)).toEqual(['', '（七）总计', '26', '0', '0', '0', '0', '0', '26']);
  });

  it('writes Table 4 with its group headers and one value row', async () => {
    const { document } = await render(corpusReport(CORPUS_2021));
    const t4 = rows(tables(document)[5]!).map(cellsOf);
    expect(t4[0]!.map((c) => `${textOf(c)}:${span(c)}`)).toEqual(['行政复议:5', '行政诉讼:10']);
    expect(t4[1]!.map((c) => `${textOf(c)}:${span(c)}`)).toEqual([':5', '未经复议直接起诉:5', '复议后起诉:5']);
    expect(t4[2]).toHaveLength(15);
    expect(t4[3]!.map(textOf)).toEqual(['5', '2', '0', '0', '7', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('writes a 2019 report with blank cells empty', async () => {
    const { document } = await render(corpusReport(CORPUS_2019));
    const all = tables(document);
    expect(all).toHaveLength(7); // five Art. 20 parts, Table 3, Table 4
    const services = rows(all[1]!).map(cellsOf).find((c) => textOf(c[0]!) === '其他对外管理服务事项')!;
    expect(services.map(textOf)).toEqual(['其他对外管理服务事项', '24', '', '24']);
    expect(rows(all[4]!).map(cellsOf)[2]!.map(textOf)).toEqual(['政府集中采购', '1878', '63744431.4']);
    expect(rows(all[5]!).slice(3)).toHaveLength(23);
  });
});
