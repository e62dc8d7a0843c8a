/**
 * @module What `composeLetter` needs besides the template: the case (its
 * events), the sending agency, the calendar, and what only the clerk can say
 * (where published information is found, who is competent, how to pay…).
 */
import type { IsoDate } from '../domain/calendar/iso-date.js';
import type { WorkCalendar } from '../domain/calendar/work-calendar.js';
import type { CaseEvent } from '../domain/cases/case-events.js';
import type { CasePolicy } from '../domain/cases/case-state.js';
import type { WithholdingGround } from './templates/refusal-grounds.js';

/** The agency that sends the letter. Only `name` is required. */
export interface LetterAgency {
  /** Printed in the seal block (盖章处), e.g. 某某县人民政府办公室. */
  readonly name: string;
  /** 联系电话, printed after the body. */
  readonly phone?: string;
  /** 通信地址, printed after the body. */
  readonly address?: string;
  /** 行政复议机关 named in the remedies (e.g. 某某县人民政府); without it the letter says 依法申请行政复议. */
  readonly reconsiderationBody?: string;
  /** The court named in the remedies (e.g. 某某县人民法院); without it the letter says 依法向人民法院提起行政诉讼. */
  readonly court?: string;
  /** How to pay a fee (缴款码, account, window): required for a fee notice. */
  readonly feePayment?: string;
}

/** The part withheld in a partial disclosure (Art. 37) and why. */
export interface WithheldPart {
  /** What is withheld, e.g. 相关人员的身份证号码、联系电话. */
  readonly part: string;
  readonly ground: WithholdingGround;
}

/** The competent agency for `notThisAgency` (Art. 36(5)), when it can be determined. */
export interface CompetentAgency {
  readonly name: string;
  readonly contact?: string;
}

/**
 * What only the clerk can say. Each field serves the letters noted; a letter
 * that needs a field it does not get is refused with `LETTER_INCOMPLETE`,
 * naming the field.
 */
export interface LetterDetails {
  /** 获取途径: where published information is (`alreadyPublic`, required) or a publication is obtained (`notProcessed:publication`). */
  readonly whereToFind?: string;
  /** 提供方式 for `disclosed` / `partiallyDisclosed`; by default said from the form and channel the applicant asked for. */
  readonly provision?: string;
  /** `partiallyDisclosed` (required). */
  readonly withheld?: WithheldPart;
  /** `notThisAgency`. */
  readonly competentAgency?: CompetentAgency;
  /** 办理渠道: the proper channel (`notProcessed:petition`, `specialLaw`, `refused:adminQuery`). */
  readonly channel?: string;
  /** 前次答复 for `notProcessed:repeat`, e.g. 2024年3月5日某政公开〔2024〕12号. */
  readonly previousAnswer?: string;
  /** 检索情况 for `notExist`: where and how the agency searched. */
  readonly search?: string;
  /** Reasons; defaults to the decision's recorded reasons. Required for `notThisAgency` (Art. 36(5)). */
  readonly reasons?: string;
  /** The information a consultation letter asks about; defaults to the application's description. */
  readonly consultSubject?: string;
  /** 附件: names of documents sent with the letter. */
  readonly attachments?: readonly string[];
}

export interface ComposeInput {
  /** The case: its events in order, starting with `register`. */
  readonly events: readonly CaseEvent[];
  readonly agency: LetterAgency;
  readonly calendar: WorkCalendar;
  readonly policy?: CasePolicy;
  /** The letter's date (成文日期); by default the day of the event it is about. */
  readonly issuedOn?: IsoDate;
  /** 文号; by default the case id and the kind (`2024-017-受理`). */
  readonly reference?: string;
  /** For a consultation letter: the party consulted (as named in its `consult` event); by default the last one. */
  readonly party?: string;
  readonly details?: LetterDetails;
}
