/**
 * The holiday-notice store on every engine: versions, no-op reloads, audit
 * rows, nothing stored for an invalid document, the calendar that the
 * loaded notices make with the built-in ones, and the kept calendar seeing a
 * notice at once when loaded here and within a second when loaded elsewhere.
 */
import { describe, expect, it, vi } from 'vitest';
import { CALENDAR_RECHECK_MS, calendarDocuments, currentCalendars, listAudit, listCalendarNotices, loadCalendarNotice, loadWorkCalendar } from '../../src/persistence/index.js';
import { parseCalendarDocument } from '../../src/domain/calendar/parse-calendar-document.js';
import type { CalendarDocument } from '../../src/domain/calendar/calendar-document.js';
import { addWorkdays, isWorkday } from '../../src/domain/calendar/workdays.js';
import type { IsoDate } from '../../src/domain/calendar/iso-date.js';
import { isGongkaiError } from '../../src/domain/shared/errors.js';
import { exampleNotice2027, exampleOverlay } from '../../src/domain/calendar/example-notices.test-util.js';
import { caseCalendar, scopeCalendar } from '../../src/persistence/repositories/cases/case-calendar.js';
import { createAgency } from '../../src/persistence/index.js';
import type { OpenTestDatabase, TestDatabase } from './persistence.case.js';

const ctx = { actor: 'test:calendar', now: new Date('2026-11-24T08:00:00Z') };

const notice2027 = (springEnd?: string): CalendarDocument => parseCalendarDocument(exampleNotice2027(springEnd));
const overlay = (): CalendarDocument => parseCalendarDocument(exampleOverlay(2027, '2027-03-10'));

