/**
 * @module The report as an Excel workbook (exceljs): a 报告信息 sheet, then one
 * sheet per statutory table with its merged headers. Numbers stay numbers,
 * blanks stay empty. Totals are SUM formulas only where the published total
 * equals the sum; otherwise the published figure is written as a constant with
 * a cell note, so the file never changes a published number.
 */
import ExcelJS from 'exceljs';
import type { Borders, Cell, Font, Worksheet } from 'exceljs';
import { getFormat } from '../../domain/annual-report/formats/index.js';
import { REPORT_SCHEMA } from '../../domain/annual-report/report.js';
import type { AnnualReport, CellValue } from '../../domain/annual-report/report.js';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { SECTIONS } from '../../domain/annual-report/sections.js';
import {
  T2_ROW_HEADER,
  T3_APPLICANT_HEADER,
  T3_COLUMNS,
  T3_NOTE,
  T3_ORG_COLUMNS,
  T3_ORG_GROUP,
  TABLE_NAMES,
  UNIT_LABELS,
  reportTitle,
  table2Layout,
  table2Width,
  table3Layout,
  table4Layout,
} from '../layout.js';

export const INFO_SHEET = '报告信息';

const FONT: Partial<Font> = { name: '宋体', size: 11, charset: 134 };
const HEAD_FONT: Partial<Font> = { ...FONT, bold: true };
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEAD_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
/** Excel's limit for the text of one cell. */
const MAX_CELL_TEXT = 32_767;

export const XLSX_NOTE =
  '本工作簿由 gongkai 按政府信息公开工作年度报告的法定格式生成。空白单元格表示报告中该项未填写（不是 0）。' +
  '表三“总计”列与“（七）总计”行、表四各“总计”列，仅在公布数字等于相应合计时写为求和公式；' +
  '公布数字与合计不一致时保留公布数字并以单元格批注说明。本文件不改动任何公布数字。';

type Role = 'head' | 'label' | 'value' | 'note';

function style(cell: Cell, role: Role): void {
  cell.font = role === 'head' ? HEAD_FONT : FONT;
  cell.border = BORDER;
  if (role === 'head') cell.fill = HEAD_FILL;
  cell.alignment =
    role === 'value'
      ? { vertical: 'middle', horizontal: 'right' }
      : { vertical: 'middle', horizontal: role === 'head' ? 'center' : 'left', wrapText: true };
}

/** Writes a (possibly merged) cell and styles every cell of the range. */
function put(ws: Worksheet, row: number, col: number, value: string | number | null, role: Role, rows = 1, cols = 1): Cell {
  for (let r = row; r < row + rows; r++) for (let c = col; c < col + cols; c++) style(ws.getCell(r, c), role);
  if (rows > 1 || cols > 1) ws.mergeCells(row, col, row + rows - 1, col + cols - 1);
  const cell = ws.getCell(row, col);
  if (value !== null) cell.value = value;
  return cell;
}

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A way the published figure may be a total: the formula and the sum it stands for. */
interface TotalCandidate {
  readonly formula: string;
  readonly sum: number;
  readonly zh: string;
  readonly en: string;
}

const sumOf = (values: readonly CellValue[]): number => values.reduce<number>((a, v) => a + (v ?? 0), 0);

/**
 * Writes a total cell: the first formula whose sum equals the published value
 * (cached result = the value), else the value as a constant; every sum that
 * differs from the published value is explained in a note.
 */
function putTotal(cell: Cell, value: CellValue, candidates: readonly TotalCandidate[]): void {
  if (value === null) return;
  const match = candidates.find((c) => c.sum === value);
  cell.value = match ? { formula: match.formula, result: value } : value;
  const differing = candidates.filter((c) => c.sum !== value);
  if (differing.length) {
    cell.note = differing
      .map(
        (c) =>
          `公布数字 ${value} 与${c.zh}（${c.sum}）不一致，此处保留公布数字。\n` +
          `The published figure ${value} differs from the sum of ${c.en} (${c.sum}); the published figure is kept.`,
      )
      .join('\n');
  }
}

