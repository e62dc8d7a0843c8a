/**
 * Cases for letter tests: an applicant with every kind of contact, and the
 * events that lead to each letter. Dates are around 国庆节 2024 (10-01…07
 * off, 09-29 and 10-12 worked) and 春节 2025 (01-28…02-04 off, 01-26 and
 * 02-08 worked), so deadlines cross holidays and make-up working days.
 */
import type { IsoDate } from '../domain/calendar/iso-date.js';
import { builtInCalendar } from '../domain/calendar/national-notices.js';
import type { Application } from '../domain/cases/application.js';
import { caseId, type CaseEvent } from '../domain/cases/case-events.js';
import type { DecisionOutcome } from '../domain/cases/outcome.js';
import type { ComposeInput, LetterAgency, LetterDetails } from './letter-input.js';

export const d = (s: string): IsoDate => s as IsoDate;

export const calendar = builtInCalendar();

/** Everything that identifies the applicant; none of it may reach a third party. */
export const APPLICANT = {
  name: '王小明',
  id: '11010519491231002X',
  phone: '13900001234',
  email: 'wxm@example.cn',
  address: '某某市某某区幸福路8号',
} as const;

export const DESCRIPTION = '2023年本县义务教育学校布局调整方案';

export function application(description: string = DESCRIPTION, kind: 'naturalPerson' | 'commercial' = 'naturalPerson'): Application {
  return {
    applicant:
      kind === 'naturalPerson'
        ? { kind, name: APPLICANT.name, idProof: { type: 'residentIdCard', number: APPLICANT.id }, contact: { phone: APPLICANT.phone, email: APPLICANT.email, address: APPLICANT.address } }
        : { kind, name: '示例科技有限公司', idProof: { type: 'uscc', number: '91350100M000100Y43' }, contact: { phone: '0591-00000000' } },
    request: { description, form: 'electronic', delivery: 'email' },
    channel: 'inPerson',
  };
}

export function register(on: string, app: Application = application()): CaseEvent {
  return { type: 'register', on: d(on), caseId: caseId('2024-017'), agencyId: 1, application: app, receipt: { channel: 'inPerson', handedIn: d(on) } };
}

export const AGENCY: LetterAgency = {
  name: '某某县人民政府办公室',
  phone: '0000-12345678',
  address: '某某县人民路1号',
  reconsiderationBody: '某某县人民政府',
  court: '某某县人民法院',
  feePayment: '凭本通知书到某某县政务服务中心财政窗口缴纳，或扫描缴款码通过非税收入统一支付平台缴纳',
};

/** Details for every decision letter. */
export const DETAILS: LetterDetails = {
  whereToFind: '某某县人民政府门户网站“政府信息公开”栏目',
  withheld: { part: '相关人员的身份证号码', ground: 'thirdPartyRights' },
  competentAgency: { name: '某某县教育局', contact: '0000-87654321' },
  channel: '某某县信访局（某某县人民路2号）',
  previousAnswer: '2024年3月5日某政公开〔2024〕12号',
  search: '检索了本机关2019年以来的发文和档案',
  reasons: '经核实，该信息由某某县教育局制作并保存',
};

export function input(events: readonly CaseEvent[], more: Partial<ComposeInput> = {}): ComposeInput {
  return { events, agency: AGENCY, calendar, details: DETAILS, ...more };
}

/** A case received on 2024-09-27 that ends in `outcome` (with a correction first where the outcome needs one). */
export function decidedCase(outcome: DecisionOutcome | 'abandonedNoCorrection' | 'abandonedNoFee'): CaseEvent[] {
  const start = register('2024-09-27');
  switch (outcome) {
    case 'unclearAfterCorrection':
      return [
        start,
        { type: 'requestCorrection', on: d('2024-10-08'), items: '请写明文件名称', dueOn: d('2024-10-18') },
        { type: 'correctionReceived', on: d('2024-10-15') },
        { type: 'decide', on: d('2024-10-30'), outcome },
      ];
    case 'abandonedNoCorrection':
      return [start, { type: 'requestCorrection', on: d('2024-10-08'), items: '请写明文件名称', dueOn: d('2024-10-18') }, { type: 'abandon', on: d('2024-10-21') }];
    case 'abandonedNoFee':
      return [
        start,
        { type: 'feeNotice', on: d('2024-09-30'), basis: { method: 'perVolume', pages: 250 }, amountYuan: 4700 },
        { type: 'feeNotPaid', on: d('2024-11-04') },
      ];
    default:
      return [start, { type: 'decide', on: d('2024-10-25'), outcome }];
  }
}

