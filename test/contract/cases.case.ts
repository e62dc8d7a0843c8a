/**
 * Disclosure cases on every engine: registration (numbers, lookup codes,
 * personal data kept out of events and audit rows), appending events (the
 * domain's refusals, optimistic concurrency, attachments, the projection), the
 * inbox order and its pages, the review register, Table-2 entries, and the
 * supervisors' figures. The annual tables and reports are in
 * `cases-report.case.ts`.
 */
import { describe, expect, it } from 'vitest';
import {
  appendEvent,
  attachToEvent,
  caseStatistics,
  createAgency,
  createApplication,
  createReviewEntry,
  findCaseByLookup,
  getCase,
  getFileContent,
  getTable2Entries,
  importCaseHistories,
  listAudit,
  listInbox,
  listReviewEntries,
  lookupCodeReissues,
  reissueLookupCode,
  setTable2Entries,
  updateReviewEntry,
  type InboxItem,
} from '../../src/persistence/index.js';
import type { Db } from '../../src/persistence/database.js';
import type { IsoDate } from '../../src/domain/calendar/iso-date.js';
import type { CaseEvent } from '../../src/domain/cases/case-events.js';
import { isGongkaiError } from '../../src/domain/shared/errors.js';
import { application, ctx as domainCtx, receiptOn } from '../../src/domain/cases/example-cases.test-util.js';
import { simulateCases } from '../../src/domain/cases/simulation/simulate-cases.js';
import { databaseRunner, type OpenTestDatabase } from './persistence.case.js';

const ctx = { actor: 'test:cases', now: new Date('2026-03-02T02:00:00Z') };
const calendar = domainCtx.calendar;
const d = (s: string) => s as IsoDate;

export async function rejectsWith(p: Promise<unknown>, code: string): Promise<unknown> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, `expected ${code}`).not.toBeNull();
  expect(isGongkaiError(e) ? e.code : e).toBe(code);
  return e;
}

