/**
 * @module The canonical annual report (domain.md §5, the public JSON contract).
 *
 * Table values are plain numbers or `null` at `table2.<row>.<col>`,
 * `table3.<row>[.<subrow>].<col>` and `table4.<group>.<col>`. `null` means blank
 * or missing in the document: a blank is never turned into 0.
 */
import type { FormatId } from './columns.js';
import type { Finding } from '../shared/finding.js';
import type { SectionKey } from './sections.js';
import { SECTION_KEYS } from './sections.js';
import { cellSpecs } from './formats/index.js';

export const REPORT_SCHEMA = 'gongkai.report/1' as const;

export type CellValue = number | null;

/** Nested table object: `{ row: { col: value } }` or `{ group: { row: { col: value } } }`. */
export interface TableValues {
  [key: string]: CellValue | TableValues;
}

/** Where a cell's text was found in the source document. */
export type SourceLocation =
  | { readonly kind: 'line'; readonly line: number; readonly column?: number }
  | { readonly kind: 'element'; readonly path: string }
  | { readonly kind: 'page'; readonly page: number; readonly x?: number; readonly y?: number; readonly line?: number }
  | { readonly kind: 'sheet'; readonly sheet: string; readonly cell: string }
  | { readonly kind: 'derived'; readonly note: string };

export interface CellSource {
  /** The cell's raw text as it stands in the document ("" for a blank cell). */
  readonly raw: string;
  readonly at: SourceLocation;
}

export interface SourceTree {
  [key: string]: CellSource | SourceTree;
}

/** Unit of a money amount as detected in the document. */
export type AmountUnit = 'yuan' | 'wan' | null;

export interface AnnualReport {
  readonly schema: typeof REPORT_SCHEMA;
  readonly format: FormatId;
  readonly year: number | null;
  /** The agency as the report names itself. */
  readonly agency: string | null;
  readonly title: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  readonly publishedAt: string | null;
  readonly sections: Readonly<Record<SectionKey, string | null>>;
  readonly table2: TableValues;
  readonly table3: TableValues;
  readonly table4: TableValues;
  /** Units of amount cells, keyed by path (e.g. `table2.centralProcurement.amount`). */
  readonly units: Readonly<Record<string, AmountUnit>>;
  readonly sources: { table2: SourceTree; table3: SourceTree; table4: SourceTree };
  readonly findings: readonly Finding[];
}

export { cellPath } from './cell-path.js';

const PARTS = new Map<string, readonly string[]>();

/** `a.b.c` → ['a','b','c'], computed once per path. */
function partsOf(path: string): readonly string[] {
  let p = PARTS.get(path);
  if (!p) {
    if (PARTS.size > 10_000) PARTS.clear();
    p = path.split('.');
    PARTS.set(path, p);
  }
  return p;
}

function isLeafValue(v: unknown): v is CellValue {
  return v === null || typeof v === 'number';
}

type Tables = Pick<AnnualReport, 'table2' | 'table3' | 'table4'>;

/** A report's cells by path: the look-up the rules make. */
export interface CellLookup {
  /** The cell's value; undefined when the path is not part of the report. */
  get(path: string): CellValue | undefined;
}

/** A report's cell index, kept with the three table objects it was built from. */
interface CellIndex {
  readonly tables: Tables;
  readonly cells: CellLookup;
}

/** The index `buildReport` leaves: the template cells' values by slot (`cellSlots`). */
class SlotIndex implements CellLookup {
  constructor(
    private readonly slots: ReadonlyMap<string, number>,
    private readonly values: readonly CellValue[],
  ) {}

  get(path: string): CellValue | undefined {
    const slot = this.slots.get(path);
    return slot === undefined ? undefined : this.values[slot];
  }
}

/**
 * Indexes by Table 3's object: copies of a report (`{ ...report, findings }`) share their table
 * objects, so they share the index too. The other two tables are compared on each look-up.
 */
const FLAT = new WeakMap<object, CellIndex>();

function flatten(node: unknown, prefix: string, out: Map<string, CellValue>): void {
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  for (const k in obj) {
    if (!Object.hasOwn(obj, k)) continue;
    const v = obj[k];
    const path = `${prefix}.${k}`;
    if (isLeafValue(v)) out.set(path, v);
    else flatten(v, path, out);
  }
}

/**
 * Every cell of a report by path. Reports are immutable values: the cells are indexed once per
 * report (by `buildReport`, or on first use), so the rules' many look-ups cost a map access each.
 * (Build a new report, with new table objects, to change a cell.)
 */
export function cellIndex(report: Tables): CellLookup {
  const hit = FLAT.get(report.table3);
  if (hit && hit.tables.table2 === report.table2 && hit.tables.table4 === report.table4) return hit.cells;
  const cells = new Map<string, CellValue>();
  flatten(report.table2, 'table2', cells);
  flatten(report.table3, 'table3', cells);
  flatten(report.table4, 'table4', cells);
  remember(report, cells);
  return cells;
}

function remember(report: Tables, cells: CellLookup): void {
  FLAT.set(report.table3, { tables: { table2: report.table2, table3: report.table3, table4: report.table4 }, cells });
}

/** Reads a cell by path; `undefined` when the path is not part of the report. */
export function getCell(report: Pick<AnnualReport, 'table2' | 'table3' | 'table4'>, path: string): CellValue | undefined {
  return cellIndex(report).get(path);
}

