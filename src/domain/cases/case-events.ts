/**
 * @module What can happen to a disclosure case, as data. A case is the list
 * of its events; its state is derived (`applyEvent`, `foldCase`). Every event
 * carries the day it happened (`on`); events come in order of that day.
 */
import type { IsoDate } from '../calendar/iso-date.js';
import type { Application, DeliveryChannel } from './application.js';
import type { FeeBasis } from './fees.js';
import type { DecisionOutcome } from './outcome.js';
import type { Receipt } from './receipt.js';

declare const caseIdBrand: unique symbol;
/** A case's own identifier (e.g. its 登记号), chosen when it is registered. */
export type CaseId = string & { readonly [caseIdBrand]: true };

export function caseId(text: string): CaseId {
  return text.trim() as CaseId;
}

/** The party an agency consults (Art. 32: a third party; Art. 34: another agency, for jointly produced information). */
export type ConsultedParty = 'thirdParty' | 'agency';

/** A consulted party's answer; `noAnswer` is recorded once its 15 working days have passed. */
export type ConsultationAnswer = 'consent' | 'objection' | 'noAnswer';

export type CaseEvent =
  /** 登记: the application is received (Art. 31) and the case opens. */
  | { readonly type: 'register'; readonly on: IsoDate; readonly caseId: CaseId; readonly agencyId: number; readonly application: Application; readonly receipt: Receipt }
  /** 补正告知 (Art. 30): once, within 7 working days of receipt; `dueOn` is the period given to the applicant. */
  | { readonly type: 'requestCorrection'; readonly on: IsoDate; readonly items: string; readonly dueOn: IsoDate }
  /** The corrected application arrives: the 20-working-day period starts again from this day. */
  | { readonly type: 'correctionReceived'; readonly on: IsoDate }
  /** 延长答复期限 (Art. 33 ¶2): once, up to 20 working days, approved by the head of the GID office, the applicant told. */
  | {
      readonly type: 'extend';
      readonly on: IsoDate;
      readonly workdays: number;
      readonly approver: string;
      readonly reason: string;
      readonly applicantNotifiedOn: IsoDate;
    }
  /** 征求意见 (Art. 32, 34): the period stops; the party has 15 working days from receiving the letter. */
  | { readonly type: 'consult'; readonly on: IsoDate; readonly party: ConsultedParty; readonly name: string; readonly receivedByPartyOn?: IsoDate }
  /** The consulted party answered (or its 15 working days passed: `noAnswer`); the period runs again once none is open. */
  | { readonly type: 'consultationAnswered'; readonly on: IsoDate; readonly name: string; readonly answer: ConsultationAnswer }
  /** 收费通知 (109号): the fee for this application; the applicant has 20 working days from the day after receiving it. */
  | { readonly type: 'feeNotice'; readonly on: IsoDate; readonly basis: FeeBasis; readonly amountYuan: number; readonly deliveredOn?: IsoDate }
  | { readonly type: 'feePaid'; readonly on: IsoDate; readonly amountYuan: number }
  /** The payment period passed without payment: the application is treated as abandoned. */
  | { readonly type: 'feeNotPaid'; readonly on: IsoDate }
  /** 答复: the decision, with exactly one outcome (Art. 36–39). */
  | { readonly type: 'decide'; readonly on: IsoDate; readonly outcome: DecisionOutcome; readonly reasons?: string }
  /** 送达: the decision reached the applicant. */
  | { readonly type: 'deliver'; readonly on: IsoDate; readonly channel: DeliveryChannel }
  /** The applicant withdrew the application (counts as 其他处理·其他). */
  | { readonly type: 'withdraw'; readonly on: IsoDate; readonly reason?: string }
  /** Art. 30: the correction period passed without good reason; the application is treated as abandoned. */
  | { readonly type: 'abandon'; readonly on: IsoDate }
  /** 归档: the file is closed. */
  | { readonly type: 'archive'; readonly on: IsoDate };

export type CaseEventType = CaseEvent['type'];

export const CASE_EVENT_TYPES: readonly CaseEventType[] = [
  'register',
  'requestCorrection',
  'correctionReceived',
  'extend',
  'consult',
  'consultationAnswered',
  'feeNotice',
  'feePaid',
  'feeNotPaid',
  'decide',
  'deliver',
  'withdraw',
  'abandon',
  'archive',
];

const EVENT_LABELS: Readonly<Record<CaseEventType, { zh: string; en: string }>> = {
  register: { zh: '登记', en: 'register' },
  requestCorrection: { zh: '补正告知', en: 'request a correction' },
  correctionReceived: { zh: '收到补正', en: 'correction received' },
  extend: { zh: '延长答复期限', en: 'extend the period' },
  consult: { zh: '征求意见', en: 'consult' },
  consultationAnswered: { zh: '收到征求意见答复', en: 'consultation answered' },
  feeNotice: { zh: '收费通知', en: 'fee notice' },
  feePaid: { zh: '缴纳费用', en: 'fee paid' },
  feeNotPaid: { zh: '逾期未缴费', en: 'fee not paid' },
  decide: { zh: '作出答复', en: 'decide' },
  deliver: { zh: '送达', en: 'deliver' },
  withdraw: { zh: '撤回申请', en: 'withdraw' },
  abandon: { zh: '逾期不补正，视为放弃', en: 'abandon (no correction)' },
  archive: { zh: '归档', en: 'archive' },
};

export function eventLabel(type: CaseEventType): { zh: string; en: string } {
  return EVENT_LABELS[type];
}
