/**
 * @module Who may do what with a case (ADR 0041): a case is visible only to
 * staff whose scope holds its agency (404 for anyone else: the public and
 * other agencies never learn it exists); it is handled (events, attachments)
 * by clerks and administrators; the applicant's personal data is shown only
 * to the clerks of the agency, masked for supervisors and administrators.
 */
import type { Agency } from '../../domain/agency/agency.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import type { Executor } from '../../persistence/database.js';
import { listAgencies, listAgenciesById } from '../../persistence/repositories/agencies/agency-queries.js';
import { getCase, type CaseRecord } from '../../persistence/repositories/cases/case-queries.js';
import { chinaToday } from '../../persistence/repositories/clock.js';
import { inScope, isStaff, type Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';
import { intParam } from '../params.js';

export type Staff = Extract<Principal, { kind: 'user' }>;

export function staffOf(c: AppContext): Staff {
  const p = c.get('principal');
  if (!isStaff(p)) throw unauthenticated();
  return p;
}

export function caseNotFound(): GongkaiError {
  return new GongkaiError('NOT_FOUND', { zh: '找不到该案件。', en: 'No such case.' });
}

export const canHandle = (p: Staff): boolean => p.role === 'clerk' || p.role === 'admin';
export const seesPersonalData = (p: Staff): boolean => p.role === 'clerk';

/** Only the agency's clerks, who can check the applicant's identity, give out a new lookup code. */
export function reissueForbidden(): GongkaiError {
  return new GongkaiError('FORBIDDEN', { zh: '查询码由本机关经办人在核实申请人身份后重新生成。', en: 'Only the agency’s clerks reissue lookup codes, after checking the applicant’s identity.' });
}

/** The case, if this user may see it (404 otherwise). */
export async function visibleCase(db: Executor, p: Staff, idText: string | undefined, now: Date): Promise<CaseRecord> {
  const id = intParam(idText);
  if (id === undefined) throw caseNotFound();
  const exists = await db.selectFrom('cases').select('agency_id').where('id', '=', id).executeTakeFirst();
  if (!exists || !inScope(p, exists.agency_id)) throw caseNotFound();
  return getCase(db, id, { asOf: chinaToday(now) });
}

/** The case, if this user may handle it (403 when they may only see it). */
export async function handledCase(db: Executor, p: Staff, idText: string | undefined, now: Date): Promise<CaseRecord> {
  const record = await visibleCase(db, p, idText, now);
  if (!canHandle(p)) throw forbidden();
  return record;
}

/** The ids of the agencies in the user's scope: the scope itself, read from the database only for administrators. */
export async function agencyIdsInScope(db: Executor, p: Staff): Promise<number[]> {
  if (p.scope !== null) return [...p.scope].sort((a, b) => a - b);
  return (await listAgencies(db)).map((a) => a.id);
}

/** Above this many agencies in a scope, every agency is read and filtered rather than asked for by id. */
const BY_ID_LIMIT = 1000;

/** The agencies in the user's scope, by id: only those (a clerk's one agency), not the whole tree. */
export async function agenciesInScope(db: Executor, p: Staff): Promise<Agency[]> {
  if (p.scope !== null && p.scope.size <= BY_ID_LIMIT) return listAgenciesById(db, [...p.scope]);
  return (await listAgencies(db)).filter((a) => inScope(p, a.id));
}
