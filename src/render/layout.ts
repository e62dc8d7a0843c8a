/**
 * @module The statutory table layouts every document renderer draws, derived from
 * the format definitions (domain.md §1.3–1.5): Table 2 as stacked Art. 20 parts,
 * Table 3 with its three label levels and merged group cells, Table 4 with its
 * two-level column groups. Renderers only decide markup, never structure.
 */
import { T3_BALANCE_NOTE, T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from '../domain/annual-report/columns.js';
import type { T3Col, T4Col, T4Group } from '../domain/annual-report/columns.js';
import { getFormat } from '../domain/annual-report/formats/index.js';
import type { Table2Column } from '../domain/annual-report/formats/index.js';
import { getCell } from '../domain/annual-report/report.js';
import type { AmountUnit, AnnualReport, CellValue } from '../domain/annual-report/report.js';
import type { SectionKey } from '../domain/annual-report/sections.js';

/** One value cell of a table: its JSON path and value (`null` = blank). */
export interface LayoutCell {
  readonly path: string;
  readonly value: CellValue;
}

/** Short names of the three tables: XLSX sheet names and HTML table captions. */
export const TABLE_NAMES = {
  table2: '表二 主动公开',
  table3: '表三 依申请公开',
  table4: '表四 复议诉讼',
} as const;

export type TableKey = keyof typeof TABLE_NAMES;

/** The section each table belongs to (the table follows the section's text). */
const SECTION_TABLES: Readonly<Partial<Record<SectionKey, TableKey>>> = {
  proactiveDisclosure: 'table2',
  applications: 'table3',
  reviewLitigation: 'table4',
};

/** The statutory table drawn inside a section, if any. */
export function sectionTable(section: SectionKey): TableKey | null {
  return SECTION_TABLES[section] ?? null;
}

export const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' } as const;

// ---- Table 2 ---------------------------------------------------------------

/** Header of the row-label column of every Table-2 part. */
export const T2_ROW_HEADER = '信息内容';

export interface T2RowLayout {
  readonly key: string;
  readonly label: string;
  /** One cell per column of the part, in column order. */
  readonly cells: readonly LayoutCell[];
}

export interface T2PartLayout {
  /** `art20_1` …: the Art. 20 item (not a level of the JSON path). */
  readonly key: string;
  /** `第二十条第（一）项` … */
  readonly caption: string;
  readonly columns: readonly Table2Column[];
  readonly rows: readonly T2RowLayout[];
}

export function table2Layout(report: AnnualReport): readonly T2PartLayout[] {
  return getFormat(report.format).table2.map((part) => ({
    key: part.key,
    caption: part.caption,
    columns: part.columns,
    rows: part.rows.map((row) => ({
      key: row.key,
      label: row.label,
      cells: part.columns.map((col) => cellAt(report, `table2.${row.key}.${col.key}`)),
    })),
  }));
}

/** Number of value columns of the widest Table-2 part (the others span to it). */
export function table2Width(parts: readonly T2PartLayout[]): number {
  return Math.max(...parts.map((p) => p.columns.length));
}

// ---- Table 3 ---------------------------------------------------------------

export const T3_NOTE = T3_BALANCE_NOTE;
export const T3_APPLICANT_HEADER = '申请人情况';
/** The 法人或其他组织 group and its five sub-columns, in order. */
export const T3_ORG_GROUP = '法人或其他组织';
export const T3_ORG_COLUMNS = T3_COLUMNS.filter((c) => c.group === T3_ORG_GROUP);
export { T3_COLUMNS };

/** A merged group label cell that starts on a row and spans `span` rows. */
export interface GroupStart {
  readonly label: string;
  readonly span: number;
}

export interface T3RowLayout {
  /** Path below `table3`, e.g. `denied.stateSecret`. */
  readonly path: string;
  /** Official row label, without its group. */
  readonly label: string;
  /**
   * Label level: 1 = 一、… rows (label spans all three label columns);
   * 2 = （一）… rows inside 三、本年度办理结果 (label spans two);
   * 3 = numbered rows inside a （三）…（六） group (label in the last column).
   */
  readonly level: 1 | 2 | 3;
  /** The top group (三、本年度办理结果) when it starts on this row. */
  readonly topStart?: GroupStart;
  /** The sub group (（三）不予公开 …) when it starts on this row. */
  readonly subStart?: GroupStart;
  /** Group labels the row sits in, outermost first. */
  readonly groups: readonly string[];
  /** Row label with its nearest group prefixed: `（三）不予公开 1.属于国家秘密`. */
  readonly flatLabel: string;
  /** Seven cells in T3_COLUMNS order. */
  readonly cells: readonly (LayoutCell & { readonly col: T3Col })[];
}

export function table3Layout(report: AnnualReport): readonly T3RowLayout[] {
  const rows = getFormat(report.format).table3;
  // A group label written （三）… is a sub group of the enclosing top group (三、…).
  let top = '';
  const placed = rows.map((row) => {
    if (!row.group) {
      top = '';
      return { row, level: 1 as const, groups: [] as string[] };
    }
    if (!row.group.startsWith('（')) {
      top = row.group;
      return { row, level: 2 as const, groups: [row.group] };
    }
    return { row, level: 3 as const, groups: [top, row.group] };
  });
  const start = (i: number, depth: number): GroupStart | undefined => {
    const label = placed[i]!.groups[depth];
    if (label === undefined || placed[i - 1]?.groups[depth] === label) return undefined;
    let span = 0;
    while (placed[i + span]?.groups[depth] === label) span++;
    return { label, span };
  };
  return placed.map(({ row, level, groups }, i) => {
    const topStart = start(i, 0);
    const subStart = start(i, 1);
    return {
      path: row.path,
      label: row.label,
      level,
      ...(topStart ? { topStart } : {}),
      ...(subStart ? { subStart } : {}),
      groups,
      flatLabel: row.group ? `${row.group} ${row.label}` : row.label,
      cells: T3_COLUMNS.map((c) => ({ col: c.key, ...cellAt(report, `table3.${row.path}.${c.key}`) })),
    };
  });
}

// ---- Table 4 ---------------------------------------------------------------

export const T4_LITIGATION = '行政诉讼';
export { T4_COLUMNS, T4_GROUPS };

export interface T4GroupLayout {
  readonly key: T4Group;
  readonly label: string;
  /** 行政诉讼 for the two litigation groups, null for 行政复议. */
  readonly parent: string | null;
  readonly cells: readonly (LayoutCell & { readonly col: T4Col; readonly label: string })[];
}

export function table4Layout(report: AnnualReport): readonly T4GroupLayout[] {
  return T4_GROUPS.map((g) => ({
    key: g.key,
    label: g.label,
    parent: g.parent,
    cells: T4_COLUMNS.map((c) => ({ col: c.key, label: c.label, ...cellAt(report, `table4.${g.key}.${c.key}`) })),
  }));
}

// ---- Shared helpers --------------------------------------------------------

function cellAt(report: AnnualReport, path: string): LayoutCell {
  return { path, value: getCell(report, path) ?? null };
}

/** A cell value as text: plain digits, no grouping, `''` for blank. */
export function formatValue(value: CellValue): string {
  if (value === null) return '';
  const s = String(value);
  if (!/e/i.test(s)) return s;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

export const UNIT_LABELS: Readonly<Record<Exclude<AmountUnit, null>, string>> = { yuan: '元', wan: '万元' };

/** Notes on the detected units of amount cells: `政府集中采购·采购总金额：元`. */
export function unitNotes(report: AnnualReport): readonly string[] {
  return table2Layout(report).flatMap((part) =>
    part.rows.flatMap((row) =>
      row.cells.flatMap((cell, i) => {
        const unit = report.units[cell.path];
        return unit ? [`${row.label}·${part.columns[i]!.label}：${UNIT_LABELS[unit]}`] : [];
      }),
    ),
  );
}

/** The sentence under Table 2 that states the units, or null when none was detected. */
export function unitSentence(report: AnnualReport): string | null {
  const notes = unitNotes(report);
  return notes.length ? `注：金额单位——${notes.join('；')}。` : null;
}

/** The document title: the report's own, or one built from agency and year. */
export function reportTitle(report: AnnualReport): string {
  if (report.title) return report.title;
  const who = report.agency ?? '';
  const year = report.year === null ? '' : `${report.year}年`;
  return `${who}${year}政府信息公开工作年度报告`;
}

/** Splits section text into paragraphs: one per non-blank line, trimmed. */
export function paragraphs(text: string | null): readonly string[] {
  if (text === null) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
