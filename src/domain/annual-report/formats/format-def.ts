/**
 * @module The shape of a statutory report format, described as data.
 * Every table, row and column carries its stable key and official label.
 */
import type { FormatId } from '../columns.js';

/** What a Table-2 cell holds: a count (≥ 0), a signed net change, or a decimal amount. */
export type Table2CellKind = 'count' | 'signedCount' | 'amount';

export interface Table2Column {
  readonly key: string;
  readonly label: string;
  readonly kind: Table2CellKind;
  /** Unit fixed by the template, when it gives one. */
  readonly unit?: 'wan';
}

export interface Table2Row {
  readonly key: string;
  readonly label: string;
  /** Normalised label variants that name this row (besides the label itself). */
  readonly aliases: readonly string[];
}

export interface Table2Part {
  /** `art20_1` … `art20_9`: the Art. 20 item; not a level of the JSON path. */
  readonly key: string;
  readonly caption: string;
  readonly columns: readonly Table2Column[];
  readonly rows: readonly Table2Row[];
}

export interface Table3Row {
  /** Path below `table3`, e.g. `denied.stateSecret`. */
  readonly path: string;
  /** Official label of the row (without the group label). */
  readonly label: string;
  /** Official label of the merged group cell the row sits in, if any. */
  readonly group?: string;
  /** Normalised core strings (numbering stripped) that identify the row. */
  readonly anchors: readonly string[];
}

export interface ReportFormat {
  readonly id: FormatId;
  readonly name: string;
  readonly table2: readonly Table2Part[];
  readonly table3: readonly Table3Row[];
  /** Labels of merged group cells in Table 3 (not data rows). */
  readonly table3Groups: readonly { readonly label: string; readonly anchors: readonly string[] }[];
}
