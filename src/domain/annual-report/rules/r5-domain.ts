/**
 * @module R5 `cells.domain`: Table-3/4 cells and Table-2 counts are integers ≥ 0; the 2019
 * `yearChange` (本年增/减) is an integer that may be negative; amounts are finite decimals ≥ 0
 * (domain.md §2.1; `Table2CellKind`). Blank cells are R6's business, not R5's.
 */
import type { Finding } from '../../shared/finding.js';
import { cellSpecs, type CellKind } from '../formats/index.js';
import type { Rule, RuleContext } from './rule.js';
import { makeFinding } from './support.js';
import { cellIndex } from '../report.js';

const TABLE_ZH = { table2: '表二', table3: '表三', table4: '表四' } as const;

function problem(kind: CellKind, v: number): { zh: string; en: string } | null {
  if (!Number.isFinite(v)) return { zh: '不是有效数字', en: 'is not a finite number' };
  switch (kind) {
    case 'count':
      return Number.isInteger(v) && v >= 0 ? null : { zh: '应为非负整数', en: 'must be an integer ≥ 0' };
    case 'signedCount':
      return Number.isInteger(v) ? null : { zh: '应为整数（可为负数）', en: 'must be an integer (may be negative)' };
    case 'amount':
      return v >= 0 ? null : { zh: '金额不能为负数', en: 'an amount must be ≥ 0' };
  }
}

export const R5_DOMAIN: Rule = {
  id: 'R5',
  severity: 'error',
  title: { zh: '单元格取值范围：件数为非负整数，金额为非负数', en: 'Cell domain: counts are integers ≥ 0, amounts are decimals ≥ 0' },
  basis: 'Nature of the data (counts of documents, decisions, applications and cases); domain.md §2.1 R5',
  check({ report }: RuleContext): Finding[] {
    const out: Finding[] = [];
    const cells = cellIndex(report);
    for (const spec of cellSpecs(report.format)) {
      const v = cells.get(spec.path) ?? null;
      if (v === null) continue;
      const p = problem(spec.kind, v);
      if (!p) continue;
      out.push(
        makeFinding(R5_DOMAIN, {
          zh: `${TABLE_ZH[spec.table]}“${spec.label}”为 ${v}，${p.zh}`,
          en: `${spec.path} is ${v}: ${p.en}`,
          paths: [spec.path],
          actual: v,
        }),
      );
    }
    return out;
  },
};
