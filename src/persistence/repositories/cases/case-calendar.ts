/**
 * @module The working-day calendar a case is counted by: the built-in and
 * loaded national notices, plus the regional overlay of the agency's place —
 * the first of the agency and its ancestors (nearest first) whose name a
 * loaded overlay names.
 */
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import type { Executor } from '../../database.js';
import { getAgency, getAncestors } from '../agencies/agency-queries.js';
import { currentCalendars } from '../calendar/calendar-notice-queries.js';

export async function caseCalendar(db: Executor, agencyId: number): Promise<WorkCalendar> {
  const current = await currentCalendars(db);
  const regions = new Set(current.documents.flatMap((d) => (d.kind === 'regional' ? [d.region] : [])));
  let region: string | null = null;
  if (regions.size > 0) {
    const agency = await getAgency(db, agencyId);
    const chain = [agency, ...(await getAncestors(db, agencyId)).reverse()];
    region = chain.flatMap((a) => [a.name, ...a.aliases]).find((name) => regions.has(name)) ?? null;
  }
  return current.calendar(region);
}
