/**
 * @module R6 `cells.complete`: every template cell of Table 3 (23 or 25 rows × 7) and Table 4
 * (15 cells) has a value (domain.md §2.1). One finding per incomplete table, listing the cells.
 *
 * Table 2 is not part of R6: the template lets cells such as 本年增/减 stay blank (domain.md §1.3.1).
 * Where the report carries cell sources, a null cell with a source was printed blank (present,
 * read as 0 by the other rules) and one without was missing from the document: only missing
 * cells fail R6, as domain.md §2.3 counts seed 002's Table 4 (11 of 15 present).
 */
import type { Finding } from '../../shared/finding.js';
import { cellSpecs, type CellSpec } from '../formats/index.js';
import type { FormatId } from '../columns.js';
import { cellIndex, getPath, type AnnualReport } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { makeFinding } from './support.js';

const TABLES = [
  ['table3', '表三'],
  ['table4', '表四'],
] as const;

/** Per format and table: the template cells R6 counts. */
const SPECS: Readonly<Record<FormatId, Readonly<Record<'table3' | 'table4', readonly CellSpec[]>>>> = {
  '2019': specsByTable('2019'),
  '2021': specsByTable('2021'),
};

function specsByTable(format: FormatId): Record<'table3' | 'table4', readonly CellSpec[]> {
  const specs = cellSpecs(format);
  return { table3: specs.filter((s) => s.table === 'table3'), table4: specs.filter((s) => s.table === 'table4') };
}

function hasSource(report: AnnualReport, path: string): boolean {
  const src = getPath(report.sources, path);
  return src !== null && typeof src === 'object' && 'raw' in src;
}

export const R6_COMPLETE: Rule = {
  id: 'R6',
  severity: 'error',
  title: { zh: '表三、表四单元格齐全', en: 'Tables 3 and 4 are complete' },
  basis: 'The template grid: Table 3 has 23 (2019) or 25 (2021) rows × 7 cells, Table 4 has 15 cells; domain.md §2.1 R6',
  check({ report }: RuleContext): Finding[] {
    const out: Finding[] = [];
    const cells = cellIndex(report);
    for (const [table, zh] of TABLES) {
      const specs = SPECS[report.format][table];
      const empty = specs.filter((s) => (cells.get(s.path) ?? null) === null);
      if (empty.length === 0) continue;
      // A cell printed blank is present (blank reads as 0 in R1–R4); only cells absent from the
      // document make the table incomplete. Without sources every null cell counts as absent.
      const withSources = specs.some((s) => hasSource(report, s.path));
      const missing = withSources ? empty.filter((s) => !hasSource(report, s.path)) : empty;
      if (missing.length === 0) continue;
      const blank = empty.length - missing.length;
      const detailZh = blank > 0 ? `（另有 ${blank} 个印为空白，按 0 计）` : '';
      const detailEn = blank > 0 ? ` (another ${blank} printed blank, read as 0)` : '';
      const sample = missing.slice(0, 3).map((s) => s.label).join('；');
      out.push(
        makeFinding(R6_COMPLETE, {
          zh: `${zh}不完整：${specs.length} 个单元格中有 ${missing.length} 个缺失${detailZh}，如 ${sample}${missing.length > 3 ? ' 等' : ''}`,
          en: `${table} is incomplete: ${missing.length} of ${specs.length} cells are missing${detailEn}`,
          paths: missing.map((s) => s.path),
          expected: specs.length,
          actual: specs.length - missing.length,
        }),
      );
    }
    return out;
  },
};