export function calendarContract(engineName: string, open: OpenTestDatabase): void {
  const withDb = (fn: (t: TestDatabase) => Promise<void>) => async () => {
    const t = await open();
    try {
      await fn(t);
    } finally {
      await t.close();
    }
  };

  describe(`calendar notices contract: ${engineName}`, () => {
    it(
      'stores a notice as version 1, ignores an identical reload, and stores a changed one as version 2',
      withDb(async ({ db }) => {
        const first = await loadCalendarNotice(db, notice2027(), ctx);
        expect(first).toMatchObject({ created: true, notice: { kind: 'national', region: null, year: 2027, version: 1, loadedBy: 'test:calendar' } });
        expect(first.notice.loadedAt.toISOString()).toBe('2026-11-24T08:00:00.000Z');
        const again = await loadCalendarNotice(db, notice2027(), ctx);
        expect(again).toMatchObject({ created: false, notice: { version: 1 } });
        const changed = await loadCalendarNotice(db, notice2027('2027-02-11'), { actor: 'user:7' });
        expect(changed).toMatchObject({ created: true, notice: { version: 2 } });

        expect((await listCalendarNotices(db)).map((n) => n.version)).toEqual([2]);
        expect((await listCalendarNotices(db, { allVersions: true })).map((n) => n.version)).toEqual([1, 2]);
        const audit = await listAudit(db, { entity: 'calendar_notice' });
        expect(audit.map((r) => [r.action, r.actor])).toEqual([
          ['calendar.load', 'user:7'],
          ['calendar.load', 'test:calendar'],
        ]);
        expect(audit[0]).toMatchObject({ before: { version: 1 }, after: { year: 2027, version: 2, notice: '国办发明电〔2026〕99号' } });
      }),
    );

    it(
      'makes the loaded year count, the newest version winning, with the built-in years still there',
      withDb(async ({ db }) => {
        const before = await loadWorkCalendar(db);
        expect(() => isWorkday(before, '2027-02-08' as IsoDate)).toThrow(/2027/);
        await loadCalendarNotice(db, notice2027(), ctx);
        await loadCalendarNotice(db, notice2027('2027-02-11'), ctx);
        const cal = await loadWorkCalendar(db);
        expect(isWorkday(cal, '2027-01-31' as IsoDate)).toBe(true);
        expect(isWorkday(cal, '2027-02-11' as IsoDate)).toBe(false);
        expect(isWorkday(cal, '2027-02-12' as IsoDate)).toBe(true);
        // 2024 comes from the built-in notices: 09-29 (1), 09-30 (2), 10-08 (3).
        expect(addWorkdays(cal, '2024-09-27' as IsoDate, 3)).toBe('2024-10-08');
        expect((await calendarDocuments(db)).filter((d) => d.year === 2027)).toHaveLength(1);
      }),
    );

    it(
      'keeps regional overlays apart from the national notice of the same year',
      withDb(async ({ db }) => {
        await loadCalendarNotice(db, notice2027(), ctx);
        await loadCalendarNotice(db, overlay(), ctx);
        const listed = await listCalendarNotices(db);
        expect(listed.map((n) => [n.kind, n.region, n.version])).toEqual([
          ['national', null, 1],
          ['regional', '示例自治州', 1],
        ]);
        expect(isWorkday(await loadWorkCalendar(db), '2027-03-10' as IsoDate)).toBe(true);
        expect(isWorkday(await loadWorkCalendar(db, { region: '示例自治州' }), '2027-03-10' as IsoDate)).toBe(false);
      }),
    );

    it(
      'counts an agency by the overlay of its place, and a list of agencies by their common one (else the national calendar)',
      withDb(async ({ db }) => {
        const zhou = await createAgency(db, { name: '示例自治州', level: 'city' }, ctx);
        const county = await createAgency(db, { name: '某县', level: 'county', parentId: zhou.id }, ctx);
        const office = await createAgency(db, { name: '某县教育局', level: 'department', parentId: county.id }, ctx);
        const elsewhere = await createAgency(db, { name: '别处市', level: 'city' }, ctx);
        const day = '2027-03-10' as IsoDate;
        await loadCalendarNotice(db, notice2027(), ctx);
        // No overlay loaded: national everywhere.
        expect(isWorkday(await scopeCalendar(db, [office.id]), day)).toBe(true);
        await loadCalendarNotice(db, overlay(), ctx);
        expect(isWorkday(await caseCalendar(db, office.id), day)).toBe(false);
        expect(isWorkday(await caseCalendar(db, elsewhere.id), day)).toBe(true);
        expect(isWorkday(await scopeCalendar(db, [county.id, office.id]), day)).toBe(false);
        expect(isWorkday(await scopeCalendar(db, [office.id, elsewhere.id]), day)).toBe(true);
        expect(isWorkday(await scopeCalendar(db, [elsewhere.id]), day)).toBe(true);
      }),
    );

    it(
      'keeps the current calendar until a notice is loaded: at once from this process, within a second from another',
      withDb(async ({ db }) => {
        vi.useFakeTimers({ toFake: ['Date'] });
        try {
          const first = await currentCalendars(db);
          expect(await currentCalendars(db)).toBe(first);
          expect(first.calendar(null)).toBe(first.calendar(null));
          await loadCalendarNotice(db, notice2027(), ctx);
          const loaded = await currentCalendars(db);
          expect(loaded).not.toBe(first);
          expect(isWorkday(loaded.calendar(null), '2027-01-31' as IsoDate)).toBe(true);
          expect(isWorkday(loaded.calendar(null), '2027-02-12' as IsoDate)).toBe(false);

          // Another process loads version 2 (written here straight into the table): seen once the second is over.
          await db
            .insertInto('calendar_notices')
            .values({ kind: 'national', region: '', year: 2027, version: 2, document: JSON.stringify(notice2027('2027-02-11')), loaded_at: ctx.now.toISOString(), loaded_by: 'cli:calendar' })
            .execute();
          expect(await currentCalendars(db)).toBe(loaded);
          vi.setSystemTime(Date.now() + CALENDAR_RECHECK_MS + 1);
          const later = await currentCalendars(db);
          expect(later).not.toBe(loaded);
          expect(isWorkday(later.calendar(null), '2027-02-12' as IsoDate)).toBe(true);
          expect(later.calendar(null)).toEqual(await loadWorkCalendar(db));
        } finally {
          vi.useRealTimers();
        }
      }),
    );

    it(
      'stores nothing for an invalid document',
      withDb(async ({ db }) => {
        const bad = { ...notice2027(), holidays: [{ name: '元旦', off: [{ from: '2027-01-01', to: '2027-01-01' }], workdays: ['2027-01-05'] }] } as CalendarDocument;
        const e = await loadCalendarNotice(db, bad, ctx).then(
          () => null,
          (err: unknown) => err,
        );
        expect(isGongkaiError(e) && e.code).toBe('CALENDAR_INVALID');
        expect(await listCalendarNotices(db, { allVersions: true })).toEqual([]);
        expect(await listAudit(db, { entity: 'calendar_notice' })).toEqual([]);
      }),
    );
  });
}
