/**
 * @module W8 `units`: money amounts carry a plausible unit (domain.md §1.3, §2.2).
 * 2019 `centralProcurement.amount` (采购总金额): the template gives no unit, so a non-zero amount
 * whose unit was not detected is flagged, with a hint when the size suggests yuan. A detected
 * unit (元 or 万元) is fine. 2021 `adminFees.amountWan` (万元): a value ≥ 100000 万元 (10亿元)
 * looks like a yuan figure written in the 万元 column.
 */
import type { Finding } from '../../shared/finding.js';
import type { AnnualReport } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { makeFinding, readCell } from './support.js';

const PROCUREMENT = 'table2.centralProcurement.amount';
const FEES = 'table2.adminFees.amountWan';
/** 100000 万元 = 10亿元: far above any fee income of a county-level body. */
export const WAN_SUSPECT_THRESHOLD = 100_000;

function procurementUnit(report: AnnualReport): Finding[] {
  const v = readCell(report, PROCUREMENT);
  if (v === null || v === 0) return [];
  if (report.units[PROCUREMENT]) return [];
  const hintZh = v >= WAN_SUSPECT_THRESHOLD ? `；若以万元计为 ${v} 万元，数额过大，疑似以元为单位` : '';
  const hintEn = v >= WAN_SUSPECT_THRESHOLD ? '; read as 万元 it would be implausibly large, so it is probably yuan' : '';
  return [
    makeFinding(W8_UNITS, {
      zh: `表二“政府集中采购 / 采购总金额”为 ${v}，未注明单位（元或万元）${hintZh}`,
      en: `Table 2 centralProcurement.amount is ${v} with no unit given (yuan or 万元)${hintEn}`,
      paths: [PROCUREMENT],
      actual: v,
    }),
  ];
}

function feesUnit(report: AnnualReport): Finding[] {
  const v = readCell(report, FEES);
  if (v === null || v < WAN_SUSPECT_THRESHOLD) return [];
  return [
    makeFinding(W8_UNITS, {
      zh: `表二“行政事业性收费 / 本年收费金额（单位：万元）”为 ${v} 万元（≥ ${WAN_SUSPECT_THRESHOLD} 万元），疑似按元填写`,
      en: `Table 2 adminFees.amountWan is ${v} 万元 (≥ ${WAN_SUSPECT_THRESHOLD}): probably a yuan figure`,
      paths: [FEES],
      expected: WAN_SUSPECT_THRESHOLD,
      actual: v,
    }),
  ];
}

export const W8_UNITS: Rule = {
  id: 'W8',
  severity: 'warning',
  title: { zh: '金额单位明确且合理', en: 'Money amounts have a clear, plausible unit' },
  basis: 'The 2019 template gives no unit for 采购总金额; the 2021 fee column is in 万元; domain.md §1.3.1, §2.2 W8',
  check({ report }: RuleContext): Finding[] {
    return report.format === '2019' ? procurementUnit(report) : feesUnit(report);
  },
};
