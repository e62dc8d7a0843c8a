/**
 * @module The state of a case as derived from its events: where it stands,
 * its answer clock, and everything recorded about corrections, extension,
 * consultations, fee, decision and delivery.
 */
import type { IsoDate } from '../calendar/iso-date.js';
import type { CountingPolicy } from '../calendar/counting-policy.js';
import { DEFAULT_POLICY } from '../calendar/counting-policy.js';
import type { Finding } from '../shared/finding.js';
import type { Application, DeliveryChannel } from './application.js';
import type { CaseId, ConsultationAnswer, ConsultedParty } from './case-events.js';
import type { FeeBasis } from './fees.js';
import type { DecisionOutcome, Outcome } from './outcome.js';

/**
 * - `inProgress` 办理中: the answer period runs.
 * - `awaitingCorrection` 待补正: the period is stopped; it starts again when the correction arrives.
 * - `consulting` 征求意见中: the period is paused while any consultation is open.
 * - `awaitingFee` 待缴费: a fee notice is out (the period pauses under the default policy).
 * - `decided` 已答复, `delivered` 已送达, `withdrawn` 已撤回, `abandoned` 视为放弃: closed.
 * - `archived` 已归档: the file is closed for good.
 */
export const CASE_STATUSES = ['inProgress', 'awaitingCorrection', 'consulting', 'awaitingFee', 'decided', 'delivered', 'withdrawn', 'abandoned', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const OPEN_STATUSES: ReadonlySet<CaseStatus> = new Set(['inProgress', 'awaitingCorrection', 'consulting', 'awaitingFee']);

export const STATUS_LABELS: Readonly<Record<CaseStatus, { zh: string; en: string }>> = {
  inProgress: { zh: '办理中', en: 'in progress' },
  awaitingCorrection: { zh: '待补正', en: 'awaiting correction' },
  consulting: { zh: '征求意见中', en: 'consulting' },
  awaitingFee: { zh: '待缴费', en: 'awaiting the fee' },
  decided: { zh: '已答复', en: 'decided' },
  delivered: { zh: '已送达', en: 'delivered' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  abandoned: { zh: '视为放弃', en: 'abandoned' },
  archived: { zh: '已归档', en: 'archived' },
};

/**
 * The answer clock. `running`: the answer is due on `deadline`. `paused`
 * (consultation, or a fee under the default policy): `remaining` working days
 * are left (negative once overdue) and `deadline` keeps the date the period
 * would have ended had the pause not come. `stopped`: waiting for a
 * correction; a new period starts when it arrives. `closed`: the case ended.
 */
export type AnswerClock =
  | { readonly state: 'running'; readonly deadline: IsoDate }
  | { readonly state: 'paused'; readonly since: IsoDate; readonly remaining: number; readonly reason: 'consultation' | 'fee'; readonly deadline: IsoDate }
  | { readonly state: 'stopped'; readonly since: IsoDate }
  | { readonly state: 'closed'; readonly on: IsoDate };

export interface CorrectionRecord {
  readonly requestedOn: IsoDate;
  readonly items: string;
  readonly dueOn: IsoDate;
  readonly receivedOn: IsoDate | null;
}

export interface ExtensionRecord {
  readonly on: IsoDate;
  readonly workdays: number;
  readonly approver: string;
  readonly reason: string;
  readonly applicantNotifiedOn: IsoDate;
}

export interface ConsultationRecord {
  readonly party: ConsultedParty;
  readonly name: string;
  readonly sentOn: IsoDate;
  readonly answerDue: IsoDate;
  readonly answeredOn: IsoDate | null;
  readonly answer: ConsultationAnswer | null;
}

export interface FeeRecord {
  readonly noticeOn: IsoDate;
  readonly deliveredOn: IsoDate;
  readonly basis: FeeBasis;
  readonly amountYuan: number;
  readonly schedule: string;
  readonly payBy: IsoDate;
  readonly paidOn: IsoDate | null;
  readonly notPaidOn: IsoDate | null;
}

/** How the case engine counts: the working-day policy, and whether the fee period pauses the answer clock. */
export interface CasePolicy {
  readonly counting: CountingPolicy;
  /**
   * `paused` (default): the time between a fee notice and payment does not count
   * toward the answer period; `running`: it does. 109号 is not explicit here
   * (domain.md §3.3 item 8, UNVERIFIED), hence a setting.
   */
  readonly feeClock: 'paused' | 'running';
}

export const DEFAULT_CASE_POLICY: CasePolicy = Object.freeze({ counting: DEFAULT_POLICY, feeClock: 'paused' });

export interface CaseState {
  readonly caseId: CaseId;
  readonly agencyId: number;
  readonly application: Application;
  /** 收到申请之日 (Art. 31): where the periods start and the year it is counted as received. */
  readonly receivedAt: IsoDate;
  readonly registeredOn: IsoDate;
  readonly status: CaseStatus;
  readonly clock: AnswerClock;
  /** The day the current answer period started: receipt, or the corrected application's arrival. */
  readonly periodStart: IsoDate;
  readonly correction: CorrectionRecord | null;
  readonly extension: ExtensionRecord | null;
  readonly consultations: readonly ConsultationRecord[];
  readonly fee: FeeRecord | null;
  readonly decision: { readonly on: IsoDate; readonly outcome: DecisionOutcome; readonly reasons: string | null } | null;
  readonly delivery: { readonly on: IsoDate; readonly channel: DeliveryChannel } | null;
  /** How the case ended (a decision, or abandonment / withdrawal); null while open. */
  readonly outcome: Outcome | null;
  /** The day it ended: the decision, withdrawal or abandonment. Table 3 counts it in this year. */
  readonly closedOn: IsoDate | null;
  /** True when it ended after its answer deadline. */
  readonly closedLate: boolean;
  readonly archivedOn: IsoDate | null;
  /** The day of the newest event: later events may not be earlier. */
  readonly lastEventOn: IsoDate;
  readonly eventCount: number;
  /** Warnings about how the case was handled (late correction request, late decision…). */
  readonly findings: readonly Finding[];
}
