/**
 * @module The Chinese words of the case pages: applicant kinds, identity
 * documents, what a case waits for, and how many working days are left.
 */
import type { ApplicantKind, IdDocumentType } from '../../domain/cases/applicant.js';
import type { IsoDate } from '../../domain/calendar/iso-date.js';
import { dateZh } from '../../letters/wording.js';

export { FORM_ZH, DELIVERY_ZH, CHANNEL_ZH, dateZh } from '../../letters/wording.js';

export const APPLICANT_KIND_ZH: Readonly<Record<ApplicantKind, string>> = {
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  otherOrg: '其他组织',
};

export const ID_TYPE_ZH: Readonly<Record<IdDocumentType, string>> = {
  residentIdCard: '居民身份证',
  passport: '护照',
  travelPermit: '港澳台居民来往内地通行证或居住证',
  uscc: '统一社会信用代码',
  other: '其他身份证明',
};

const WAITING_ZH = { correction: '等待申请人补正', consultation: '等待第三方或其他机关的意见', fee: '等待申请人缴纳费用' } as const;

/** What a case waits for, in plain words with the day. */
export function waitingZh(w: { readonly kind: keyof typeof WAITING_ZH; readonly due: IsoDate } | null): string {
  return w ? `${WAITING_ZH[w.kind]}（截至${dateZh(w.due)}）` : '';
}

/** "还剩 3 个工作日" / "已超期 2 个工作日" / "今天到期". */
export function daysLeftZh(left: number | null): string {
  if (left === null) return '期限中止';
  if (left < 0) return `已超期 ${-left} 个工作日`;
  if (left === 0) return '今天到期';
  return `还剩 ${left} 个工作日`;
}
