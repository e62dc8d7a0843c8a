/**
 * @module Table-2 header rows (信息内容 | 本年制发件数 | …) as a column map.
 *
 * In sources that keep table rows (HTML, Markdown, DOCX, XLSX), the header row
 * of an Art. 20 item says which position holds which column — also where the
 * template leaves a column empty (2019 第二十条第(八)项) or a converter repeats a
 * merged cell in every slot it spans. A data row with as many value cells as the
 * header has column cells is read by position; anything else is left to the
 * row reader.
 */
import type { TokenForms } from './token-forms.js';
import type { Table2Column } from '../../domain/annual-report/formats/index.js';
import { core } from './text-forms.js';
import type { RowResolution } from './resolve-row.js';
import type { ValueItem } from './value-item.js';

/** The column cells of a header row starting at token `i` (its 信息内容 cell), as cores; null if `i` starts none. */
export function headerAt(doc: TokenForms, i: number): string[] | null {
  const { tokens } = doc;
  const first = tokens[i];
  if (!first || first.kind !== 'cell' || doc.core(i) !== '信息内容') return null;
  const cols: string[] = [];
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'rowEnd') break;
    if (t.kind === 'cell') cols.push(doc.core(k));
  }
  return cols;
}

function names(header: string, column: Table2Column): boolean {
  if (header === '') return false;
  const label = core(column.label);
  return header === label || (header.length >= 4 && (label.startsWith(header) || header.startsWith(label)));
}

/**
 * The row read by the header's positions: each template column takes the value under the
 * header cell(s) naming it (repeated cells of one merged cell must agree). Null when the
 * counts differ or the header does not name every column.
 */
export function readByHeader(items: readonly ValueItem[], header: readonly string[], columns: readonly Table2Column[]): RowResolution | null {
  if (items.length !== header.length || items.some((v) => v.loose)) return null;
  const out: (ValueItem | null)[] = [];
  for (const c of columns) {
    const at = header.map((h, i) => (names(h, c) ? i : -1)).filter((i) => i >= 0);
    if (at.length === 0) return null;
    const vals = at.map((i) => items[i]!).filter((v) => v.kind === 'number');
    if (vals.some((v) => v.value !== vals[0]!.value)) return null;
    out.push(vals[0] ?? null);
  }
  return { candidates: [out], note: 'exact' };
}