function unitNote(report: AnnualReport, path: string): string | null {
  const unit = report.units[path];
  return unit ? `单位：${UNIT_LABELS[unit]}（报告中识别的单位）/ unit: ${unit}` : null;
}

// ---- Sheets ------------------------------------------------------------------

function infoSheet(wb: ExcelJS.Workbook, report: AnnualReport): void {
  const ws = wb.addWorksheet(INFO_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 0 }] });
  ws.columns = [{ width: 28 }, { width: 100 }];
  // The title the other renderers print (built from agency and year when the
  // report has none): readers take agency and year from it.
  const rows: [string, string | number | null][] = [
    ['报告标题', reportTitle(report)],
    ['机关名称', report.agency],
    ['报告年度', report.year],
    ['发布日期', report.publishedAt],
    ['报告格式', report.format],
    ['格式依据', getFormat(report.format).name],
    ['数据规范', REPORT_SCHEMA],
  ];
  for (const spec of cellSpecs(report.format)) {
    const unit = report.units[spec.path];
    if (spec.kind === 'amount' && unit) rows.push([`单位：${spec.label}`, UNIT_LABELS[unit]]);
  }
  rows.push(['说明', XLSX_NOTE]);
  for (const s of SECTIONS) {
    const text = report.sections[s.key] ?? '';
    if (text.length <= MAX_CELL_TEXT) rows.push([s.heading, text || null]);
    else for (let i = 0; i < text.length; i += MAX_CELL_TEXT) rows.push([i ? `${s.heading}（续）` : s.heading, text.slice(i, i + MAX_CELL_TEXT)]);
  }
  rows.forEach(([label, value], i) => {
    put(ws, i + 1, 1, label, 'head');
    put(ws, i + 1, 2, value, 'label');
  });
}

