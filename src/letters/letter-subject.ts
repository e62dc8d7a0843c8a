/**
 * @module Which event a letter is about, and the case as it stood right after
 * it. A letter is reproducible: the extension notice printed months later
 * still gives the deadline the extension set, not today's.
 */
import type { IsoDate } from '../domain/calendar/iso-date.js';
import type { CaseEvent } from '../domain/cases/case-events.js';
import type { CaseState } from '../domain/cases/case-state.js';
import { replayCase } from '../domain/cases/fold-case.js';
import { GongkaiError } from '../domain/shared/errors.js';
import { LETTER_KIND_LABELS, type LetterKind } from './letter.js';
import type { ComposeInput } from './letter-input.js';

export interface LetterSubject {
  /** The event the letter is about. */
  readonly event: CaseEvent;
  /** The case right before that event (null for the registration). */
  readonly before: CaseState | null;
  /** The case right after it. */
  readonly after: CaseState;
  /** The day the letter is due by default: the event's day (the day the applicant is told, for an extension). */
  readonly day: IsoDate;
}

const EVENT_OF: Readonly<Record<LetterKind, readonly CaseEvent['type'][]>> = {
  acknowledgement: ['register'],
  correction: ['requestCorrection'],
  extension: ['extend'],
  consultation: ['consult'],
  fee: ['feeNotice'],
  decision: ['decide', 'abandon', 'feeNotPaid', 'withdraw'],
};

const NEEDED: Readonly<Record<LetterKind, { zh: string; en: string }>> = {
  acknowledgement: { zh: '登记', en: 'registration' },
  correction: { zh: '补正告知', en: 'correction request' },
  extension: { zh: '延长答复期限', en: 'extension' },
  consultation: { zh: '征求意见', en: 'consultation' },
  fee: { zh: '收费通知', en: 'fee notice' },
  decision: { zh: '答复或终止（视为放弃）', en: 'decision or abandonment' },
};

function unavailable(zh: string, en: string): GongkaiError {
  return new GongkaiError('LETTER_UNAVAILABLE', { zh, en });
}

/** Finds the letter's event (replaying the whole case first, so a broken case is refused as such). */
export function letterSubject(kind: LetterKind, input: Pick<ComposeInput, 'events' | 'calendar' | 'policy' | 'party'>): LetterSubject {
  const ctx = { calendar: input.calendar, ...(input.policy ? { policy: input.policy } : {}) };
  replayCase(input.events, ctx);
  const types = EVENT_OF[kind];
  let index = -1;
  input.events.forEach((e, i) => {
    if (!types.includes(e.type)) return;
    if (kind === 'consultation' && input.party !== undefined && e.type === 'consult' && e.name !== input.party) return;
    index = i;
  });
  if (index < 0) {
    const who = kind === 'consultation' && input.party !== undefined ? `向“${input.party}”的` : '';
    const whoEn = kind === 'consultation' && input.party !== undefined ? ` of “${input.party}”` : '';
    throw unavailable(
      `案件没有${who}“${NEEDED[kind].zh}”记录，不能生成${LETTER_KIND_LABELS[kind]}。`,
      `The case has no ${NEEDED[kind].en}${whoEn}, so there is no ${kind} letter to make.`,
    );
  }
  const event = input.events[index]!;
  if (event.type === 'withdraw') {
    throw unavailable('申请人已撤回申请，案件终止，无须出具答复告知书。', 'The applicant withdrew the application; no answer letter is due.');
  }
  const before = index === 0 ? null : replayCase(input.events.slice(0, index), ctx);
  const after = replayCase(input.events.slice(0, index + 1), ctx);
  const day = event.type === 'extend' ? event.applicantNotifiedOn : event.on;
  return { event, before, after, day };
}
