/**
 * @module W4 `t2.publishedBound` (2019): 本年新公开数量 ≤ 对外公开总数量 for 规章 and 规范性文件;
 * and for the 第二十条第(五)(六)(八)项 rows, 上一年项目数量 + 本年增/减 ≥ 0 (the current item
 * count cannot be negative). Inferred; domain.md §2.2 W4.
 */
import type { Finding } from '../../shared/finding.js';
import type { AnnualReport } from '../report.js';
import { cellPath } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { makeFinding, readCell } from './support.js';

const PUBLISHED_ROWS = [
  ['regulations', '规章'],
  ['normativeDocs', '规范性文件'],
] as const;

const ITEM_ROWS = [
  ['licensing', '行政许可'],
  ['otherServices', '其他对外管理服务事项'],
  ['penalty', '行政处罚'],
  ['coercion', '行政强制'],
  ['adminFees', '行政事业性收费'],
] as const;

const note = (b: boolean, lang: 'zh' | 'en'): string => (b ? (lang === 'zh' ? '（空白单元格按 0 计）' : ' (blank cells read as 0)') : '');
const s = (v: number | null, blank: string): string => (v === null ? blank : String(v));

function publishedBound(report: AnnualReport): Finding[] {
  const out: Finding[] = [];
  for (const [row, zh] of PUBLISHED_ROWS) {
    const pub = readCell(report, cellPath('table2', row, 'newlyPublished'));
    const total = readCell(report, cellPath('table2', row, 'totalPublished'));
    if (pub === null || pub === 0) continue;
    if (pub <= (total ?? 0)) continue;
    const blanks = total === null;
    out.push(
      makeFinding(W4_PUBLISHED_BOUND, {
        zh: `表二“${zh}”：本年新公开数量 ${pub} 大于对外公开总数量 ${s(total, '空')}${note(blanks, 'zh')}`,
        en: `Table 2 ${row}: newlyPublished ${pub} > totalPublished ${s(total, 'blank')}${note(blanks, 'en')}`,
        paths: [cellPath('table2', row, 'newlyPublished'), cellPath('table2', row, 'totalPublished')],
        expected: total ?? 0,
        actual: pub,
        blanksAsZero: blanks,
      }),
    );
  }
  return out;
}

function itemsBound(report: AnnualReport): Finding[] {
  const out: Finding[] = [];
  for (const [row, zh] of ITEM_ROWS) {
    const prev = readCell(report, cellPath('table2', row, 'prevYearItems'));
    const change = readCell(report, cellPath('table2', row, 'yearChange'));
    if (prev === null && change === null) continue;
    const current = (prev ?? 0) + (change ?? 0);
    if (current >= 0) continue;
    const blanks = prev === null || change === null;
    out.push(
      makeFinding(W4_PUBLISHED_BOUND, {
        zh: `表二“${zh}”：上一年项目数量 ${s(prev, '空')} + 本年增/减 ${s(change, '空')} = ${current}，本年项目数量不能为负${note(blanks, 'zh')}`,
        en: `Table 2 ${row}: prevYearItems ${s(prev, 'blank')} + yearChange ${s(change, 'blank')} = ${current} < 0${note(blanks, 'en')}`,
        paths: [cellPath('table2', row, 'prevYearItems'), cellPath('table2', row, 'yearChange')],
        expected: 0,
        actual: current,
        blanksAsZero: blanks,
      }),
    );
  }
  return out;
}

export const W4_PUBLISHED_BOUND: Rule = {
  id: 'W4',
  severity: 'warning',
  title: { zh: '新公开数量不超过公开总数量；项目数量不为负（2019 版）', en: 'Newly published ≤ total published; item counts stay ≥ 0 (2019 format)' },
  basis: 'Inferred from the 2019 Table 2 columns; domain.md §2.2 W4',
  check({ report }: RuleContext): Finding[] {
    if (report.format !== '2019') return [];
    return [...publishedBound(report), ...itemsBound(report)];
  },
};
