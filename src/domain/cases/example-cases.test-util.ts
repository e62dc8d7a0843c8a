/**
 * Builders for case tests: applications of each applicant kind and the
 * register event for each channel. Names and numbers are invented; the ID and
 * credit-code numbers are the published sample numbers with valid check characters.
 */
import type { IsoDate } from '../calendar/iso-date.js';
import { builtInCalendar } from '../calendar/national-notices.js';
import type { ApplicantKind } from './applicant.js';
import type { Application, IncomingChannel } from './application.js';
import { caseId, type CaseEvent } from './case-events.js';
import type { Receipt } from './receipt.js';
import type { CaseContext } from './apply-event.js';

export const ctx: CaseContext = { calendar: builtInCalendar() };

export const d = (s: string): IsoDate => s as IsoDate;

export function application(kind: ApplicantKind = 'naturalPerson', channel: IncomingChannel = 'inPerson'): Application {
  const person = kind === 'naturalPerson';
  return {
    applicant: {
      kind,
      name: person ? '张三' : '示例科技有限公司',
      idProof: person ? { type: 'residentIdCard', number: '11010519491231002X' } : { type: 'uscc', number: '91350100M000100Y43' },
      contact: { phone: '010-00000000' },
    },
    request: { description: '2023年本县义务教育学校布局调整方案', form: 'electronic', delivery: 'email' },
    channel,
  };
}

/** The receipt for a channel, received (confirmed or signed for) on `on`. */
export function receiptOn(channel: IncomingChannel, on: IsoDate): Receipt {
  switch (channel) {
    case 'inPerson':
      return { channel, handedIn: on };
    case 'letter':
      return { channel, mail: 'signed', signedFor: on };
    case 'online':
    case 'fax':
      return { channel, submitted: on, confirmed: on };
  }
}

export function registerEvent(on: string, options: { id?: string; agencyId?: number; kind?: ApplicantKind; channel?: IncomingChannel } = {}): CaseEvent {
  const channel = options.channel ?? 'inPerson';
  return {
    type: 'register',
    on: d(on),
    caseId: caseId(options.id ?? `依申请-${on}`),
    agencyId: options.agencyId ?? 1,
    application: application(options.kind, channel),
    receipt: receiptOn(channel, d(on)),
  };
}
