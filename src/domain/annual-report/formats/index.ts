/**
 * @module The two report formats and the list of every cell path they define.
 */
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS, type FormatId } from '../columns.js';
import type { ReportFormat, Table2CellKind } from './format-def.js';
import { cellPath } from '../cell-path.js';
import { FORMAT_2019 } from './format-2019.js';
import { FORMAT_2021 } from './format-2021.js';

export type { ReportFormat, Table2Part, Table2Row, Table2Column, Table3Row, Table2CellKind } from './format-def.js';
export { FORMAT_2019, FORMAT_2021 };

export const FORMATS: Readonly<Record<FormatId, ReportFormat>> = { '2019': FORMAT_2019, '2021': FORMAT_2021 };

export function getFormat(id: FormatId): ReportFormat {
  return FORMATS[id];
}

/** The format the template prescribes for a report year (domain.md §1.1). */
export function expectedFormatForYear(year: number): FormatId {
  return year <= 2020 ? '2019' : '2021';
}

export type CellKind = Table2CellKind;

/** One template cell: its JSON path and human labels. */
export interface CellSpec {
  readonly path: string;
  readonly table: 'table2' | 'table3' | 'table4';
  readonly kind: CellKind;
  /** Row label and column label, official wording. */
  readonly rowLabel: string;
  readonly colLabel: string;
  /** A readable label for long-form output: `行政许可 / 处理决定数量`. */
  readonly label: string;
}

const cache = new Map<FormatId, readonly CellSpec[]>();

/** Every cell of the format's tables, in document order (Table 2, 3, 4; row by row). */
export function cellSpecs(format: FormatId): readonly CellSpec[] {
  const hit = cache.get(format);
  if (hit) return hit;
  const f = FORMATS[format];
  const out: CellSpec[] = [];
  for (const part of f.table2) {
    for (const row of part.rows) {
      for (const col of part.columns) {
        out.push({
          path: cellPath('table2', row.key, col.key),
          table: 'table2',
          kind: col.kind,
          rowLabel: row.label,
          colLabel: col.label,
          label: `${row.label} / ${col.label}`,
        });
      }
    }
  }
  for (const row of f.table3) {
    for (const col of T3_COLUMNS) {
      const rowLabel = row.group ? `${row.group} ${row.label}` : row.label;
      out.push({
        path: cellPath('table3', row.path, col.key),
        table: 'table3',
        kind: 'count',
        rowLabel,
        colLabel: col.label,
        label: `${rowLabel} / ${col.group ? `${col.group}·` : ''}${col.label}`,
      });
    }
  }
  for (const g of T4_GROUPS) {
    for (const col of T4_COLUMNS) {
      const groupLabel = g.parent ? `${g.parent}·${g.label}` : g.label;
      out.push({
        path: cellPath('table4', g.key, col.key),
        table: 'table4',
        kind: 'count',
        rowLabel: groupLabel,
        colLabel: col.label,
        label: `${groupLabel} / ${col.label}`,
      });
    }
  }
  cache.set(format, out);
  return out;
}

export function cellSpec(format: FormatId, path: string): CellSpec | undefined {
  return cellSpecs(format).find((c) => c.path === path);
}
