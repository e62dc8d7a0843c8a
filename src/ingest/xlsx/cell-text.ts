/**
 * @module An exceljs cell value → the text a reader of the sheet sees.
 *
 * Formulas show their cached result; numbers are written out in plain decimal
 * (no `1e+21`, no float noise such as 0.30000000000000004); percent formats
 * show as percentages. Other display formats (fixed decimals, thousands
 * separators) are not applied: they would round away digits the sheet holds,
 * and the assembler reads both forms anyway. Dates are ISO; line breaks inside
 * a cell become a space.
 */
import type { CellValue } from 'exceljs';

const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/** A number in plain decimal notation with at most 15 significant digits. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Object.is(n, -0)) return '0';
  return PLAIN.format(n);
}

/** True when a number format shows a percentage (a `%` outside quotes). */
function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt.replace(/"[^"]*"|\\./g, '').includes('%');
}

function percentDecimals(numFmt: string): number {
  const m = /\.(0+)%/.exec(numFmt);
  return m?.[1]?.length ?? 0;
}

export function formatNumber(n: number, numFmt?: string): string {
  if (numFmt && isPercentFormat(numFmt) && Number.isFinite(n)) {
    const pct = n * 100;
    const d = percentDecimals(numFmt);
    return `${d > 0 ? pct.toFixed(d) : plainNumber(Math.round(pct * 1e9) / 1e9)}%`;
  }
  return plainNumber(n);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`;
}

function oneLine(s: string): string {
  return s.replace(/\r\n|\r|\n/g, ' ');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object';
}

/** The displayed text of a cell value (formula results included). */
export function cellValueText(value: CellValue | unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'string') return oneLine(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value);
  if (!isObject(value)) return '';
  if ('formula' in value || 'sharedFormula' in value) return cellValueText(value['result'], numFmt);
  if (typeof value['error'] === 'string') return value['error'];
  if (Array.isArray(value['richText'])) {
    return oneLine(value['richText'].map((r: unknown) => (isObject(r) && typeof r['text'] === 'string' ? r['text'] : '')).join(''));
  }
  if ('hyperlink' in value) return cellValueText(value['text'], numFmt);
  if ('text' in value) return cellValueText(value['text'], numFmt);
  return '';
}
