/**
 * @module Findings: what a parser or a rule has to say about a report, as data.
 * Parsers and rules never throw on bad documents; they return findings.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A bilingual message: Chinese for our users, English beside it. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

export interface Finding {
  /** Rule id: `R1`…`R6`, `R3b`, `W1`…`W8`, `W-FMT`, or a parser id such as `P-AMBIGUOUS`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: Message;
  /** Cell paths involved, e.g. `table3.newReceived.total`. */
  readonly paths: readonly string[];
  readonly expected?: number;
  readonly actual?: number;
  /** For ambiguous cells: each candidate reading, in document order. */
  readonly candidates?: readonly (readonly number[])[];
  /** True when a blank cell was read as 0 to evaluate the rule. */
  readonly blanksAsZero?: boolean;
}
