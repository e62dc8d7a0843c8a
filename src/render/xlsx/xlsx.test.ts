import ExcelJS from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { T3_COL_KEYS } from '../../domain/annual-report/columns.js';
import { getFormat } from '../../domain/annual-report/formats/index.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { CORPUS_2019, CORPUS_2021, SAMPLE_SECTIONS, corpusReport, expectedCells } from '../corpus.test-util.js';
import { xlsxRenderer } from './index.js';

async function open(report: AnnualReport): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await xlsxRenderer.render(report)) as unknown as ExcelJS.Buffer);
  return wb;
}

const isFormula = (cell: Cell): boolean => cell.type === ExcelJS.ValueType.Formula;
/** The number a cell shows: the cached result of a formula, or the constant. */
const shown = (cell: Cell): unknown => (isFormula(cell) ? cell.result : cell.value);
const merges = (ws: Worksheet): string[] => (ws.model as unknown as { merges: string[] }).merges;
const sheet = (wb: ExcelJS.Workbook, name: string): Worksheet => wb.getWorksheet(name)!;

/** Excel row of each Table-3 data row (rows start under the three header rows). */
function t3Rows(report: AnnualReport): Map<string, number> {
  return new Map(getFormat(report.format).table3.map((r, i) => [r.path, 4 + i]));
}
const T3_COL_LETTERS = ['D', 'E', 'F', 'G', 'H', 'I', 'J'];

