/**
 * @module Stored case rows ↔ domain values: the event payload (the register
 * event is stored without the applicant's personal data, which lives in
 * `case_applicants` and is put back when the events are read), the applicant,
 * and the projection row computed from a folded case.
 */
import { expectedFormatForYear } from '../../../domain/annual-report/formats/index.js';
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import { workdaysBetween } from '../../../domain/calendar/workdays.js';
import type { Applicant } from '../../../domain/cases/applicant.js';
import type { Application } from '../../../domain/cases/application.js';
import { caseId as toCaseId, type CaseEvent, type CaseEventType } from '../../../domain/cases/case-events.js';
import { DEFAULT_CASE_POLICY, type CasePolicy, type CaseState } from '../../../domain/cases/case-state.js';
import { viewCase } from '../../../domain/cases/fold-case.js';
import { outcomeRow } from '../../../domain/cases/outcome.js';
import type { Engine } from '../../engine.js';
import { decodeDate, decodeJson, encodeBoolean, encodeJson } from '../../codecs.js';
import type { CaseApplicantRow, NewCaseApplicantRow } from '../../tables/case-applicants.table.js';
import type { CaseRow } from '../../tables/cases.table.js';
import type { NewCaseProjectionRow } from '../../tables/case-projections.table.js';

/** A case as stored: its database id, number and agency. */
export interface StoredCase {
  readonly id: number;
  readonly agencyId: number;
  /** `兴和县人民政府〔2026〕依申第12号`. */
  readonly caseNumber: string;
  readonly year: number;
  readonly serial: number;
  readonly createdAt: Date;
  readonly createdBy: string;
}

export interface AttachmentInfo {
  readonly id: number;
  readonly seq: number;
  readonly name: string;
  readonly sha256: string;
  readonly createdAt: Date;
  readonly createdBy: string;
}

/** One stored event: its number in the case, the domain event, who recorded it and when. */
export interface StoredCaseEvent {
  readonly seq: number;
  readonly event: CaseEvent;
  readonly actor: string;
  readonly createdAt: Date;
  readonly attachments: readonly AttachmentInfo[];
}

export function caseFromRow(r: CaseRow): StoredCase {
  return {
    id: r.id,
    agencyId: r.agency_id,
    caseNumber: r.case_number,
    year: r.year,
    serial: r.serial,
    createdAt: decodeDate(r.created_at),
    createdBy: r.created_by,
  };
}

export function applicantFromRow(r: CaseApplicantRow): Applicant {
  const contact: { phone?: string; email?: string; address?: string } = {};
  if (r.phone !== null) contact.phone = r.phone;
  if (r.email !== null) contact.email = r.email;
  if (r.address !== null) contact.address = r.address;
  return { kind: r.kind, name: r.name, idProof: { type: r.id_type, number: r.id_number }, contact };
}

export function applicantRow(caseId: number, a: Applicant): NewCaseApplicantRow {
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);
  return {
    case_id: caseId,
    kind: a.kind,
    name: a.name.trim(),
    id_type: a.idProof.type,
    id_number: a.idProof.number.trim(),
    phone: text(a.contact.phone),
    email: text(a.contact.email),
    address: text(a.contact.address),
  };
}

/** The event as stored in `payload`: everything but `type` and `on`; the register event keeps the request, channel and receipt only. */
export function eventPayload(event: CaseEvent): string {
  if (event.type === 'register') {
    return encodeJson({ request: event.application.request, channel: event.application.channel, receipt: event.receipt });
  }
  const { type: _type, on: _on, ...rest } = event;
  return encodeJson(rest);
}

/** What the register event needs that its payload does not hold. */
export interface RegisterContext {
  readonly caseNumber: string;
  readonly agencyId: number;
  readonly applicant: Applicant;
}

export function eventFromRow(row: { type: CaseEventType; day: string; payload: unknown }, register: RegisterContext): CaseEvent {
  const payload = decodeJson<Record<string, unknown>>(row.payload);
  const on = row.day as IsoDate;
  if (row.type === 'register') {
    const p = payload as unknown as Pick<Application, 'request' | 'channel'> & { receipt: Extract<CaseEvent, { type: 'register' }>['receipt'] };
    return {
      type: 'register',
      on,
      caseId: toCaseId(register.caseNumber),
      agencyId: register.agencyId,
      application: { applicant: register.applicant, request: p.request, channel: p.channel },
      receipt: p.receipt,
    };
  }
  return { ...payload, type: row.type, on } as CaseEvent;
}

/** The projection row of a case, from its state after the newest event. */
export function projectionRow(
  caseId: number,
  state: CaseState,
  calendar: WorkCalendar,
  engine: Engine,
  updatedAt: string,
  policy: CasePolicy = DEFAULT_CASE_POLICY,
): NewCaseProjectionRow {
  const view = viewCase(state, { calendar, policy });
  const clock = state.clock;
  const closed = state.closedOn;
  return {
    case_id: caseId,
    agency_id: state.agencyId,
    status: state.status,
    applicant_kind: state.application.applicant.kind,
    received_day: state.receivedAt,
    received_year: Number(state.receivedAt.slice(0, 4)),
    clock_state: clock.state,
    deadline: clock.state === 'running' ? clock.deadline : null,
    paused_remaining: clock.state === 'paused' ? clock.remaining : null,
    waiting_kind: view.waitingFor?.kind ?? null,
    waiting_due: view.waitingFor?.due ?? null,
    closed_day: closed,
    closed_year: closed === null ? null : Number(closed.slice(0, 4)),
    outcome: state.outcome,
    closed_late: encodeBoolean(state.closedLate, engine),
    t3_row: closed === null || state.outcome === null ? null : outcomeRow(state.outcome, expectedFormatForYear(Number(closed.slice(0, 4)))),
    answer_workdays: state.decision === null ? null : workdaysBetween(calendar, state.receivedAt, state.decision.on, policy.counting),
    fee_yuan: state.fee?.amountYuan ?? null,
    fee_paid_day: state.fee?.paidOn ?? null,
    event_count: state.eventCount,
    last_event_day: state.lastEventOn,
    updated_at: updatedAt,
  };
}
