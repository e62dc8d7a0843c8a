/**
 * @module The consistency-rule interface (domain.md §2): each rule is data plus a pure check.
 */
import type { Finding, Message } from '../../shared/finding.js';
import type { AnnualReport } from '../report.js';

/** Hard rules (R*) are errors; soft, inferred rules (W*) are warnings. */
export type RuleSeverity = 'error' | 'warning';

/** What a rule may look at: the report and, for cross-year rules, last year's report of the same agency. */
export interface RuleContext {
  readonly report: AnnualReport;
  readonly previous?: AnnualReport;
}

export interface Rule {
  /** `R1`…`R6`, `R3b`, `W1`…`W8`, `W-FMT`. */
  readonly id: string;
  readonly severity: RuleSeverity;
  readonly title: Message;
  /** Where the rule comes from (domain.md section, template note, regulation article). */
  readonly basis: string;
  /** Returns one finding per violation; `[]` when the report passes or there is nothing to check. */
  check(ctx: RuleContext): Finding[];
}