describe('xlsx renderer', () => {
  it('writes the info sheet and one sheet per table', async () => {
    const wb = await open(corpusReport(CORPUS_2021, { sections: SAMPLE_SECTIONS }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['报告信息', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼']);
    const info = sheet(wb, '报告信息');
    const rows = new Map<string, unknown>();
    info.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(rows.get('机关名称')).toBe('兴和县');
    expect(rows.get('报告年度')).toBe(2024);
    expect(rows.get('发布日期')).toBe('2025-02-17');
    expect(rows.get('报告格式')).toBe('2021');
    expect(String(rows.get('说明'))).toContain('不改动任何公布数字');
    expect(rows.get('一、总体情况')).toBe(SAMPLE_SECTIONS.overview);
  });

  it('writes a title built from agency and year when the report has none (readers take both from it)', async () => {
    const titled = sheet(await open(corpusReport(CORPUS_2021, { title: '兴和县2024年政府信息公开工作年度报告' })), '报告信息');
    expect(titled.getCell('A1').value).toBe('报告标题');
    expect(titled.getCell('B1').value).toBe('兴和县2024年政府信息公开工作年度报告');
    const untitled = sheet(await open(corpusReport(CORPUS_2021, { title: null })), '报告信息');
    expect(untitled.getCell('B1').value).toBe('兴和县2024年政府信息公开工作年度报告');
  });

  for (const id of [CORPUS_2021, CORPUS_2019]) {
    it(`writes Table 3 with its merged header, labels and every value as shown (${id})`, async () => {
      const report = corpusReport(id);
      const ws = sheet(await open(report), '表三 依申请公开');
      expect(merges(ws)).toEqual(expect.arrayContaining(['A1:C3', 'D1:J1', 'D2:D3', 'E2:I2', 'J2:J3']));
      expect(ws.getCell('A1').value).toBe('本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和');
      expect(ws.getCell('D1').value).toBe('申请人情况');
      expect(['D2', 'E2', 'J2'].map((a) => ws.getCell(a).value)).toEqual(['自然人', '法人或其他组织', '总计']);
      expect(['E3', 'F3', 'G3', 'H3', 'I3'].map((a) => ws.getCell(a).value)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 3 });
      const rows = t3Rows(report);
      expect(ws.getCell(`A${rows.get('newReceived')}`).value).toBe('一、本年新收政府信息公开申请数量');
      expect(ws.getCell(`A${rows.get('granted')}`).value).toBe('三、本年度办理结果');
      expect(ws.getCell(`B${rows.get('denied.stateSecret')}`).value).toBe('（三）不予公开');
      expect(ws.getCell(`C${rows.get('denied.stateSecret')}`).value).toBe('1.属于国家秘密');
      expect(merges(ws)).toContain(`B${rows.get('denied.stateSecret')}:B${rows.get('denied.adminQuery')}`);
      expect(merges(ws)).toContain(`A${rows.get('granted')}:A${rows.get('totalProcessed')}`);
      const cells = expectedCells(id);
      for (const [path, r] of rows) {
        T3_COL_KEYS.forEach((col, i) => {
          const cell = ws.getCell(`${T3_COL_LETTERS[i]}${r}`);
          const want = cells.get(`table3.${path}.${col}`);
          expect(shown(cell), `${path}.${col}`).toBe(want);
          expect(typeof cell.value === 'string', `${path}.${col} is not text`).toBe(false);
        });
      }
    });

    it(`writes totals as SUM formulas whose cached results are the published values (${id})`, async () => {
      const report = corpusReport(id);
      const ws = sheet(await open(report), '表三 依申请公开');
      const rows = t3Rows(report);
      const total = rows.get('totalProcessed')!;
      const newReceived = ws.getCell(`J${rows.get('newReceived')}`);
      expect(newReceived.formula).toBe(`SUM(D${rows.get('newReceived')}:I${rows.get('newReceived')})`);
      expect(newReceived.result).toBe(expectedCells(id).get('table3.newReceived.total'));
      const lastResult = total - 1;
      for (const [i, letter] of T3_COL_LETTERS.entries()) {
        const cell = ws.getCell(`${letter}${total}`);
        expect(cell.formula, letter).toBe(`SUM(${letter}${rows.get('granted')}:${letter}${lastResult})`);
        expect(cell.result).toBe(expectedCells(id).get(`table3.totalProcessed.${T3_COL_KEYS[i]}`));
        expect(cell.note).toBeUndefined();
      }
      const t4 = sheet(await open(report), '表四 复议诉讼');
      expect(t4.getCell('E4').formula).toBe('SUM(A4:D4)');
      expect(t4.getCell('E4').result).toBe(expectedCells(id).get('table4.reconsideration.total'));
      expect(t4.getCell('J4').formula).toBe('SUM(F4:I4)');
      expect(t4.getCell('O4').formula).toBe('SUM(K4:N4)');
    });
  }

  it('keeps an inconsistent published total as a constant with a note', async () => {
    const cells = expectedCells(CORPUS_2021);
    cells.set('table3.newReceived.total', 27); // row sum is 26
    cells.set('table3.totalProcessed.naturalPerson', 25); // column sum is 26
    cells.set('table4.reconsideration.total', 8); // 5 + 2 + 0 + 0 = 7
    const report = corpusReport(CORPUS_2021, { cells });
    const wb = await open(report);
    const ws = sheet(wb, '表三 依申请公开');
    const rows = t3Rows(report);
    const nr = ws.getCell(`J${rows.get('newReceived')}`);
    expect(isFormula(nr)).toBe(false);
    expect(nr.value).toBe(27);
    expect(String(nr.note)).toMatch(/公布数字 27 .*（26）不一致/);
    expect(String(nr.note)).toMatch(/published figure 27 differs .*\(26\)/);

    const tp = ws.getCell(`D${rows.get('totalProcessed')}`);
    expect(isFormula(tp)).toBe(false);
    expect(tp.value).toBe(25);
    expect(String(tp.note)).toContain('26');

    // 总计 of (七)总计: equals the column sum (26) but not its own row (25 + 0 …): formula kept, row difference noted.
    const corner = ws.getCell(`J${rows.get('totalProcessed')}`);
    expect(corner.formula).toMatch(/^SUM\(J\d+:J\d+\)$/);
    expect(corner.result).toBe(26);
    expect(String(corner.note)).toContain('本行六类申请人之和（25）');

    const t4 = sheet(wb, '表四 复议诉讼');
    expect(isFormula(t4.getCell('E4'))).toBe(false);
    expect(t4.getCell('E4').value).toBe(8);
    expect(String(t4.getCell('E4').note)).toMatch(/公布数字 8 .*（7）/);
  });

  it('leaves blank cells empty and keeps blanks out of totals (2019)', async () => {
    const cells = expectedCells(CORPUS_2019);
    cells.set('table3.granted.total', null);
    cells.set('table3.granted.commercial', null);
    const report = corpusReport(CORPUS_2019, { cells, units: { 'table2.centralProcurement.amount': 'yuan' } });
    const wb = await open(report);
    const t2 = sheet(wb, '表二 主动公开');
    const byLabel = new Map<string, number>();
    t2.eachRow((row, n) => byLabel.set(String(row.getCell(1).value), n));
    const services = byLabel.get('其他对外管理服务事项')!;
    expect(t2.getCell(`B${services}`).value).toBe(24);
    expect(t2.getCell(`C${services}`).value).toBeNull();
    expect(t2.getCell(`C${byLabel.get('行政处罚')}`).value).toBe(-19);
    const procurement = t2.getCell(`C${byLabel.get('政府集中采购')}`);
    expect(procurement.value).toBe(63744431.4);
    expect(String(procurement.note)).toContain('元');
    expect(merges(t2)).toContain('A1:D1');
    expect(t2.getCell('A1').value).toBe('第二十条第（一）项');
    expect(t2.getCell('A2').value).toBe('信息内容');
    // (八)项 has two columns: the last spans to D.
    expect(merges(t2)).toContain(`C${byLabel.get('行政事业性收费')}:D${byLabel.get('行政事业性收费')}`);

    const t3 = sheet(wb, '表三 依申请公开');
    const r = t3Rows(report).get('granted')!;
    expect(t3.getCell(`E${r}`).value).toBeNull();
    expect(t3.getCell(`J${r}`).value).toBeNull();
  });

  it('styles cells: Chinese font, thin borders, bold shaded headers', async () => {
    const ws = sheet(await open(corpusReport(CORPUS_2021)), '表三 依申请公开');
    expect(ws.getCell('D4').font.name).toBe('宋体');
    expect(ws.getCell('D4').border.top?.style).toBe('thin');
    expect(ws.getCell('C3').border.bottom?.style).toBe('thin'); // inside the merged note cell
    expect(ws.getCell('D1').font.bold).toBe(true);
    expect(ws.getColumn(3).width).toBeGreaterThan(30);
  });
});
