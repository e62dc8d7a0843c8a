/**
 * @module Appending an event to a case: the only way a case changes. In ONE
 * transaction: the stored events are folded, the new one is checked with
 * `canApply` (a refusal is the domain's `CASE_ILLEGAL_TRANSITION` /
 * `CASE_INVALID_EVENT`, and nothing is written), the event is inserted as
 * `expectedSeq + 1`, the projection is recomputed, attachments are linked and
 * an audit row written.
 *
 * Optimistic concurrency: `expectedSeq` is the number of the newest event the
 * caller saw. When someone appended first, the call fails with `CONFLICT`
 * (the projection update is conditional on the old count, and the event's
 * primary key (case, seq) refuses a second event with the same number).
 */
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import { canApply } from '../../../domain/cases/apply-event.js';
import type { CaseEvent } from '../../../domain/cases/case-events.js';
import { replayCase, type CaseView } from '../../../domain/cases/fold-case.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import type { ChangeContext, Executor } from '../../database.js';
import { engineOf } from '../../engine.js';
import { inTransaction } from '../../transaction.js';
import { changedAt, chinaToday } from '../clock.js';
import { isUniqueViolation } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { storeAttachments, type NewAttachment } from './attachments.js';
import { caseCalendar } from './case-calendar.js';
import { eventPayload, projectionRow, type AttachmentInfo } from './case-row.js';
import { loadCaseEvents } from './case-queries.js';
import { viewAsOf } from './case-view.js';

export interface AppendEventInput {
  readonly caseId: number;
  /** The `seq` of the newest event the caller saw (1 right after registration). */
  readonly expectedSeq: number;
  readonly event: CaseEvent;
  readonly attachments?: readonly NewAttachment[];
}

export interface AppendEventResult {
  /** The new event's number. */
  readonly seq: number;
  /** The case after the event, judged as of today in China. */
  readonly view: CaseView;
  readonly attachments: readonly AttachmentInfo[];
}

function conflict(caseNumber: string, expected: number, current: number): GongkaiError {
  return new GongkaiError('CONFLICT', {
    zh: `案件 ${caseNumber} 已有新的办理记录（您看到的是第 ${expected} 条，现在是第 ${current} 条）。请重新打开案件，查看后再办理。`,
    en: `Case ${caseNumber} has changed (you saw event ${expected}; it now has ${current}). Reopen the case, review it and try again.`,
  });
}

export async function appendEvent(
  db: Executor,
  input: AppendEventInput,
  ctx: ChangeContext,
  options: { readonly calendar?: WorkCalendar } = {},
): Promise<AppendEventResult> {
  return inTransaction(db, async (trx) => {
    const loaded = await loadCaseEvents(trx, input.caseId);
    const current = loaded.rows.length;
    if (input.expectedSeq !== current) throw conflict(loaded.case.caseNumber, input.expectedSeq, current);
    const calendar = options.calendar ?? (await caseCalendar(trx, loaded.case.agencyId));
    const state = replayCase(
      loaded.rows.map((r) => r.event),
      { calendar },
    );
    const checked = canApply(state, input.event, { calendar });
    if (!checked.ok) throw checked.error;
    const seq = current + 1;
    const at = changedAt(ctx);
    try {
      await trx
        .insertInto('case_events')
        .values({ case_id: input.caseId, seq, type: input.event.type, day: input.event.on, payload: eventPayload(input.event), actor: ctx.actor, created_at: at })
        .execute();
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(loaded.case.caseNumber, input.expectedSeq, seq);
      throw e;
    }
    const { case_id: _id, ...projection } = projectionRow(input.caseId, checked.state, calendar, engineOf(trx), at);
    const updated = await trx
      .updateTable('case_projections')
      .set(projection)
      .where('case_id', '=', input.caseId)
      .where('event_count', '=', current)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict(loaded.case.caseNumber, input.expectedSeq, seq);
    const attachments = await storeAttachments(trx, input.caseId, seq, input.attachments ?? [], ctx);
    await writeAudit(
      trx,
      {
        action: 'case.event',
        entity: 'case',
        entityId: input.caseId,
        before: { seq: current, status: state.status },
        after: { seq, type: input.event.type, on: input.event.on, status: checked.state.status, outcome: checked.state.outcome },
      },
      ctx,
    );
    return { seq, view: viewAsOf(checked.state, calendar, chinaToday(ctx.now)), attachments };
  });
}