/** Sets a value at a dotted path inside a nested object, creating levels as needed. */
export function setPath<T>(root: Record<string, unknown>, path: string, value: T): void {
  const parts = partsOf(path);
  let node = root;
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]!;
    let next = node[p];
    if (next === undefined || next === null || typeof next !== 'object') {
      next = {};
      node[p] = next;
    }
    node = next as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

export function getPath(root: unknown, path: string): unknown {
  let node = root;
  for (const p of partsOf(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[p];
  }
  return node;
}

/** Every value of a report as a flat map path → value, in template order. */
export function flattenCells(report: AnnualReport): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const spec of cellSpecs(report.format)) out.set(spec.path, getCell(report, spec.path) ?? null);
  return out;
}

/** A template row: the keys leading to its object (`['table3', 'denied', 'stateSecret']`) and its cells. */
export interface RowPlan {
  readonly keys: readonly string[];
  /** `slot`: the cell's place in `cellSpecs` (see `cellSlots`). */
  readonly cells: readonly { readonly col: string; readonly path: string; readonly slot: number }[];
}

const ROW_PLANS = new Map<FormatId, readonly RowPlan[]>();
const SLOTS = new Map<FormatId, ReadonlyMap<string, number>>();

/** Each template cell's slot, its place in `cellSpecs`: `ReportInit.slots` hold a report's cells by slot. */
export function cellSlots(format: FormatId): ReadonlyMap<string, number> {
  let slots = SLOTS.get(format);
  if (!slots) {
    slots = new Map(cellSpecs(format).map((s, i) => [s.path, i]));
    SLOTS.set(format, slots);
  }
  return slots;
}

/** A report's cells by slot (`cellSlots`): a value or source left undefined is not given. */
export interface CellsBySlot {
  readonly values: readonly (CellValue | undefined)[];
  readonly sources: readonly (CellSource | undefined)[];
}

/** The format's cells grouped by row, in template order: computed once per format. */
export function rowPlans(format: FormatId): readonly RowPlan[] {
  let plans = ROW_PLANS.get(format);
  if (!plans) {
    const rows: { keys: string[]; cells: { col: string; path: string; slot: number }[] }[] = [];
    cellSpecs(format).forEach(({ path }, slot) => {
      const parts = path.split('.');
      const keys = parts.slice(0, -1);
      const last = rows[rows.length - 1];
      const cell = { col: parts[parts.length - 1]!, path, slot };
      if (last && last.keys.join('.') === keys.join('.')) last.cells.push(cell);
      else rows.push({ keys, cells: [cell] });
    });
    plans = rows;
    ROW_PLANS.set(format, plans);
  }
  return plans;
}

/** The object at `keys` below `root`, or undefined where there is none (nothing is created). */
export function objectIn(root: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  let node = root;
  for (const k of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[k];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

/** The object at `keys` below `root`, created (with the levels above it) if missing. */
export function objectAt(root: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  let node = root;
  for (const k of keys) {
    let next = node[k];
    if (next === undefined || next === null || typeof next !== 'object') {
      next = {};
      node[k] = next;
    }
    node = next as Record<string, unknown>;
  }
  return node;
}

export interface ReportInit {
  format: FormatId;
  year?: number | null;
  agency?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  sections?: Partial<Record<SectionKey, string | null>>;
  cells?: ReadonlyMap<string, CellValue> | Readonly<Record<string, CellValue>>;
  cellSources?: ReadonlyMap<string, CellSource>;
  /** The cells and their sources by slot, instead of `cells` and `cellSources` (the assembler's form). */
  slots?: CellsBySlot;
  units?: Record<string, AmountUnit>;
  findings?: readonly Finding[];
}

/**
 * Builds a report with every template cell present (null where no value is given),
 * so the JSON always has the full shape of its format.
 */
export function buildReport(init: ReportInit): AnnualReport {
  const tables: { table2: TableValues; table3: TableValues; table4: TableValues } = { table2: {}, table3: {}, table4: {} };
  const sources = { table2: {} as SourceTree, table3: {} as SourceTree, table4: {} as SourceTree };
  const bySlot = init.slots;
  const cells = bySlot ? null : init.cells instanceof Map ? init.cells : new Map(Object.entries(init.cells ?? {}));
  // The tables hold exactly the template cells, so their index for getCell is known here already.
  const slots = cellSlots(init.format);
  const flat = new Array<CellValue>(slots.size).fill(null);
  const cellSources = init.cellSources;
  for (const row of rowPlans(init.format)) {
    const values = objectAt(tables as unknown as Record<string, unknown>, row.keys);
    for (const { col, path, slot } of row.cells) {
      const v = (bySlot ? bySlot.values[slot] : cells!.get(path)) ?? null;
      values[col] = v;
      flat[slot] = v;
    }
    if (!cellSources && !bySlot) continue;
    let rowSources: Record<string, unknown> | null = null;
    for (const { col, path, slot } of row.cells) {
      const src = bySlot ? bySlot.sources[slot] : cellSources!.get(path);
      if (!src) continue;
      rowSources ??= objectAt(sources as unknown as Record<string, unknown>, row.keys);
      rowSources[col] = src;
    }
  }
  const sections = Object.fromEntries(SECTION_KEYS.map((k) => [k, init.sections?.[k] ?? null])) as Record<SectionKey, string | null>;
  const report: AnnualReport = {
    schema: REPORT_SCHEMA,
    format: init.format,
    year: init.year ?? null,
    agency: init.agency ?? null,
    title: init.title ?? null,
    publishedAt: init.publishedAt ?? null,
    sections,
    ...tables,
    units: init.units ?? {},
    sources,
    findings: init.findings ?? [],
  };
  remember(report, new SlotIndex(slots, flat));
  return report;
}
