/**
 * @module Storing a holiday notice an administrator loads: validated, then
 * inserted as the next version of its kind, region and year (with its audit
 * row, in one transaction). Loading the same document again stores nothing.
 */
import type { CalendarDocument } from '../../../domain/calendar/calendar-document.js';
import { parseCalendarDocument } from '../../../domain/calendar/parse-calendar-document.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import type { ChangeContext, Executor } from '../../database.js';
import { encodeJson } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { isUniqueViolation } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { sameJson } from '../reports/same-json.js';
import { calendarNoticeLoaded } from './calendar-notice-queries.js';
import { calendarNoticeAuditView, calendarNoticeFromRow, type StoredCalendarNotice } from './calendar-notice-row.js';

export interface LoadCalendarNoticeResult {
  readonly notice: StoredCalendarNotice;
  /** False when the newest stored version already was this document. */
  readonly created: boolean;
}

export async function loadCalendarNotice(db: Executor, input: CalendarDocument, ctx: ChangeContext): Promise<LoadCalendarNoticeResult> {
  const doc = parseCalendarDocument(input);
  const region = doc.kind === 'regional' ? doc.region : '';
  const result = await inTransaction(db, async (trx): Promise<LoadCalendarNoticeResult> => {
    const newest = await trx
      .selectFrom('calendar_notices')
      .selectAll()
      .where('kind', '=', doc.kind)
      .where('region', '=', region)
      .where('year', '=', doc.year)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (newest) {
      const stored = calendarNoticeFromRow(newest);
      if (sameJson(stored.document, doc)) return { notice: stored, created: false };
    }
    let row;
    try {
      row = await trx
        .insertInto('calendar_notices')
        .values({
          kind: doc.kind,
          region,
          year: doc.year,
          version: (newest?.version ?? 0) + 1,
          document: encodeJson(doc),
          loaded_at: changedAt(ctx),
          loaded_by: ctx.actor,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      throw new GongkaiError(
        'CONFLICT',
        { zh: `${doc.year} 年的节假日安排正被同时载入，请重试。`, en: `The ${doc.year} holiday notice is being loaded at the same time; try again.` },
        { cause: e },
      );
    }
    const notice = calendarNoticeFromRow(row);
    await writeAudit(
      trx,
      { action: 'calendar.load', entity: 'calendar_notice', entityId: notice.id, before: newest ? calendarNoticeAuditView(calendarNoticeFromRow(newest)) : null, after: calendarNoticeAuditView(notice) },
      ctx,
    );
    return { notice, created: true };
  });
  if (result.created) calendarNoticeLoaded();
  return result;
}
