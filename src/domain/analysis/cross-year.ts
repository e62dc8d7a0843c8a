/**
 * @module Cross-year checks (W1–W3) over the repository: the rules that compare a report with
 * the same agency's report of the previous year. Stored findings are those of the moment of
 * import, when the previous year may not have been there yet; so these findings are always
 * recomputed when a report is read, from the previous year's current report, and any stored
 * W1–W3 finding is replaced.
 */
import type { AnnualReport } from '../annual-report/report.js';
import { RULES, W1_CROSS_YEAR, W2_IN_FORCE_ROLL, W3_IN_FORCE_BOUND } from '../annual-report/rules/index.js';
import type { Rule } from '../annual-report/rules/rule.js';
import type { Finding } from '../shared/finding.js';

/** The rules that need last year's report. */
export const CROSS_YEAR_RULES: readonly Rule[] = [W1_CROSS_YEAR, W2_IN_FORCE_ROLL, W3_IN_FORCE_BOUND];
const CROSS_YEAR_IDS: ReadonlySet<string> = new Set(CROSS_YEAR_RULES.map((r) => r.id));
const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]));

export function crossYearFindings(report: AnnualReport, previous: AnnualReport): Finding[] {
  return CROSS_YEAR_RULES.flatMap((rule) => rule.check({ report, previous }));
}

/**
 * The report's findings with W1–W3 as of now: stored ones dropped, fresh ones (when there is a
 * previous year) placed where `checkReport` puts them — after the hard rules, before W4.
 */
export function withCrossYearFindings(findings: readonly Finding[], report: AnnualReport, previous: AnnualReport | undefined): Finding[] {
  const kept = findings.filter((f) => !CROSS_YEAR_IDS.has(f.rule));
  if (!previous) return kept;
  const fresh = crossYearFindings(report, previous);
  const w4 = RULE_ORDER.get('W4')!;
  const at = kept.findIndex((f) => (RULE_ORDER.get(f.rule) ?? -1) >= w4);
  return at === -1 ? [...kept, ...fresh] : [...kept.slice(0, at), ...fresh, ...kept.slice(at)];
}
