/**
 * @module Every table of the analysis views as data, and the two download formats made from it:
 * CSV (RFC 4180, UTF-8 with BOM so spreadsheets read the Chinese, CRLF; text that a spreadsheet
 * would run as a formula is guarded) and XLSX (exceljs: one sheet per table, a header row, rates
 * as percentages, the notes on a sheet of their own). Blank values stay empty — never 0.
 */
import type { Worksheet } from 'exceljs';
import { CSV_BOM, csvLine, guardText } from '../../render/csv/long-form.js';

export type DataValue = string | number | null;

/** `rate` is a fraction shown as a percentage; `amount` a decimal; `count` an integer. */
export type ColumnKind = 'text' | 'count' | 'rate' | 'amount';

export interface DataColumn {
  readonly label: string;
  readonly kind: ColumnKind;
}

export interface DataTable {
  /** Sheet name (≤ 31 characters) and the stem of the file name. */
  readonly name: string;
  readonly title: string;
  readonly columns: readonly DataColumn[];
  readonly rows: readonly (readonly DataValue[])[];
  /** What a reader must know: formulas, what a blank means. */
  readonly notes: readonly string[];
}

export const DOWNLOAD_FORMATS = ['csv', 'xlsx'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export const MEDIA_TYPES: Readonly<Record<DownloadFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function csvValue(v: DataValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  return guardText(v);
}

export function tableToCsv(table: DataTable): Uint8Array {
  let out = CSV_BOM + csvLine(table.columns.map((c) => c.label));
  for (const row of table.rows) out += csvLine(row.map(csvValue));
  return new TextEncoder().encode(out);
}

const NUMBER_FORMATS: Readonly<Record<ColumnKind, string | undefined>> = { text: undefined, count: '0', rate: '0.0%', amount: '0.######' };

function fillSheet(ws: Worksheet, table: DataTable): void {
  ws.addRow(table.columns.map((c) => c.label));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', wrapText: true };
  for (const row of table.rows) ws.addRow(row.map((v) => (v === null ? null : v)));
  table.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.kind === 'text' ? Math.min(40, Math.max(10, c.label.length * 2 + 4)) : Math.max(10, c.label.length * 2 + 2);
    const fmt = NUMBER_FORMATS[c.kind];
    if (fmt) col.numFmt = fmt;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function tablesToXlsx(tables: readonly DataTable[], title: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongkai';
  wb.title = title;
  for (const t of tables) fillSheet(wb.addWorksheet(t.name), t);
  const notes = wb.addWorksheet('说明');
  notes.getColumn(1).width = 100;
  notes.addRow([title]).font = { bold: true };
  for (const t of tables) {
    notes.addRow([]);
    notes.addRow([`${t.name}：${t.title}`]).font = { bold: true };
    for (const n of t.notes) notes.addRow([n]).alignment = { wrapText: true };
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function renderDownload(table: DataTable, format: DownloadFormat): Promise<Uint8Array> {
  return format === 'csv' ? tableToCsv(table) : tablesToXlsx([table], table.title);
}

/** `sums.csv` → ['sums', 'csv']; undefined for anything else. */
export function parseDownloadName(file: string, tables: readonly string[]): { table: string; format: DownloadFormat } | undefined {
  const m = /^([a-z]+)\.(csv|xlsx)$/.exec(file);
  if (!m || !tables.includes(m[1]!)) return undefined;
  return { table: m[1]!, format: m[2] as DownloadFormat };
}
