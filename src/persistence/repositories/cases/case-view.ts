/**
 * @module A case as of a day ("today"). The events are always replayed with the
 * strict calendar (a deadline in a year without a holiday notice is an error);
 * only the working days left from `asOf` tolerate an `asOf` the calendar does
 * not cover yet (the first days of a year whose notice is not loaded), by
 * counting that stretch by weekends — so a case page or the inbox never
 * fails on New Year's Day.
 */
import { countingPolicy } from '../../../domain/calendar/counting-policy.js';
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import { DEFAULT_CASE_POLICY, type CasePolicy, type CaseState } from '../../../domain/cases/case-state.js';
import { viewCase, type CaseView } from '../../../domain/cases/fold-case.js';

/** The policy for counting from "today": the default, with uncovered days judged by weekends. */
export const TODAY_POLICY: CasePolicy = Object.freeze({
  ...DEFAULT_CASE_POLICY,
  counting: countingPolicy({ ...DEFAULT_CASE_POLICY.counting, outsideCoverage: 'weekendsOnly' }),
});

export function viewAsOf(state: CaseState, calendar: WorkCalendar, asOf: IsoDate): CaseView {
  return viewCase(state, { calendar, asOf, policy: TODAY_POLICY });
}
