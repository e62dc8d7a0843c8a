/**
 * @module A person's correction of cells: the new report value, what changed,
 * and the findings checked again. The report given is never modified.
 *
 * Reader findings (`P-…`) stay, except those whose every cell a person has now
 * set: the person resolved them. Rule findings are computed again on the
 * corrected values.
 */
import { GongkaiError } from '../shared/errors.js';
import type { Finding } from '../shared/finding.js';
import { cellSpecs } from './formats/index.js';
import type { CellSpec } from './formats/index.js';
import { getCell, setPath } from './report.js';
import type { AnnualReport, CellValue, TableValues } from './report.js';
import { checkReport } from './rules/index.js';

export interface CellChange {
  readonly path: string;
  /** The new value; `null` makes the cell blank again. */
  readonly value: CellValue;
}

export interface CellDiff {
  readonly path: string;
  readonly oldValue: CellValue;
  readonly newValue: CellValue;
}

export interface CorrectedReport {
  readonly report: AnnualReport;
  /** Cells whose value really changed, in the order given. */
  readonly diffs: readonly CellDiff[];
}

function invalid(zh: string, en: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', { zh, en });
}

function checkValue(spec: CellSpec, value: CellValue): void {
  if (value === null) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(`${spec.path}：数值无效。`, `${spec.path}: not a valid number.`);
  }
  if (spec.kind !== 'amount' && !Number.isInteger(value)) {
    throw invalid(`${spec.path}：件数须为整数。`, `${spec.path}: a count must be a whole number.`);
  }
  if (spec.kind !== 'signedCount' && value < 0) {
    throw invalid(`${spec.path}：数值不能为负。`, `${spec.path}: the value cannot be negative.`);
  }
}

function cloneTable(t: TableValues): TableValues {
  return structuredClone(t);
}

/** Applies `changes` (each path at most once) and checks the result again. */
export function correctCells(
  report: AnnualReport,
  changes: readonly CellChange[],
  options: { readonly previous?: AnnualReport } = {},
): CorrectedReport {
  if (changes.length === 0) throw invalid('没有要更正的单元格。', 'No cells to correct.');
  const specs = new Map(cellSpecs(report.format).map((s) => [s.path, s]));
  const seen = new Set<string>();
  const diffs: CellDiff[] = [];
  for (const c of changes) {
    const spec = specs.get(c.path);
    if (!spec) {
      throw invalid(`${report.format} 版报告没有单元格 ${c.path}。`, `A ${report.format}-format report has no cell ${c.path}.`);
    }
    if (seen.has(c.path)) throw invalid(`单元格 ${c.path} 重复出现。`, `Cell ${c.path} is given twice.`);
    seen.add(c.path);
    checkValue(spec, c.value);
    const oldValue = getCell(report, c.path) ?? null;
    if (oldValue !== c.value) diffs.push({ path: c.path, oldValue, newValue: c.value });
  }
  if (diffs.length === 0) throw invalid('更正后的数值与现有数值相同。', 'The corrected values equal the current ones.');
  const tables = { table2: cloneTable(report.table2), table3: cloneTable(report.table3), table4: cloneTable(report.table4) };
  for (const d of diffs) setPath(tables as unknown as Record<string, unknown>, d.path, d.newValue);
  const set = new Set(diffs.map((d) => d.path));
  const resolved = (f: Finding) => f.paths.length > 0 && f.paths.every((p) => set.has(p));
  const readerFindings = report.findings.filter((f) => f.rule.startsWith('P-') && !resolved(f));
  const draft: AnnualReport = { ...report, ...tables, findings: [] };
  const findings = [...readerFindings, ...checkReport(draft, options.previous ? { previous: options.previous } : {})];
  return { report: { ...draft, findings }, diffs };
}
