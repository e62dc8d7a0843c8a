/**
 * What a spreadsheet program shows in a downloaded workbook, read with
 * exceljs: each sheet as rows of plain values, merged cells once (at their
 * top-left cell), formulas as their cached result. `SUM(…)` formulas are also
 * evaluated over the sheet: a formula without a cached result, or whose cached
 * result differs from the sum it stands for, is an error.
 */
import type ExcelJS from 'exceljs';

export type SheetValue = string | number | boolean | null;

function plain(cell: ExcelJS.Cell): SheetValue | { formula: string; result: unknown } {
  // `cell.result`, not `cell.value.result`: exceljs leaves a cached 0 out of the value object.
  if (cell.formula) return { formula: cell.formula, result: cell.result };
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
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
      const v = plain(cell);
      if (v === null || typeof v !== 'object') out = v;
      else {
        const sum = evaluate(v.formula, valueAt);
        if (v.result !== sum) throw new Error(`${ws.name}!${cell.address}: ${v.formula} has the cached result ${String(v.result)}, but sums to ${sum}`);
        out = sum;
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
