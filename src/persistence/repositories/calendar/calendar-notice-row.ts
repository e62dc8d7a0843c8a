/**
 * @module A stored holiday notice as a domain value (the document is validated
 * again on the way out: nothing unvalidated reaches the calendar).
 */
import type { CalendarDocument } from '../../../domain/calendar/calendar-document.js';
import { parseCalendarDocument } from '../../../domain/calendar/parse-calendar-document.js';
import { decodeDate, decodeJson } from '../../codecs.js';
import type { CalendarNoticeRow } from '../../tables/calendar-notices.table.js';

export interface StoredCalendarNotice {
  readonly id: number;
  readonly kind: CalendarDocument['kind'];
  /** The overlay's region; null for a national notice. */
  readonly region: string | null;
  readonly year: number;
  /** 1 for the first load of this kind, region and year; +1 for each changed reload. */
  readonly version: number;
  readonly document: CalendarDocument;
  readonly loadedAt: Date;
  readonly loadedBy: string;
}

export function calendarNoticeFromRow(row: CalendarNoticeRow): StoredCalendarNotice {
  return {
    id: row.id,
    kind: row.kind,
    region: row.region === '' ? null : row.region,
    year: row.year,
    version: row.version,
    document: parseCalendarDocument(decodeJson(row.document)),
    loadedAt: decodeDate(row.loaded_at),
    loadedBy: row.loaded_by,
  };
}

/** What the audit log records about a load: which notice, not the whole document. */
export function calendarNoticeAuditView(n: StoredCalendarNotice): Record<string, unknown> {
  return {
    kind: n.kind,
    region: n.region,
    year: n.year,
    version: n.version,
    notice: n.document.notice.number ?? n.document.notice.title,
    amendments: n.document.amendments.map((a) => a.notice.number ?? a.notice.title),
  };
}
