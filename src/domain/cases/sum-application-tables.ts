/**
 * @module A region's Tables 3 and 4 as the sum of its agencies' (汇总): cell by
 * cell over reports of one format. A cell blank in any member is blank in the
 * sum, never a silent 0. Sums of tables that pass R1–R4 pass them too (the
 * rules are linear). The analysis roll-up of stored reports does the same for
 * published reports; this one serves reports generated from cases.
 */
import type { FormatId } from '../annual-report/columns.js';
import { cellSpecs } from '../annual-report/formats/index.js';
import { buildReport, getCell, type AnnualReport, type CellValue } from '../annual-report/report.js';
import { GongkaiError } from '../shared/errors.js';

export interface SumOptions {
  readonly format: FormatId;
  readonly year: number;
  /** The region's name, as the summed report gives it. */
  readonly agency: string | null;
}

/** Tables 3 and 4 summed over `members` (all of `options.format`); Table 2 and the text stay empty. */
export function sumApplicationTables(members: readonly AnnualReport[], options: SumOptions): AnnualReport {
  const wrong = members.find((m) => m.format !== options.format);
  if (wrong) {
    throw new GongkaiError('INVALID_VALUE', {
      zh: `只能汇总同一格式的报告：${wrong.agency ?? '某机关'}的报告为 ${wrong.format} 版，汇总为 ${options.format} 版。`,
      en: `Only reports of one format can be summed: ${wrong.agency ?? 'a report'} is format ${wrong.format}, the sum ${options.format}.`,
    });
  }
  const cells = new Map<string, CellValue>();
  for (const spec of cellSpecs(options.format)) {
    if (spec.table === 'table2') continue;
    let total: number | null = 0;
    for (const m of members) {
      const v = getCell(m, spec.path);
      if (v === null || v === undefined) {
        total = null;
        break;
      }
      total += v;
    }
    cells.set(spec.path, total);
  }
  return buildReport({ format: options.format, year: options.year, agency: options.agency, cells });
}
