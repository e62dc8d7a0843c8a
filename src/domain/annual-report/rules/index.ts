/**
 * @module The consistency checker (domain.md §2): the rule list and `checkReport`.
 * Pure: no I/O, no clock. Rules are data (`Rule`); add one by adding a file and listing it here.
 */
import type { Finding } from '../../shared/finding.js';
import type { AnnualReport } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { R1_BALANCE } from './r1-balance.js';
import { R2_ROW_TOTAL } from './r2-row-total.js';
import { R3_RESULTS_SUM } from './r3-results-sum.js';
import { R3B_OTHER_SUM } from './r3b-other-sum.js';
import { R4_GROUP_SUM } from './r4-group-sum.js';
import { R5_DOMAIN } from './r5-domain.js';
import { R6_COMPLETE } from './r6-complete.js';
import { W1_CROSS_YEAR } from './w1-cross-year.js';
import { W2_IN_FORCE_ROLL } from './w2-in-force-roll.js';
import { W3_IN_FORCE_BOUND } from './w3-in-force-bound.js';
import { W4_PUBLISHED_BOUND } from './w4-published-bound.js';
import { W5_TEXT_VS_TABLES } from './w5-text-vs-tables.js';
import { W6_FEE_MENTIONED } from './w6-fee-mentioned.js';
import { W7_DEADLINE } from './w7-deadline.js';
import { W8_UNITS } from './w8-units.js';
import { W_FMT_FORMAT_YEAR } from './w-fmt-format-year.js';

export type { Rule, RuleContext, RuleSeverity } from './rule.js';
export { extractClaims, parseCount, type ClaimKind, type NarrativeClaim } from './narrative-numbers.js';
export { agencyKind, type AgencyKind } from './w7-deadline.js';
export {
  R1_BALANCE,
  R2_ROW_TOTAL,
  R3_RESULTS_SUM,
  R3B_OTHER_SUM,
  R4_GROUP_SUM,
  R5_DOMAIN,
  R6_COMPLETE,
  W1_CROSS_YEAR,
  W2_IN_FORCE_ROLL,
  W3_IN_FORCE_BOUND,
  W4_PUBLISHED_BOUND,
  W5_TEXT_VS_TABLES,
  W6_FEE_MENTIONED,
  W7_DEADLINE,
  W8_UNITS,
  W_FMT_FORMAT_YEAR,
};

/** Every rule, hard rules first, in the order of domain.md §2. */
export const RULES: readonly Rule[] = [
  R1_BALANCE,
  R2_ROW_TOTAL,
  R3_RESULTS_SUM,
  R3B_OTHER_SUM,
  R4_GROUP_SUM,
  R5_DOMAIN,
  R6_COMPLETE,
  W1_CROSS_YEAR,
  W2_IN_FORCE_ROLL,
  W3_IN_FORCE_BOUND,
  W4_PUBLISHED_BOUND,
  W5_TEXT_VS_TABLES,
  W6_FEE_MENTIONED,
  W7_DEADLINE,
  W8_UNITS,
  W_FMT_FORMAT_YEAR,
];

export interface CheckOptions {
  /** Last year's report of the same agency, for the cross-year rules W1–W3. */
  readonly previous?: AnnualReport;
}

/** Runs every rule on `report` and returns all findings, rule by rule in `RULES` order. */
export function checkReport(report: AnnualReport, options: CheckOptions = {}): Finding[] {
  const ctx: RuleContext = options.previous ? { report, previous: options.previous } : { report };
  return RULES.flatMap((rule) => rule.check(ctx));
}
