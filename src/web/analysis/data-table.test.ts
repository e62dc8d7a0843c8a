import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../ingest/own/read-csv.js';
import { parseDownloadName, tableToCsv, tablesToXlsx, type DataTable } from './data-table.js';

const table: DataTable = {
  name: 'demo',
  title: '示例表',
  columns: [
    { label: '机关', kind: 'text' },
    { label: '公开率', kind: 'rate' },
    { label: '件数', kind: 'count' },
  ],
  rows: [
    ['甲县, 教育局', 0.75, 12],
    ['=HYPERLINK("x")', null, 0],
  ],
  notes: ['空白不按 0 计。'],
};

describe('tableToCsv', () => {
  it('writes UTF-8 with a BOM, quotes what needs it, guards formulas, leaves blanks empty', () => {
    const bytes = tableToCsv(table);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes); // drops the BOM
    expect(text).toContain('\r\n');
    expect(parseCsv(text).filter((r) => r.length > 1)).toEqual([
      ['机关', '公开率', '件数'],
      ['甲县, 教育局', '0.75', '12'],
      ["'=HYPERLINK(\"x\")", '', '0'],
    ]);
  });
});

describe('tablesToXlsx', () => {
  it('writes one sheet per table with numbers as numbers, blanks empty, rates as percentages, and the notes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await tablesToXlsx([table], '示例')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('demo')!;
    expect(ws.getRow(1).values).toEqual([undefined, '机关', '公开率', '件数']);
    expect(ws.getCell('B2').value).toBe(0.75);
    expect(ws.getColumn(2).numFmt).toBe('0.0%');
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.getCell('C3').value).toBe(0);
    const notes: string[] = [];
    wb.getWorksheet('说明')!.eachRow((r) => notes.push(String(r.getCell(1).value)));
    expect(notes).toContain('空白不按 0 计。');
  });
});

describe('parseDownloadName', () => {
  it('accepts only the named tables in the two formats', () => {
    expect(parseDownloadName('sums.xlsx', ['sums', 'status'])).toEqual({ table: 'sums', format: 'xlsx' });
    expect(parseDownloadName('status.csv', ['sums', 'status'])).toEqual({ table: 'status', format: 'csv' });
    for (const bad of ['sums.pdf', 'other.csv', '../sums.csv', 'sums.csv.exe', 'SUMS.csv']) expect(parseDownloadName(bad, ['sums', 'status'])).toBeUndefined();
  });
});