function table2Sheet(wb: ExcelJS.Workbook, report: AnnualReport): void {
  const ws = wb.addWorksheet(TABLE_NAMES.table2, { views: [{ state: 'frozen', xSplit: 1, ySplit: 0 }] });
  const parts = table2Layout(report);
  const width = table2Width(parts);
  ws.columns = [{ width: 28 }, ...Array.from({ length: width }, () => ({ width: 20 }))];
  let r = 1;
  for (const part of parts) {
    const spanOf = (i: number): number => (i === part.columns.length - 1 ? width - part.columns.length + 1 : 1);
    put(ws, r, 1, part.caption, 'head', 1, width + 1);
    r++;
    put(ws, r, 1, T2_ROW_HEADER, 'head');
    part.columns.forEach((c, i) => put(ws, r, i + 2, c.label, 'head', 1, spanOf(i)));
    r++;
    for (const row of part.rows) {
      put(ws, r, 1, row.label, 'label');
      row.cells.forEach((cell, i) => {
        const x = put(ws, r, i + 2, cell.value, 'value', 1, spanOf(i));
        const note = unitNote(report, cell.path);
        if (note) x.note = note;
      });
      r++;
    }
  }
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

const T3_FIRST_VALUE_COL = 4;
const T3_HEAD_ROWS = 3;

function table3Sheet(wb: ExcelJS.Workbook, report: AnnualReport): void {
  const ws = wb.addWorksheet(TABLE_NAMES.table3, {
    views: [{ state: 'frozen', xSplit: T3_FIRST_VALUE_COL - 1, ySplit: T3_HEAD_ROWS }],
  });
  ws.columns = [{ width: 14 }, { width: 18 }, { width: 44 }, ...T3_COLUMNS.map(() => ({ width: 11 }))];
  const colOf = (key: string): number => T3_FIRST_VALUE_COL + T3_COLUMNS.findIndex((c) => c.key === key);

  put(ws, 1, 1, T3_NOTE, 'label', T3_HEAD_ROWS, T3_FIRST_VALUE_COL - 1);
  put(ws, 1, T3_FIRST_VALUE_COL, T3_APPLICANT_HEADER, 'head', 1, T3_COLUMNS.length);
  for (const c of T3_COLUMNS) {
    if (c.group === null) put(ws, 2, colOf(c.key), c.label, 'head', 2, 1);
    else put(ws, 3, colOf(c.key), c.label, 'head');
  }
  put(ws, 2, colOf(T3_ORG_COLUMNS[0]!.key), T3_ORG_GROUP, 'head', 1, T3_ORG_COLUMNS.length);

  const rows = table3Layout(report);
  const rowOf = (i: number): number => T3_HEAD_ROWS + 1 + i;
  const totalIdx = rows.findIndex((r) => r.path === 'totalProcessed');
  const totalRow = rows[totalIdx];
  const resultIdx = rows.flatMap((r, i) => (totalRow && i < totalIdx && r.groups[0] === totalRow.groups[0] && r.groups.length ? [i] : []));
  const partFirst = colOf(T3_COLUMNS[0]!.key);
  const partLast = colOf('total') - 1;

  rows.forEach((row, i) => {
    const r = rowOf(i);
    if (row.topStart) put(ws, r, 1, row.topStart.label, 'label', row.topStart.span, 1);
    if (row.subStart) put(ws, r, 2, row.subStart.label, 'label', row.subStart.span, 1);
    const labelCol = row.level === 1 ? 1 : row.level === 2 ? 2 : 3;
    put(ws, r, labelCol, row.label, 'label', 1, T3_FIRST_VALUE_COL - labelCol);
    for (const cell of row.cells) {
      const c = colOf(cell.col);
      const x = put(ws, r, c, null, 'value');
      const candidates: TotalCandidate[] = [];
      if (i === totalIdx && resultIdx.length) {
        const L = columnLetter(c);
        candidates.push({
          formula: `SUM(${L}${rowOf(resultIdx[0]!)}:${L}${rowOf(resultIdx[resultIdx.length - 1]!)})`,
          sum: sumOf(resultIdx.map((j) => rows[j]!.cells.find((y) => y.col === cell.col)!.value)),
          zh: '本列（一）至（六）项之和',
          en: 'results (一)–(六) in this column',
        });
      }
      if (cell.col === 'total') {
        candidates.push({
          formula: `SUM(${columnLetter(partFirst)}${r}:${columnLetter(partLast)}${r})`,
          sum: sumOf(row.cells.filter((y) => y.col !== 'total').map((y) => y.value)),
          zh: '本行六类申请人之和',
          en: 'the six applicant columns in this row',
        });
      }
      if (candidates.length) putTotal(x, cell.value, candidates);
      else if (cell.value !== null) x.value = cell.value;
    }
  });
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${T3_HEAD_ROWS}` };
}

function table4Sheet(wb: ExcelJS.Workbook, report: AnnualReport): void {
  const ws = wb.addWorksheet(TABLE_NAMES.table4, { views: [{ state: 'frozen', xSplit: 0, ySplit: 3 }] });
  const groups = table4Layout(report);
  ws.columns = groups.flatMap((g) => g.cells.map(() => ({ width: 10 })));
  let col = 1;
  groups.forEach((g, gi) => {
    const n = g.cells.length;
    if (g.parent === null) {
      put(ws, 1, col, g.label, 'head', 2, n);
    } else {
      if (groups[gi - 1]?.parent !== g.parent) {
        put(ws, 1, col, g.parent, 'head', 1, n * groups.filter((x) => x.parent === g.parent).length);
      }
      put(ws, 2, col, g.label, 'head', 1, n);
    }
    g.cells.forEach((cell, i) => {
      put(ws, 3, col + i, cell.label, 'head');
      const x = put(ws, 4, col + i, null, 'value');
      if (cell.col === 'total') {
        putTotal(x, cell.value, [
          {
            formula: `SUM(${columnLetter(col)}4:${columnLetter(col + i - 1)}4)`,
            sum: sumOf(g.cells.filter((y) => y.col !== 'total').map((y) => y.value)),
            zh: `${g.label}结果维持、结果纠正、其他结果、尚未审结之和`,
            en: `upheld, corrected, other and pending (${g.key})`,
          },
        ]);
      } else if (cell.value !== null) {
        x.value = cell.value;
      }
    });
    col += n;
  });
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

export async function reportToXlsx(report: AnnualReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongkai';
  wb.title = reportTitle(report);
  infoSheet(wb, report);
  table2Sheet(wb, report);
  table3Sheet(wb, report);
  table4Sheet(wb, report);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
