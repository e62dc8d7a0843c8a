/**
 * @module The date of receipt (收到申请之日, `receivedAt`), Art. 31 (domain.md §3.2):
 *
 * | channel                          | receipt date                               |
 * |----------------------------------|--------------------------------------------|
 * | in person                        | the day it is handed in                    |
 * | letter that must be signed for   | the day the agency signs for it            |
 * | ordinary letter                  | the day the office confirms with the applicant (on the day it arrives) |
 * | online, or the office's fax      | the day both sides confirm                 |
 *
 * Until a confirmation is recorded an ordinary letter, online or fax
 * application is not yet received, and no period runs.
 */
import { nextWorkdayOnOrAfter } from '../calendar/workdays.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { DEFAULT_POLICY, type CountingPolicy } from '../calendar/counting-policy.js';
import { GongkaiError } from '../shared/errors.js';
import type { Finding, Message } from '../shared/finding.js';

export type Receipt =
  | { readonly channel: 'inPerson'; readonly handedIn: IsoDate }
  | { readonly channel: 'letter'; readonly mail: 'signed'; readonly signedFor: IsoDate }
  | { readonly channel: 'letter'; readonly mail: 'ordinary'; readonly arrived: IsoDate; readonly confirmed: IsoDate | null }
  | { readonly channel: 'online' | 'fax'; readonly submitted: IsoDate; readonly confirmed: IsoDate | null };

export type ReceiptDate =
  | { readonly kind: 'received'; readonly date: IsoDate; readonly findings: readonly Finding[] }
  | { readonly kind: 'pending'; readonly reason: Message };

function invalid(zh: string, en: string): GongkaiError {
  return new GongkaiError('CASE_INVALID_EVENT', { zh, en });
}

/**
 * The receipt date of an application, or `pending` while a confirmation is
 * missing. An ordinary letter confirmed later than the first working day on
 * or after its arrival gets a warning (Art. 31 asks for confirmation the same
 * day); a confirmation before the arrival or submission is refused.
 */
export function receiptDate(receipt: Receipt, calendar: WorkCalendar, policy: CountingPolicy = DEFAULT_POLICY): ReceiptDate {
  switch (receipt.channel) {
    case 'inPerson':
      return { kind: 'received', date: receipt.handedIn, findings: [] };
    case 'letter': {
      if (receipt.mail === 'signed') return { kind: 'received', date: receipt.signedFor, findings: [] };
      if (receipt.confirmed === null) {
        return { kind: 'pending', reason: { zh: '平信已到达，尚未与申请人确认收到', en: 'the letter arrived but receipt is not yet confirmed with the applicant' } };
      }
      if (receipt.confirmed < receipt.arrived) throw invalid(`确认日 ${receipt.confirmed} 早于信件到达日 ${receipt.arrived}`, `confirmed (${receipt.confirmed}) before the letter arrived (${receipt.arrived})`);
      const sameDay = nextWorkdayOnOrAfter(calendar, receipt.arrived, policy);
      const findings: Finding[] =
        receipt.confirmed > sameDay
          ? [
              {
                rule: 'C-RECEIPT-CONFIRMATION',
                severity: 'warning',
                message: {
                  zh: `平信 ${receipt.arrived} 到达，${receipt.confirmed} 才与申请人确认；第三十一条要求收到当日确认`,
                  en: `the letter arrived on ${receipt.arrived} but was confirmed only on ${receipt.confirmed}; Art. 31 asks for confirmation on the day it arrives`,
                },
                paths: ['receipt.confirmed'],
              },
            ]
          : [];
      return { kind: 'received', date: receipt.confirmed, findings };
    }
    case 'online':
    case 'fax': {
      if (receipt.confirmed === null) {
        return { kind: 'pending', reason: { zh: '双方尚未确认收到', en: 'receipt is not yet confirmed by both sides' } };
      }
      if (receipt.confirmed < receipt.submitted) throw invalid(`确认日 ${receipt.confirmed} 早于提交日 ${receipt.submitted}`, `confirmed (${receipt.confirmed}) before it was submitted (${receipt.submitted})`);
      return { kind: 'received', date: receipt.confirmed, findings: [] };
    }
  }
}
