/**
 * @module The answer clock's arithmetic: start a period, pause it (consultation,
 * fee), resume it, extend it. Time spent consulting does not count (Art. 33 ¶3):
 * a pause on day p and a resumption on day r leave out the working days
 * after p up to and including r.
 */
import type { IsoDate } from '../calendar/iso-date.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { addWorkdays, nextWorkdayOnOrAfter, workdaysBetween } from '../calendar/workdays.js';
import type { AnswerClock, CasePolicy } from './case-state.js';
import { ANSWER_WORKDAYS } from './time-limits.js';

/** A fresh answer period from `start` (receipt, or the corrected application's arrival). */
export function startClock(start: IsoDate, calendar: WorkCalendar, policy: CasePolicy): AnswerClock {
  return { state: 'running', deadline: addWorkdays(calendar, start, ANSWER_WORKDAYS, policy.counting) };
}

/** Pauses a running clock on `on`: the working days left to the deadline are kept (negative once overdue). */
export function pauseClock(clock: AnswerClock, on: IsoDate, reason: 'consultation' | 'fee', calendar: WorkCalendar, policy: CasePolicy): AnswerClock {
  if (clock.state !== 'running') return clock;
  return { state: 'paused', since: on, remaining: workdaysBetween(calendar, on, clock.deadline, policy.counting), reason, deadline: clock.deadline };
}

/**
 * Resumes a paused clock on `on`: the deadline moves on by the excluded days. A
 * lapsed deadline stays lapsed; with no day left, the answer is due on the first
 * working day from `on` (a deadline is always a working day).
 */
export function resumeClock(clock: AnswerClock, on: IsoDate, calendar: WorkCalendar, policy: CasePolicy): AnswerClock {
  if (clock.state !== 'paused') return clock;
  if (clock.remaining < 0) return { state: 'running', deadline: clock.deadline };
  if (clock.remaining === 0) return { state: 'running', deadline: nextWorkdayOnOrAfter(calendar, on, policy.counting) };
  return { state: 'running', deadline: addWorkdays(calendar, on, clock.remaining, policy.counting) };
}

/** Adds `workdays` to the period (an extension). */
export function extendClock(clock: AnswerClock, workdays: number, calendar: WorkCalendar, policy: CasePolicy): AnswerClock {
  switch (clock.state) {
    case 'running':
      return { state: 'running', deadline: addWorkdays(calendar, clock.deadline, workdays, policy.counting) };
    case 'paused':
      return { ...clock, remaining: clock.remaining + workdays, deadline: addWorkdays(calendar, clock.deadline, workdays, policy.counting) };
    default:
      return clock;
  }
}

/** True when the period had already ended before `on` (the answer, on `on`, is late). */
export function isLapsed(clock: AnswerClock, on: IsoDate): boolean {
  if (clock.state === 'running') return on > clock.deadline;
  if (clock.state === 'paused') return clock.remaining < 0;
  return false;
}
