/**
 * @module The working-day calendar a case is counted by: the built-in and
 * loaded national notices, plus the regional overlay of the agency's place —
 * the first of the agency and its ancestors (nearest first) whose name a
 * loaded overlay names. `scopeCalendar` picks the calendar of a list of
 * agencies (an inbox): their common region's, or the national one when they
 * lie in regions with different overlays.
 */
import type { Agency } from '../../../domain/agency/agency.js';
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import type { Executor } from '../../database.js';
import { getAgency, getAncestors, listAgencies } from '../agencies/agency-queries.js';
import { currentCalendars } from '../calendar/calendar-notice-queries.js';

/** The first name in the chain (agency first, then its ancestors nearest first) that an overlay names. */
function regionOfChain(chain: readonly Agency[], regions: ReadonlySet<string>): string | null {
  return chain.flatMap((a) => [a.name, ...a.aliases]).find((name) => regions.has(name)) ?? null;
}

export async function caseCalendar(db: Executor, agencyId: number): Promise<WorkCalendar> {
  const current = await currentCalendars(db);
  const regions = current.regions();
  let region: string | null = null;
  if (regions.size > 0) {
    const agency = await getAgency(db, agencyId);
    region = regionOfChain([agency, ...(await getAncestors(db, agencyId)).reverse()], regions);
  }
  return current.calendar(region);
}

export async function scopeCalendar(db: Executor, agencyIds: readonly number[]): Promise<WorkCalendar> {
  const current = await currentCalendars(db);
  const regions = current.regions();
  if (regions.size === 0) return current.calendar(null);
  // A clerk's inbox is one agency: its own chain, not the whole tree.
  if (agencyIds.length === 1) return caseCalendar(db, agencyIds[0]!);
  const byId = new Map((await listAgencies(db)).map((a) => [a.id, a]));
  const chainOf = (id: number): Agency[] => {
    const chain: Agency[] = [];
    for (let a = byId.get(id); a && chain.length < 64; a = a.parentId === null ? undefined : byId.get(a.parentId)) chain.push(a);
    return chain;
  };
  const found = new Set(agencyIds.map((id) => regionOfChain(chainOf(id), regions)));
  return current.calendar(found.size === 1 ? [...found][0]! : null);
}
