/**
 * What a spreadsheet program shows in a downloaded workbook, read with
 * exceljs: each sheet as rows of plain values, merged cells once (at their
 * top-left cell), formulas as their value. exceljs drops a cached result of 0
 * when reading, so `SUM(…)` formulas are evaluated over the sheet; a cached
 * result that differs from the evaluated sum is an error.
 */
import type ExcelJS from 'exceljs';

export type SheetValue = string | number | boolean | null;

function plain(v: ExcelJS.CellValue): SheetValue | { formula: string; result: unknown } {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') return { formula: v.formula, result: v.result };
  if (typeof v === 'object' && 'sharedFormula' in v) throw new Error('shared formulas are not read here');
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}

const colIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Evaluates `SUM(A1:B2, C3, …)` over the sheet's values. */
function evaluate(formula: string, valueAt: (row: number, col: number) => SheetValue): number {
  const m = /^SUM\((.*)\)$/i.exec(formula.trim());
  if (!m) throw new Error(`cannot evaluate formula ${formula}`);
  let sum = 0;
  for (const part of m[1]!.split(',')) {
    const r = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(part.trim());
    if (!r) throw new Error(`cannot evaluate range ${part} in ${formula}`);
    const [c1, r1] = [colIndex(r[1]!), Number(r[2])];
    const [c2, r2] = r[3] ? [colIndex(r[3]), Number(r[4])] : [c1, r1];
    for (let row = r1; row <= r2; row++) for (let col = c1; col <= c2; col++) {
      const v = valueAt(row, col);
      if (typeof v === 'number') sum += v;
    }
  }
  return sum;
}

/** The sheet as rows × columns of values (1-based positions become 0-based indexes). */
export function sheetValues(ws: ExcelJS.Worksheet): SheetValue[][] {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const cache = new Map<string, SheetValue>();
  const valueAt = (row: number, col: number): SheetValue => {
    const key = `${row},${col}`;
    if (cache.has(key)) return cache.get(key)!;
    const cell = ws.getCell(row, col);
    let out: SheetValue;
    if (cell.isMerged && cell.master.address !== cell.address) out = null;
    else {
      const v = plain(cell.value);
      if (v === null || typeof v !== 'object') out = v;
      else {
        out = evaluate(v.formula, valueAt);
        if (typeof v.result === 'number' && v.result !== out) throw new Error(`${ws.name}!${cell.address}: cached ${v.result}, sums to ${out}`);
      }
    }
    cache.set(key, out);
    return out;
  };
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (__, c) => valueAt(r + 1, c + 1)));
}

/** The numbers of a sheet in reading order (row by row, left to right). */
export function sheetNumbers(ws: ExcelJS.Worksheet): number[] {
  return sheetValues(ws).flat().filter((v): v is number => typeof v === 'number');
}
