/**
 * The XLSX reader: displayed text per cell, formulas by cached result, merged
 * ranges once, blank cells kept inside a row, empty rows and hidden sheets out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../domain/shared/errors.js';
import { cellValueText, formatNumber, plainNumber } from './cell-text.js';
import { xlsxReader } from './read-xlsx.js';
import { tokenRows as rows, FIXTURES } from '../token-rows.test-util.js';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsxReader on the 涧西区 2019 workbook (004)', () => {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'xlsx', '004.xlsx')));

  it('reads the Table-3 row 一、本年新收 with its seven values (the total is a formula)', async () => {
    const r = rows((await xlsxReader.read(bytes)).tokens);
    expect(r.find((x) => x[0] === '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '15', '0', '0', '0', '0', '0', '15']);
    // Formula totals whose cached result is 0 (exceljs drops falsy results from `value`).
    expect(r.find((x) => x[0] === '二、上年结转政府信息公开申请数量')).toEqual(['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('reads every sheet in order and each merged range once, at its master cell', async () => {
    const s = await xlsxReader.read(bytes);
    const r = rows(s.tokens);
    expect(r[0]).toEqual(['涧西区人民政府办公室2019年政府信息公开工作年度报告']);
    expect(r.filter((x) => x.includes('三、本年度办理结果'))).toEqual([['三、本年度办理结果', '(一)予以公开', '1', '0', '0', '0', '0', '0', '1']]);
    expect(r.findIndex((x) => x[0] === '二、主动公开政府信息情况')).toBeLessThan(r.findIndex((x) => x[0] === '四、政府信息公开行政复议、行政诉讼情况'));
    expect(s.tokens.find((t) => t.kind === 'cell' && t.text === '行政许可')).toMatchObject({ at: { kind: 'sheet', sheet: '主动公开', cell: 'A9' } });
  });
});

describe('xlsxReader on built workbooks', () => {
  it('keeps every column of a row with content, blank ones included, and drops empty rows', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('表');
      ws.getCell('B2').value = '规章';
      ws.getCell('D2').value = 5;
      ws.getCell('F2').value = '  ';
      ws.getCell('A3').value = '';
      ws.getCell('A4').value = '下一行';
    });
    const s = await xlsxReader.read(bytes);
    // The sheet is six columns wide: a trailing blank keeps its column too.
    expect(rows(s.tokens)).toEqual([['', '规章', '', '5', '', '  '], ['下一行', '', '', '', '', '']]);
    expect(s.tokens[1]).toMatchObject({ at: { kind: 'sheet', sheet: '表', cell: 'B2' } });
  });

  it('shows formulas by cached result, numbers plainly, and skips hidden sheets', async () => {
    const bytes = await workbook((wb) => {
      const hidden = wb.addWorksheet('去年');
      hidden.getCell('A1').value = '旧数据';
      hidden.state = 'hidden';
      const ws = wb.addWorksheet('今年');
      ws.getCell('A1').value = { formula: 'SUM(B1:C1)', result: 0 };
      ws.getCell('B1').value = 1e21;
      ws.getCell('C1').value = 0.1 + 0.2;
      ws.getCell('D1').value = 0.125;
      ws.getCell('D1').numFmt = '0.0%';
      ws.getCell('E1').value = { richText: [{ text: '本年' }, { text: '新收' }] };
      ws.getCell('F1').value = { text: '链接', hyperlink: 'http://example.invalid' };
      ws.getCell('G1').value = new Date(Date.UTC(2025, 1, 17));
      ws.getCell('H1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('I1').value = '三、本年度\n办理结果';
    });
    expect(rows((await xlsxReader.read(bytes)).tokens)).toEqual([
      ['0', '1000000000000000000000', '0.3', '12.5%', '本年新收', '链接', '2025-02-17', '#DIV/0!', '三、本年度 办理结果'],
    ]);
  });

  it('refuses damaged files with INPUT_UNREADABLE', async () => {
    const good = await workbook((wb) => wb.addWorksheet('x').getCell('A1').value = 1);
    for (const bad of [good.subarray(0, 200), new TextEncoder().encode('plain text')]) {
      const e = await Promise.resolve().then(() => xlsxReader.read(bad)).then(() => null, (err: unknown) => err);
      expect(e).toBeInstanceOf(GongkaiError);
      expect(e).toMatchObject({ code: 'INPUT_UNREADABLE' });
    }
  });
});

describe('cell text', () => {
  it('writes numbers without exponents or float noise', () => {
    expect(plainNumber(88.78248)).toBe('88.78248');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-0)).toBe('0');
    expect(formatNumber(0.5, '0%')).toBe('50%');
    expect(formatNumber(13704, '#,##0')).toBe('13704');
  });

  it('reads unknown shapes as blank rather than throwing', () => {
    expect(cellValueText(undefined)).toBe('');
    expect(cellValueText({ unexpected: true })).toBe('');
    expect(cellValueText({ formula: 'A1' })).toBe('');
  });
});
