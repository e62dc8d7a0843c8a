/**
 * @module W5 `text.vsTables`: numbers the narrative states for received applications,
 * reconsideration cases and litigation cases agree with Tables 3 and 4 (domain.md §2.2).
 * Only confident phrases count (see narrative-numbers.ts); when the narrative states different
 * numbers for one quantity, the rule stays silent about it.
 */
import type { Finding } from '../../shared/finding.js';
import { SECTION_KEYS } from '../sections.js';
import type { AnnualReport } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { extractClaims, type ClaimKind, type NarrativeClaim } from './narrative-numbers.js';
import { allBlank, hasBlank, makeFinding, operand, sumOf, type Operand } from './support.js';

interface Target {
  readonly zh: string;
  readonly en: string;
  readonly cells: (r: AnnualReport) => Operand[];
  readonly tableZh: string;
}

const TARGETS: Readonly<Record<ClaimKind, Target>> = {
  applications: {
    zh: '收到政府信息公开申请',
    en: 'applications received',
    cells: (r) => [operand(r, 'table3.newReceived.total', '本年新收政府信息公开申请数量·总计')],
    tableZh: '表三“一、本年新收政府信息公开申请数量”总计',
  },
  reconsideration: {
    zh: '行政复议',
    en: 'administrative reconsideration cases',
    cells: (r) => [operand(r, 'table4.reconsideration.total', '行政复议·总计')],
    tableZh: '表四“行政复议”总计',
  },
  litigation: {
    zh: '行政诉讼',
    en: 'litigation cases',
    cells: (r) => [
      operand(r, 'table4.litigationDirect.total', '未经复议直接起诉·总计'),
      operand(r, 'table4.litigationAfterReconsideration.total', '复议后起诉·总计'),
    ],
    tableZh: '表四行政诉讼（未经复议直接起诉 + 复议后起诉）总计',
  },
};

function narrative(report: AnnualReport): string {
  return SECTION_KEYS.map((k) => report.sections[k] ?? '').join('\n');
}

export const W5_TEXT_VS_TABLES: Rule = {
  id: 'W5',
  severity: 'warning',
  title: { zh: '正文所述件数与表格一致', en: 'Numbers in the narrative agree with the tables' },
  basis: 'Inferred: the narrative and Tables 3–4 describe the same cases; domain.md §2.2 W5 (SEED-0 says 2 applications, its table 0)',
  check({ report }: RuleContext): Finding[] {
    const claims = extractClaims(narrative(report), report.year);
    const out: Finding[] = [];
    for (const kind of Object.keys(TARGETS) as ClaimKind[]) {
      const mine: NarrativeClaim[] = claims.filter((c) => c.kind === kind);
      const first = mine[0];
      if (!first || mine.some((c) => c.value !== first.value)) continue;
      const t = TARGETS[kind];
      const cells = t.cells(report);
      if (allBlank(cells)) continue;
      const expected = sumOf(cells);
      if (expected === first.value) continue;
      const blanks = hasBlank(cells);
      const shown = cells.length === 1 ? String(cells[0]!.value ?? '空') : `${cells.map((c) => c.value ?? '空').join(' + ')} = ${expected}`;
      out.push(
        makeFinding(W5_TEXT_VS_TABLES, {
          zh: `正文“${first.fragment}”称${t.zh} ${first.value} 件，而${t.tableZh}为 ${shown}${blanks ? '（空白单元格按 0 计）' : ''}`,
          en: `The narrative ("${first.fragment}") states ${first.value} ${t.en}, the tables give ${expected}${blanks ? ' (blank cells read as 0)' : ''}`,
          paths: cells.map((c) => c.path),
          expected,
          actual: first.value,
          blanksAsZero: blanks,
        }),
      );
    }
    return out;
  },
};