async function countRows(db: Db, table: 'cases' | 'case_events' | 'case_applicants' | 'case_projections' | 'audit_log' | 'case_number_counters' | 'review_entries'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function register(db: Db, agencyId: number, on: string, kind: Parameters<typeof application>[0] = 'naturalPerson') {
  return createApplication(db, { agencyId, application: application(kind, 'inPerson'), receipt: receiptOn('inPerson', d(on)), registeredOn: d(on) }, ctx, { calendar });
}

export function casesContract(engineName: string, open: OpenTestDatabase): void {
  const withDb = databaseRunner(open);

  describe(`cases contract: ${engineName}`, () => {
    it(
      'registers applications with numbers per agency and year, a lookup code shown once, and no personal data outside its table',
      withDb(async ({ db }) => {
        const xinghe = await createAgency(db, { name: '兴和县人民政府', level: 'county' }, ctx);
        const other = await createAgency(db, { name: '成安县', level: 'county' }, ctx);
        const first = await register(db, xinghe.id, '2026-03-02');
        const second = await register(db, xinghe.id, '2026-03-03', 'commercial');
        const elsewhere = await register(db, other.id, '2026-03-03');
        const lastYear = await register(db, xinghe.id, '2025-12-30');
        expect([first, second, elsewhere, lastYear].map((r) => r.case.caseNumber)).toEqual([
          '兴和县人民政府〔2026〕依申第1号',
          '兴和县人民政府〔2026〕依申第2号',
          '成安县〔2026〕依申第1号',
          '兴和县人民政府〔2025〕依申第1号',
        ]);
        expect(first.lookupCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
        expect(first.lookupCode).not.toBe(second.lookupCode);
        // 20 working days from 2026-03-02.
        expect(first.view).toMatchObject({ status: 'inProgress', deadline: '2026-03-30', receivedAt: '2026-03-02' });

        const record = await getCase(db, first.case.id, { asOf: d('2026-03-10') });
        expect(record.applicant).toEqual(application('naturalPerson', 'inPerson').applicant);
        expect(record.events.map((e) => [e.seq, e.event.type])).toEqual([[1, 'register']]);
        expect(record.events[0]!.event).toMatchObject({ type: 'register', caseId: '兴和县人民政府〔2026〕依申第1号', agencyId: xinghe.id });
        expect(record.view).toMatchObject({ workdaysLeft: 14, overdue: false });

        // The applicant's name, document number and phone appear in case_applicants only.
        const secrets = ['张三', '11010519491231002X', '010-00000000'];
        const events = await db.selectFrom('case_events').select('payload').execute();
        const audit = await listAudit(db, { entity: 'case' });
        expect(audit.map((a) => a.action)).toEqual(['case.create', 'case.create', 'case.create', 'case.create']);
        for (const text of [JSON.stringify(events), JSON.stringify(audit)]) for (const s of secrets) expect(text).not.toContain(s);
        const cases = await db.selectFrom('cases').selectAll().execute();
        expect(JSON.stringify(cases)).not.toContain(first.lookupCode);
      }),
    );

    it(
      'looks a case up by number and code for the public page, without personal data',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '兴和县人民政府', level: 'county' }, ctx);
        const { case: c, lookupCode } = await register(db, a.id, '2026-03-02');
        const status = await findCaseByLookup(db, '兴和县人民政府[2026]依申第1号', lookupCode.toLowerCase().replaceAll('-', ' '));
        expect(status).toMatchObject({ caseNumber: c.caseNumber, agencyName: '兴和县人民政府', status: 'inProgress', receivedAt: '2026-03-02', deadline: '2026-03-30' });
        expect(status!.steps).toEqual([{ type: 'register', on: '2026-03-02' }]);
        expect(JSON.stringify(status)).not.toMatch(/张三|11010519491231002X|010-00000000|义务教育/);
        expect(await findCaseByLookup(db, c.caseNumber, 'AAAA-AAAA-AAAA')).toBeUndefined();
        expect(await findCaseByLookup(db, '兴和县人民政府〔2026〕依申第2号', lookupCode)).toBeUndefined();
        expect(await findCaseByLookup(db, c.caseNumber, '')).toBeUndefined();
      }),
    );

    it(
      'reissues a lost lookup code: the old one stops working, the new one works, the audit row holds neither',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '兴和县人民政府', level: 'county' }, ctx);
        const { case: c, lookupCode: old } = await register(db, a.id, '2026-03-02');
        const other = await register(db, a.id, '2026-03-02');
        const reissued = await reissueLookupCode(db, { caseId: c.id }, { actor: 'user:7', now: ctx.now });
        expect(reissued).toMatchObject({ caseId: c.id, caseNumber: c.caseNumber });
        expect(reissued.lookupCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
        expect(reissued.lookupCode).not.toBe(old);
        expect(await findCaseByLookup(db, c.caseNumber, old)).toBeUndefined();
        expect((await findCaseByLookup(db, c.caseNumber, reissued.lookupCode))?.caseId).toBe(c.id);
        // Other cases keep their codes.
        expect((await findCaseByLookup(db, other.case.caseNumber, other.lookupCode))?.caseId).toBe(other.case.id);
        const audit = (await listAudit(db, { entity: 'case', entityId: c.id }))[0]!;
        expect(audit).toMatchObject({ actor: 'user:7', action: 'case.reissueLookupCode', after: { caseNumber: c.caseNumber } });
        const hash = (await db.selectFrom('cases').select('lookup_hash').where('id', '=', c.id).executeTakeFirstOrThrow()).lookup_hash;
        const text = JSON.stringify(await listAudit(db));
        for (const secret of [reissued.lookupCode, reissued.lookupCode.replaceAll('-', ''), hash]) expect(text).not.toContain(secret);
        await rejectsWith(reissueLookupCode(db, { caseId: 999_999 }, ctx), 'NOT_FOUND');
        // The case's record of reissues: who and when, newest first.
        await reissueLookupCode(db, { caseId: c.id }, { actor: 'user:8', now: new Date('2026-03-03T02:00:00Z') });
        expect(await lookupCodeReissues(db, c.id)).toEqual([
          { at: new Date('2026-03-03T02:00:00Z'), actor: 'user:8' },
          { at: ctx.now, actor: 'user:7' },
        ]);
        expect(await lookupCodeReissues(db, other.case.id)).toEqual([]);
      }),
    );

    it(
      'refuses an application the case engine refuses, and writes nothing',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '某县', level: 'county' }, ctx);
        const app = application('naturalPerson', 'online');
        const bad = { ...app, applicant: { ...app.applicant, idProof: { type: 'residentIdCard' as const, number: '110105194912310021' } } };
        const before = await countRows(db, 'audit_log');
        await rejectsWith(createApplication(db, { agencyId: a.id, application: bad, receipt: receiptOn('online', d('2026-03-02')), registeredOn: d('2026-03-02') }, ctx, { calendar }), 'CASE_INVALID_EVENT');
        // Not yet confirmed: not received, cannot be registered.
        await rejectsWith(
          createApplication(db, { agencyId: a.id, application: app, receipt: { channel: 'online', submitted: d('2026-03-02'), confirmed: null }, registeredOn: d('2026-03-02') }, ctx, { calendar }),
          'CASE_INVALID_EVENT',
        );
        await rejectsWith(register(db, 9999, '2026-03-02'), 'NOT_FOUND');
        for (const t of ['cases', 'case_events', 'case_applicants', 'case_projections', 'case_number_counters'] as const) expect(await countRows(db, t)).toBe(0);
        expect(await countRows(db, 'audit_log')).toBe(before);
      }),
    );

    it(
      'appends events with their projection and audit rows; refuses illegal ones and stale ones, writing nothing',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '某县', level: 'county' }, ctx);
        const { case: c } = await register(db, a.id, '2026-03-02');
        const consult: CaseEvent = { type: 'consult', on: d('2026-03-05'), party: 'thirdParty', name: '某公司' };
        const r = await appendEvent(db, { caseId: c.id, expectedSeq: 1, event: consult }, ctx, { calendar });
        expect(r.seq).toBe(2);
        expect(r.view).toMatchObject({ status: 'consulting', clock: { state: 'paused' } });
        const p = await db.selectFrom('case_projections').selectAll().where('case_id', '=', c.id).executeTakeFirstOrThrow();
        expect(p).toMatchObject({ status: 'consulting', clock_state: 'paused', deadline: null, paused_remaining: 17, waiting_kind: 'consultation', event_count: 2 });

        // A decision while consulting: the domain's refusal, nothing written.
        const events = await countRows(db, 'case_events');
        const audits = await countRows(db, 'audit_log');
        const e = await rejectsWith(appendEvent(db, { caseId: c.id, expectedSeq: 2, event: { type: 'decide', on: d('2026-03-06'), outcome: 'disclosed' } }, ctx, { calendar }), 'CASE_ILLEGAL_TRANSITION');
        expect(String(e)).toContain('案件处于“征求意见中”状态，不能“作出答复”');
        // Someone else appended first.
        await rejectsWith(appendEvent(db, { caseId: c.id, expectedSeq: 1, event: { type: 'withdraw', on: d('2026-03-06') } }, ctx, { calendar }), 'CONFLICT');
        await rejectsWith(appendEvent(db, { caseId: 4242, expectedSeq: 1, event: { type: 'withdraw', on: d('2026-03-06') } }, ctx, { calendar }), 'NOT_FOUND');
        expect(await countRows(db, 'case_events')).toBe(events);
        expect(await countRows(db, 'audit_log')).toBe(audits);

        await appendEvent(db, { caseId: c.id, expectedSeq: 2, event: { type: 'consultationAnswered', on: d('2026-03-12'), name: '某公司', answer: 'objection' } }, ctx, { calendar });
        await appendEvent(db, { caseId: c.id, expectedSeq: 3, event: { type: 'decide', on: d('2026-03-20'), outcome: 'refused:thirdPartyRights' } }, ctx, { calendar });
        const record = await getCase(db, c.id, { asOf: d('2026-03-23') });
        expect(record.view).toMatchObject({ status: 'decided', outcome: 'refused:thirdPartyRights', closedOn: '2026-03-20', open: false });
        expect(record.events.map((x) => x.event)).toEqual([expect.objectContaining({ type: 'register' }), consult, expect.objectContaining({ type: 'consultationAnswered' }), expect.objectContaining({ type: 'decide' })]);
        const closed = await db.selectFrom('case_projections').selectAll().where('case_id', '=', c.id).executeTakeFirstOrThrow();
        expect(closed).toMatchObject({ clock_state: 'closed', closed_day: '2026-03-20', t3_row: 'denied.thirdPartyRights', outcome: 'refused:thirdPartyRights', answer_workdays: 14 });
        const audit = await listAudit(db, { entity: 'case', entityId: c.id });
        expect(audit.map((x) => x.action)).toEqual(['case.event', 'case.event', 'case.event', 'case.create']);
        expect(audit[0]!.after).toMatchObject({ seq: 4, type: 'decide', status: 'decided' });
      }),
    );

    it(
      'lets only one of two concurrent appends with the same expected event win',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '某县', level: 'county' }, ctx);
        const { case: c } = await register(db, a.id, '2026-03-02');
        const results = await Promise.allSettled([
          appendEvent(db, { caseId: c.id, expectedSeq: 1, event: { type: 'decide', on: d('2026-03-05'), outcome: 'disclosed' } }, ctx, { calendar }),
          appendEvent(db, { caseId: c.id, expectedSeq: 1, event: { type: 'withdraw', on: d('2026-03-05') } }, ctx, { calendar }),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(isGongkaiError(failed.reason) && failed.reason.code).toBe('CONFLICT');
        expect(await countRows(db, 'case_events')).toBe(2);
        expect((await getCase(db, c.id, { asOf: d('2026-03-06') })).events).toHaveLength(2);
      }),
    );

    it(
      'stores attachments by content and links them to their events',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '某县', level: 'county' }, ctx);
        const form = new TextEncoder().encode('政府信息公开申请表（扫描件）');
        const created = await createApplication(
          db,
          { agencyId: a.id, application: application(), receipt: receiptOn('inPerson', d('2026-03-02')), registeredOn: d('2026-03-02'), attachments: [{ name: '申请表.txt', bytes: form }] },
          ctx,
          { calendar },
        );
        expect(created.attachments).toMatchObject([{ seq: 1, name: '申请表.txt' }]);
        const decision = new TextEncoder().encode('政府信息公开申请答复书');
        await appendEvent(db, { caseId: created.case.id, expectedSeq: 1, event: { type: 'decide', on: d('2026-03-04'), outcome: 'disclosed' }, attachments: [{ name: '答复书.txt', bytes: decision }] }, ctx, { calendar });
        await attachToEvent(db, { caseId: created.case.id, seq: 1, attachments: [{ name: '申请表（副本）.txt', bytes: form }] }, ctx);
        await rejectsWith(attachToEvent(db, { caseId: created.case.id, seq: 9, attachments: [{ name: 'x.txt', bytes: form }] }, ctx), 'NOT_FOUND');
        const record = await getCase(db, created.case.id, { asOf: d('2026-03-05') });
        expect(record.events.map((e) => e.attachments.map((x) => x.name))).toEqual([['申请表.txt', '申请表（副本）.txt'], ['答复书.txt']]);
        expect(record.events[0]!.attachments[0]!.sha256).toBe(record.events[0]!.attachments[1]!.sha256);
        expect(new TextDecoder().decode(await getFileContent(db, record.events[1]!.attachments[0]!.sha256))).toBe('政府信息公开申请答复书');
        const files = await db.selectFrom('files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        expect(Number(files.n)).toBe(2);
      }),
    );

    it(
      'lists the inbox by working days left, overdue first, then cases waiting for a correction, in stable pages',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '某县', level: 'county' }, ctx);
        const b = await createAgency(db, { name: '另一县', level: 'county' }, ctx);
        const asOf = d('2026-04-01');
        const mk = async (agencyId: number, on: string, then: (id: number) => Promise<void> = async () => undefined) => {
          const r = await register(db, agencyId, on);
          await then(r.case.id);
          return r.case.id;
        };
        const overdue = await mk(a.id, '2026-02-24'); // due 2026-03-23 (2026-02-28 is a make-up working day)
        const dueSoon = await mk(a.id, '2026-03-06'); // due 2026-04-03
        const later = await mk(a.id, '2026-03-20'); // due 2026-04-20 (清明 04-04…06)
        const sameDay = await mk(a.id, '2026-03-20');
        const paused = await mk(a.id, '2026-03-16', async (id) => {
          await appendEvent(db, { caseId: id, expectedSeq: 1, event: { type: 'consult', on: d('2026-03-18'), party: 'agency', name: '县自然资源局' } }, ctx, { calendar });
        });
        const correction = await mk(a.id, '2026-03-25', async (id) => {
          await appendEvent(db, { caseId: id, expectedSeq: 1, event: { type: 'requestCorrection', on: d('2026-03-26'), items: '请写明文件名称', dueOn: d('2026-04-10') } }, ctx, { calendar });
        });
        await mk(a.id, '2026-03-02', async (id) => {
          await appendEvent(db, { caseId: id, expectedSeq: 1, event: { type: 'decide', on: d('2026-03-10'), outcome: 'disclosed' } }, ctx, { calendar });
        });
        const elsewhere = await mk(b.id, '2026-03-10');

        const all = await listInbox(db, { agencyIds: [a.id], asOf, limit: 50, calendar });
        expect(all.next).toBeNull();
        expect(all.items.map((i) => i.caseId)).toEqual([overdue, dueSoon, later, sameDay, paused, correction]);
        const byId = new Map(all.items.map((i) => [i.caseId, i]));
        expect(byId.get(overdue)).toMatchObject({ workdaysLeft: -7, overdue: true, dueSoon: false, deadline: '2026-03-23', agencyId: a.id, agencyName: '某县' });
        expect(byId.get(dueSoon)).toMatchObject({ workdaysLeft: 2, overdue: false, dueSoon: true });
        expect(byId.get(paused)).toMatchObject({ clock: 'paused', workdaysLeft: 18, waitingFor: { kind: 'consultation' } });
        expect(byId.get(later)).toMatchObject({ workdaysLeft: 12, dueSoon: false });
        expect(byId.get(correction)).toMatchObject({ clock: 'stopped', workdaysLeft: null, waitingFor: { kind: 'correction', due: '2026-04-10' } });
        expect(byId.get(overdue)!.applicantName).toBe('张*');

        // Page by page, every size gives the same order.
        for (const limit of [1, 2, 3, 4]) {
          const seen: InboxItem[] = [];
          let after: string | null = null;
          do {
            const page = await listInbox(db, { agencyIds: [a.id], asOf, limit, after, calendar });
            seen.push(...page.items);
            after = page.next;
          } while (after);
          expect(seen.map((i) => i.caseId)).toEqual(all.items.map((i) => i.caseId));
        }
        const both = await listInbox(db, { agencyIds: [a.id, b.id], asOf, calendar });
        expect(both.items.find((i) => i.caseId === elsewhere)).toMatchObject({ agencyId: b.id, agencyName: '另一县' });
        await rejectsWith(listInbox(db, { agencyIds: [a.id], asOf, after: 'not-a-cursor', calendar }), 'INVALID_VALUE');
        await rejectsWith(listInbox(db, { agencyIds: [a.id], asOf, limit: 0, calendar }), 'INVALID_VALUE');
      }),
    );

    it(
      'lists exactly the open cases, each as its own case page counts it, in order, whatever the page size',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '某市自然资源局', level: 'department' }, ctx);
        const asOf = d('2026-11-18');
        // A year simulated up to asOf: its last weeks are still open, running (some overdue), paused or stopped.
        await importCaseHistories(db, simulateCases({ agencyId: a.id, year: 2026, count: 3000, seed: 'inbox', calendar, until: asOf }), ctx, { calendar });
        const open = await db.selectFrom('case_projections').select(['case_id', 'clock_state']).where('agency_id', '=', a.id).where('clock_state', '!=', 'closed').execute();
        expect(new Set(open.map((r) => r.clock_state))).toEqual(new Set(['running', 'paused', 'stopped']));
        const views = new Map<number, Awaited<ReturnType<typeof getCase>>['view']>();
        for (const r of open) views.set(r.case_id, (await getCase(db, r.case_id, { asOf, calendar })).view);
        const key = (id: number) => views.get(id)!.workdaysLeft ?? Number.POSITIVE_INFINITY;
        const expected = [...views.keys()].sort((x, y) => key(x) - key(y) || x - y);
        expect(expected.some((id) => views.get(id)!.overdue)).toBe(true);

        for (const limit of [7, 50, 500]) {
          const seen: InboxItem[] = [];
          let after: string | null = null;
          do {
            const page = await listInbox(db, { agencyIds: [a.id], asOf, limit, after, calendar });
            expect(page.items.length).toBe(page.next ? limit : page.items.length);
            seen.push(...page.items);
            after = page.next;
          } while (after);
          expect(seen.map((i) => i.caseId)).toEqual(expected);
          for (const i of seen) {
            const v = views.get(i.caseId)!;
            expect([i.workdaysLeft, i.overdue, i.deadline, i.status, i.agencyName]).toEqual([v.workdaysLeft, v.overdue, v.deadline, v.status, '某市自然资源局']);
          }
        }
      }),
    );

    it(
      'keeps the review register: create, record the result, refuse bad entries and stale updates, with audit rows',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '某县', level: 'county' }, ctx);
        const b = await createAgency(db, { name: '另一县', level: 'county' }, ctx);
        const { case: c } = await register(db, a.id, '2026-01-05');
        const entry = await createReviewEntry(db, { agencyId: a.id, caseId: c.id, kind: 'reconsideration', filedOn: d('2026-02-10'), reference: '某府复〔2026〕3号' }, ctx);
        expect(entry).toMatchObject({ caseNumber: c.caseNumber, result: null, version: 1 });
        const decided = await updateReviewEntry(db, { id: entry.id, expectedVersion: 1, patch: { result: { outcome: 'upheld', decidedOn: d('2026-04-01') } } }, ctx);
        expect(decided).toMatchObject({ version: 2, result: { outcome: 'upheld', decidedOn: '2026-04-01' } });
        await rejectsWith(updateReviewEntry(db, { id: entry.id, expectedVersion: 1, patch: { note: '迟到的修改' } }, ctx), 'CONFLICT');
        await rejectsWith(updateReviewEntry(db, { id: entry.id, expectedVersion: 2, patch: { result: { outcome: 'upheld', decidedOn: d('2026-01-01') } } }, ctx), 'INVALID_VALUE');
        await rejectsWith(createReviewEntry(db, { agencyId: b.id, caseId: c.id, kind: 'litigationDirect', filedOn: d('2026-02-10'), reference: 'x' }, ctx), 'INVALID_VALUE');
        await rejectsWith(createReviewEntry(db, { agencyId: a.id, kind: 'appeal' as 'litigationDirect', filedOn: d('2026-02-10'), reference: 'x' }, ctx), 'INVALID_VALUE');
        await createReviewEntry(db, { agencyId: a.id, kind: 'litigationDirect', filedOn: d('2025-06-10'), reference: '（2025）某行初5号' }, ctx);
        expect((await listReviewEntries(db, { agencyIds: [a.id] })).map((e) => e.kind)).toEqual(['litigationDirect', 'reconsideration']);
        expect(await listReviewEntries(db, { caseId: c.id })).toHaveLength(1);
        expect((await listReviewEntries(db, { agencyIds: [a.id], year: 2025 })).map((e) => e.kind)).toEqual(['litigationDirect']);
        const audit = await listAudit(db, { entity: 'review_entry' });
        expect(audit.map((x) => x.action)).toEqual(['review.create', 'review.update', 'review.create']);
        expect(audit[1]).toMatchObject({ before: { version: 1, result: null }, after: { version: 2, result: { outcome: 'upheld' } } });
      }),
    );

    it(
      'keeps Table-2 entries per agency and year, checked against the year’s format',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '某县', level: 'county' }, ctx);
        const after = await setTable2Entries(db, { agencyId: a.id, year: 2026, values: { 'table2.licensing.decisions': 13704, 'table2.adminFees.amountWan': 88.78248 } }, ctx);
        expect(Object.fromEntries(after)).toEqual({ 'table2.licensing.decisions': 13704, 'table2.adminFees.amountWan': 88.78248 });
        await setTable2Entries(db, { agencyId: a.id, year: 2026, values: { 'table2.licensing.decisions': null, 'table2.penalty.decisions': 486 } }, ctx);
        expect(Object.fromEntries(await getTable2Entries(db, a.id, 2026))).toEqual({ 'table2.adminFees.amountWan': 88.78248, 'table2.penalty.decisions': 486 });
        // Same values again: nothing changes, no audit row.
        await setTable2Entries(db, { agencyId: a.id, year: 2026, values: { 'table2.penalty.decisions': 486 } }, ctx);
        await rejectsWith(setTable2Entries(db, { agencyId: a.id, year: 2026, values: { 'table2.centralProcurement.amount': 5 } }, ctx), 'INVALID_VALUE');
        await rejectsWith(setTable2Entries(db, { agencyId: a.id, year: 2026, values: { 'table2.penalty.decisions': -1 } }, ctx), 'INVALID_VALUE');
        await rejectsWith(setTable2Entries(db, { agencyId: a.id, year: 2020, values: { 'table2.penalty.yearChange': 1.5 } }, ctx), 'INVALID_VALUE');
        await setTable2Entries(db, { agencyId: a.id, year: 2020, values: { 'table2.penalty.yearChange': -3 } }, ctx);
        const audit = await listAudit(db, { entity: 'table2' });
        expect(audit.map((x) => [x.entityId, x.after])).toEqual([
          [`${a.id}/2020`, { 'table2.penalty.yearChange': -3 }],
          [`${a.id}/2026`, { 'table2.licensing.decisions': null, 'table2.penalty.decisions': 486 }],
          [`${a.id}/2026`, { 'table2.licensing.decisions': 13704, 'table2.adminFees.amountWan': 88.78248 }],
        ]);
      }),
    );

    it(
      'refuses a Table-2 change to a cell someone else changed since it was read, and keeps changes to other cells apart',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '某县', level: 'county' }, ctx);
        const licensing = 'table2.licensing.decisions';
        const penalty = 'table2.penalty.decisions';
        await setTable2Entries(db, { agencyId: a.id, year: 2026, values: { [licensing]: 10 } }, ctx);
        // Two clerks opened the page when licensing was 10 and penalty blank.
        await setTable2Entries(db, { agencyId: a.id, year: 2026, values: { [licensing]: 11 }, expected: { [licensing]: 10 } }, ctx);
        // The second one changes penalty only: no collision.
        await setTable2Entries(db, { agencyId: a.id, year: 2026, values: { [penalty]: 5 }, expected: { [penalty]: null } }, ctx);
        // …then licensing, from the value they saw: refused, and nothing of the call is written.
        await rejectsWith(
          setTable2Entries(db, { agencyId: a.id, year: 2026, values: { [licensing]: 12, [penalty]: 6 }, expected: { [licensing]: 10, [penalty]: 5 } }, ctx),
          'CONFLICT',
        );
        expect(Object.fromEntries(await getTable2Entries(db, a.id, 2026))).toEqual({ [licensing]: 11, [penalty]: 5 });
        await rejectsWith(setTable2Entries(db, { agencyId: a.id, year: 2026, values: { 'table2.adminFees.amountWan': 1.0000001 } }, ctx), 'INVALID_VALUE');
        expect((await listAudit(db, { entity: 'table2' })).length).toBe(3);
      }),
    );

    it(
      'gives supervisors per-agency and subtree figures: volume, results, median working days, share answered late',
      withDb(async ({ db }) => {
        const county = await createAgency(db, { name: '某县', level: 'county' }, ctx);
        const dept = await createAgency(db, { name: '某县教育局', level: 'department', parentId: county.id }, ctx);
        const decide = async (agencyId: number, on: string, decideOn: string, outcome: 'disclosed' | 'notExist') => {
          const { case: c } = await register(db, agencyId, on);
          await appendEvent(db, { caseId: c.id, expectedSeq: 1, event: { type: 'decide', on: d(decideOn), outcome } }, ctx, { calendar });
        };
        await decide(county.id, '2026-03-02', '2026-03-04', 'disclosed'); // 2 working days
        await decide(county.id, '2026-03-02', '2026-04-15', 'notExist'); // late
        await decide(dept.id, '2026-03-02', '2026-03-09', 'disclosed'); // 5
        await register(db, dept.id, '2026-03-05');
        const stats = await caseStatistics(db, { rootAgencyId: county.id, year: 2026 });
        expect(stats.agencies.map((x) => [x.agency.name, x.received, x.closed, x.open, x.answered.count, x.answered.late])).toEqual([
          ['某县', 2, 2, 0, 2, 1],
          ['某县教育局', 2, 1, 1, 1, 0],
        ]);
        expect(stats.agencies[1]!.answered.medianWorkdays).toBe(5);
        expect(stats.total).toMatchObject({ received: 4, closed: 3, open: 1, outcomes: { granted: 2, unableToProvide: 1, denied: 0 }, lateShare: 1 / 3 });
        expect(stats.total.answered.medianWorkdays).toBe(5);
        expect((await caseStatistics(db, { rootAgencyId: county.id, year: 2025 })).total.received).toBe(0);
      }),
    );
  });
}
