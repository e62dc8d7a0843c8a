/**
 * @module Registering an application (登记): the case gets its number (依申第N号
 * of the agency and the registration year) and the applicant a lookup code,
 * given back once and stored only as a hash. The case row, the applicant's
 * data, the register event (seq 1), its projection, any attachments and the
 * audit row are written in ONE transaction; an application the case engine
 * refuses (`CASE_INVALID_EVENT`) writes nothing.
 */
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import type { Application } from '../../../domain/cases/application.js';
import { applyEvent } from '../../../domain/cases/apply-event.js';
import { caseId as toCaseId, type CaseEvent } from '../../../domain/cases/case-events.js';
import { formatCaseNumber } from '../../../domain/cases/case-number.js';
import type { CaseView } from '../../../domain/cases/fold-case.js';
import type { Receipt } from '../../../domain/cases/receipt.js';
import type { Transaction } from 'kysely';
import type { ChangeContext, Database, Executor } from '../../database.js';
import { engineOf } from '../../engine.js';
import { inTransaction } from '../../transaction.js';
import { changedAt, chinaToday } from '../clock.js';
import { writeAudit } from '../audit/write-audit.js';
import { getAgency } from '../agencies/agency-queries.js';
import { storeAttachments, type NewAttachment } from './attachments.js';
import { caseCalendar } from './case-calendar.js';
import { applicantRow, caseFromRow, eventPayload, projectionRow, type AttachmentInfo, type StoredCase } from './case-row.js';
import { lookupHash, newLookupCode } from './lookup-code.js';
import { viewAsOf } from './case-view.js';

export interface CreateApplicationInput {
  readonly agencyId: number;
  readonly application: Application;
  /** How and when it was received (Art. 31); must be a receipt, not a pending confirmation. */
  readonly receipt: Receipt;
  /** The day it is registered (on or after receipt); its year is the case number's. */
  readonly registeredOn: IsoDate;
  readonly attachments?: readonly NewAttachment[];
}

export interface CreateApplicationResult {
  readonly case: StoredCase;
  /** Give it to the applicant now: it is not stored and cannot be shown again. */
  readonly lookupCode: string;
  readonly view: CaseView;
  readonly attachments: readonly AttachmentInfo[];
}

/** Reserves `count` serials for an agency and year; returns the first. */
export async function reserveSerials(trx: Transaction<Database>, agencyId: number, year: number, count: number): Promise<number> {
  const row = await trx
    .insertInto('case_number_counters')
    .values({ agency_id: agencyId, year, last_serial: count })
    .onConflict((oc) => oc.columns(['agency_id', 'year']).doUpdateSet((eb) => ({ last_serial: eb('case_number_counters.last_serial', '+', count) })))
    .returning('last_serial')
    .executeTakeFirstOrThrow();
  return row.last_serial - count + 1;
}

export async function createApplication(
  db: Executor,
  input: CreateApplicationInput,
  ctx: ChangeContext,
  options: { readonly calendar?: WorkCalendar } = {},
): Promise<CreateApplicationResult> {
  return inTransaction(db, async (trx) => {
    const agency = await getAgency(trx, input.agencyId);
    const calendar = options.calendar ?? (await caseCalendar(trx, agency.id));
    const register = (caseNumber: string): CaseEvent => ({
      type: 'register',
      on: input.registeredOn,
      caseId: toCaseId(caseNumber),
      agencyId: agency.id,
      application: input.application,
      receipt: input.receipt,
    });
    // Checked before anything is written (the number is not known yet, and does not matter to the engine).
    applyEvent(null, register('—'), { calendar });
    const year = Number(input.registeredOn.slice(0, 4));
    const serial = await reserveSerials(trx, agency.id, year, 1);
    const caseNumber = formatCaseNumber(agency.name, year, serial);
    const event = register(caseNumber);
    const state = applyEvent(null, event, { calendar });
    const code = newLookupCode();
    const at = changedAt(ctx);
    const row = await trx
      .insertInto('cases')
      .values({ agency_id: agency.id, year, serial, case_number: caseNumber, lookup_hash: lookupHash(code), created_at: at, created_by: ctx.actor })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.insertInto('case_applicants').values(applicantRow(row.id, input.application.applicant)).execute();
    await trx.insertInto('case_events').values({ case_id: row.id, seq: 1, type: 'register', day: event.on, payload: eventPayload(event), actor: ctx.actor, created_at: at }).execute();
    await trx.insertInto('case_projections').values(projectionRow(row.id, state, calendar, engineOf(trx), at)).execute();
    const attachments = await storeAttachments(trx, row.id, 1, input.attachments ?? [], ctx);
    await writeAudit(
      trx,
      {
        action: 'case.create',
        entity: 'case',
        entityId: row.id,
        after: { caseNumber, agencyId: agency.id, applicantKind: input.application.applicant.kind, channel: input.application.channel, receivedAt: state.receivedAt, registeredOn: event.on },
      },
      ctx,
    );
    return { case: caseFromRow(row), lookupCode: code, view: viewAsOf(state, calendar, chinaToday(ctx.now)), attachments };
  });
}
