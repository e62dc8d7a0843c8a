/**
 * Annual tables and reports from stored cases, on every engine: random valid
 * histories stored through `appendEvent` give, by GROUP BY, exactly the tables
 * the domain computes case by case, passing R1–R4 with every case counted
 * once; the generated report is stored as `generated` versions only when it
 * changes; a region sums its agencies; and the migration that allows
 * `generated` versions keeps every stored version and correction.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendEvent,
  applicationTables,
  getCase,
  importCaseHistories,
  listReviewEntries,
  correctReport,
  createAgency,
  createApplication,
  createReviewEntry,
  generateAnnualReport,
  GENERATOR_VERSION,
  getReportVersion,
  importReport,
  listAudit,
  listReportVersions,
  migrateTo,
  migrateToLatest,
  regionApplicationReport,
  setTable2Entries,
} from '../../src/persistence/index.js';
import type { Db } from '../../src/persistence/database.js';
import { buildReport, getCell } from '../../src/domain/annual-report/report.js';
import { R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R3B_OTHER_SUM, R4_GROUP_SUM } from '../../src/domain/annual-report/rules/index.js';
import type { IsoDate } from '../../src/domain/calendar/iso-date.js';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { computeTable3, placeCase, summarizeCase, type CaseSummary } from '../../src/domain/cases/table3.js';
import { computeTable4, type ReviewEntry } from '../../src/domain/cases/table4.js';
import type { CaseEvent } from '../../src/domain/cases/case-events.js';
import { historyArb, reviewArb, walk } from '../../src/domain/cases/random-histories.test-util.js';
import { application, ctx as domainCtx, receiptOn } from '../../src/domain/cases/example-cases.test-util.js';
import { simulateCases } from '../../src/domain/cases/simulation/simulate-cases.js';
import { loadSample } from '../support/sample-reports.js';
import { databaseRunner, type OpenTestDatabase } from './persistence.case.js';

const ctx = { actor: 'test:cases-report', now: new Date('2027-01-10T02:00:00Z') };
const calendar = domainCtx.calendar;
const d = (s: string) => s as IsoDate;
const HARD_RULES = [R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R3B_OTHER_SUM, R4_GROUP_SUM];

/** Stores a history through the repository: registration, then every event in turn. */
async function storeHistory(db: Db, agencyId: number, events: readonly CaseEvent[]): Promise<number> {
  const first = events[0]!;
  if (first.type !== 'register') throw new Error('a history starts with its registration');
  const { case: c } = await createApplication(db, { agencyId, application: first.application, receipt: first.receipt, registeredOn: first.on }, ctx, { calendar });
  for (let i = 1; i < events.length; i++) await appendEvent(db, { caseId: c.id, expectedSeq: i, event: events[i]! }, ctx, { calendar });
  return c.id;
}

async function decided(db: Db, agencyId: number, on: string, decideOn: string, outcome: 'disclosed' | 'notExist' | 'refused:processInfo', kind: Parameters<typeof application>[0] = 'naturalPerson') {
  const { case: c } = await createApplication(db, { agencyId, application: application(kind), receipt: receiptOn('inPerson', d(on)), registeredOn: d(on) }, ctx, { calendar });
  await appendEvent(db, { caseId: c.id, expectedSeq: 1, event: { type: 'decide', on: d(decideOn), outcome } }, ctx, { calendar });
  return c.id;
}

export function casesReportContract(engineName: string, open: OpenTestDatabase): void {
  const withDb = databaseRunner(open);

  describe(`cases annual tables and reports: ${engineName}`, () => {
    it(
      'computes by GROUP BY exactly the domain’s Tables 3 and 4 for random histories stored through appendEvent, passing R1–R4, every case counted once',
      withDb(async ({ db }) => {
        let run = 0;
        await fc.assert(
          fc.asyncProperty(fc.array(historyArb, { minLength: 1, maxLength: 8 }), fc.array(reviewArb, { maxLength: 6 }), async (plans, reviewPlans) => {
            run += 1;
            const ids = new Map<number, number>();
            for (const k of [1, 2]) ids.set(k, (await createAgency(db, { name: `机关${run}-${k}`, level: 'county' }, ctx)).id);
            const summaries: CaseSummary[] = [];
            for (const plan of plans) {
              const { events, states } = walk(plan);
              const agencyId = ids.get(plan.agencyId)!;
              const caseId = await storeHistory(db, agencyId, events);
              const s = summarizeCase(states[states.length - 1]!);
              summaries.push({ ...s, agencyId });
              // The projection is the folded state.
              const p = await db.selectFrom('case_projections').selectAll().where('case_id', '=', caseId).executeTakeFirstOrThrow();
              expect([p.status, p.closed_day, p.outcome, p.received_day]).toEqual([states[states.length - 1]!.status, s.closedOn, s.outcome, s.receivedAt]);
            }
            const reviews: ReviewEntry[] = [];
            for (const r of reviewPlans) {
              const filedOn = addDays(d('2019-01-01'), r.filed);
              const result = r.decidedAfter === null ? null : { outcome: r.outcome, decidedOn: addDays(filedOn, r.decidedAfter) };
              const stored = await createReviewEntry(db, { agencyId: ids.get(r.agencyId)!, kind: r.kind, filedOn, result, reference: `复${r.id.slice(0, 8)}` }, ctx);
              reviews.push({ id: String(stored.id), agencyId: stored.agencyId, caseId: null, kind: r.kind, filedOn, result });
            }
            for (const agencyId of ids.values()) {
              for (let year = 2019; year <= 2026; year++) {
                const sqlTables = await applicationTables(db, { agencyId, year });
                const domain = computeTable3(summaries, { agencyId, year });
                expect(Object.fromEntries(sqlTables.table3), `table 3 ${year}`).toEqual(Object.fromEntries(domain.cells));
                expect(Object.fromEntries(sqlTables.table4), `table 4 ${year}`).toEqual(Object.fromEntries(computeTable4(reviews, { agencyId, year })));
                const report = buildReport({ format: sqlTables.format, year, cells: new Map([...sqlTables.table3, ...sqlTables.table4]) });
                for (const rule of HARD_RULES) expect(rule.check({ report }), `${rule.id} ${year}`).toEqual([]);
                // Every case received by the year's end and open at its start counts once: as received or carried over.
                const counted = summaries.filter((s) => s.agencyId === agencyId && placeCase(s, year).kind !== 'notCounted').length;
                expect(getCell(report, 'table3.newReceived.total')! + getCell(report, 'table3.carriedOver.total')!).toBe(counted);
                expect(getCell(report, 'table3.totalProcessed.total')! + getCell(report, 'table3.carriedForward.total')!).toBe(counted);
              }
            }
          }),
          { numRuns: engineName === 'postgres' ? 8 : 15 },
        );
      }),
      180_000,
    );

    it(
      'generates the annual report from the cases, the register and the Table-2 entries, stored as generated versions only when it changes',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '兴和县人民政府', level: 'county' }, ctx);
        await decided(db, a.id, '2025-12-22', '2026-01-06', 'disclosed'); // carried over from 2025
        await decided(db, a.id, '2026-03-02', '2026-03-05', 'disclosed');
        await decided(db, a.id, '2026-03-02', '2026-04-20', 'notExist', 'commercial'); // late
        const refused = await decided(db, a.id, '2026-05-06', '2026-05-20', 'refused:processInfo');
        const open = await createApplication(db, { agencyId: a.id, application: application('legalService'), receipt: receiptOn('inPerson', d('2026-11-30')), registeredOn: d('2026-11-30') }, ctx, { calendar });
        await createReviewEntry(db, { agencyId: a.id, caseId: refused, kind: 'reconsideration', filedOn: d('2026-06-01'), result: { outcome: 'upheld', decidedOn: d('2026-08-01') }, reference: '兴政复〔2026〕8号' }, ctx);
        await createReviewEntry(db, { agencyId: a.id, kind: 'litigationDirect', filedOn: d('2026-10-01'), reference: '（2026）内0924行初12号' }, ctx);
        await setTable2Entries(db, { agencyId: a.id, year: 2026, values: { 'table2.licensing.decisions': 13704, 'table2.adminFees.amountWan': 88.78248 } }, ctx);

        const first = await generateAnnualReport(db, { agencyId: a.id, year: 2026 }, ctx);
        expect(first).toMatchObject({ created: true, report: { agencyId: a.id, year: 2026, format: '2021', version: 1, status: 'matched' }, version: { kind: 'generated', parserVersion: GENERATOR_VERSION } });
        const m = first.model;
        expect([m.agency, m.year, m.format, m.title]).toEqual(['兴和县人民政府', 2026, '2021', '兴和县人民政府2026年政府信息公开工作年度报告']);
        const tables = await applicationTables(db, { agencyId: a.id, year: 2026 });
        for (const [path, v] of [...tables.table3, ...tables.table4]) expect(getCell(m, path), path).toBe(v);
        expect([getCell(m, 'table3.newReceived.total'), getCell(m, 'table3.carriedOver.total'), getCell(m, 'table3.granted.total'), getCell(m, 'table3.carriedForward.legalService')]).toEqual([4, 1, 2, 1]);
        expect([getCell(m, 'table3.unableToProvide.notHeld.commercial'), getCell(m, 'table3.denied.processInfo.total')]).toEqual([1, 1]);
        expect([getCell(m, 'table4.reconsideration.upheld'), getCell(m, 'table4.litigationDirect.pending'), getCell(m, 'table4.litigationDirect.total')]).toEqual([1, 1, 1]);
        expect([getCell(m, 'table2.licensing.decisions'), getCell(m, 'table2.adminFees.amountWan'), getCell(m, 'table2.penalty.decisions')]).toEqual([13704, 88.78248, null]);
        // R1–R6 pass, and the text agrees with the tables (W5) and states the fee (W6).
        expect(m.findings.filter((f) => f.severity === 'error' || f.rule === 'W5' || f.rule === 'W6')).toEqual([]);
        expect(m.sections.overview).toContain('本机关共收到政府信息公开申请4件');
        expect(m.sections.overview).toContain('超过法定期限答复1件');
        expect(m.sections.reviewLitigation).toContain('被申请行政复议1件');
        expect(m.sections.otherMatters).toContain('未收取信息处理费');

        const again = await generateAnnualReport(db, { agencyId: a.id, year: 2026 }, ctx);
        expect(again).toMatchObject({ created: false, report: { id: first.report.id, version: 1 } });

        await appendEvent(db, { caseId: open.case.id, expectedSeq: 1, event: { type: 'decide', on: d('2026-12-30'), outcome: 'disclosed' } }, ctx, { calendar });
        const second = await generateAnnualReport(db, { agencyId: a.id, year: 2026 }, { actor: 'user:3' });
        expect(second).toMatchObject({ created: true, report: { id: first.report.id, version: 2 }, version: { kind: 'generated', version: 2, createdBy: 'user:3' } });
        expect(getCell(second.model, 'table3.carriedForward.total')).toBe(0);
        expect((await listReportVersions(db, first.report.id)).map((v) => v.kind)).toEqual(['generated', 'generated']);
        expect(getCell((await getReportVersion(db, first.report.id)).model, 'table3.granted.legalService')).toBe(1);
        expect((await listAudit(db, { entity: 'report' })).map((x) => x.action)).toEqual(['report.generate', 'report.generate']);

        // Another year is another report, in its year's format.
        const y2025 = await generateAnnualReport(db, { agencyId: a.id, year: 2025 }, ctx);
        expect(y2025.report.id).not.toBe(first.report.id);
        expect(getCell(y2025.model, 'table3.carriedForward.total')).toBe(1);
        const y2020 = await generateAnnualReport(db, { agencyId: a.id, year: 2020 }, ctx);
        expect(y2020.model.format).toBe('2019');
        expect(y2020.model.sections.reviewLitigation).toContain('未发生');
      }),
      60_000,
    );

    it(
      'imports simulated histories in batches, replayed by the engine: the same tables as the domain’s, numbered in order, one audit row per batch',
      withDb(async ({ db }) => {
        const a = await createAgency(db, { name: '兴和县人民政府', level: 'county' }, ctx);
        const simulated = [...simulateCases({ agencyId: a.id, year: 2024, count: 700, seed: 'contract', calendar })];
        const batches: number[] = [];
        const r = await importCaseHistories(db, simulated, ctx, { calendar, batchSize: 300, onBatch: (n) => batches.push(n) });
        expect(batches).toEqual([300, 600, 700]);
        expect(r).toMatchObject({ cases: 700, first: '兴和县人民政府〔2024〕依申第1号', last: '兴和县人民政府〔2024〕依申第700号' });
        expect(r.events).toBe(simulated.reduce((n, c) => n + c.events.length, 0));
        expect(r.reviews).toBe(simulated.reduce((n, c) => n + c.reviews.length, 0));
        const summaries = simulated.map((c) => summarizeCase(c.state));
        for (const year of [2024, 2025]) {
          const t = await applicationTables(db, { agencyId: a.id, year });
          expect(Object.fromEntries(t.table3), `table 3 ${year}`).toEqual(Object.fromEntries(computeTable3(summaries, { agencyId: a.id, year }).cells));
          const reviews: ReviewEntry[] = simulated.flatMap((c, i) => c.reviews.map((x, k) => ({ id: `${i}-${k}`, agencyId: a.id, caseId: null, kind: x.kind, filedOn: x.filedOn, result: x.result })));
          expect(Object.fromEntries(t.table4), `table 4 ${year}`).toEqual(Object.fromEntries(computeTable4(reviews, { agencyId: a.id, year })));
        }
        // An imported case reads back event for event.
        const c = (await db.selectFrom('cases').select('id').where('serial', '=', 42).executeTakeFirstOrThrow()).id;
        const record = await getCase(db, c, { calendar, asOf: d('2025-06-30') });
        expect(record.events.map((e) => e.event).slice(1)).toEqual(simulated[41]!.events.slice(1));
        expect(record.view.status).toBe(simulated[41]!.state.status);
        expect((await listAudit(db, { entity: 'case' })).map((x) => x.action)).toEqual(['case.import', 'case.import', 'case.import']);
        expect((await listReviewEntries(db, { agencyIds: [a.id] })).every((e) => e.caseId !== null)).toBe(true);

        // A history the engine refuses stops the import: earlier batches stay, its own batch is not stored.
        const bad = { events: [...simulated[0]!.events.slice(0, 1), { type: 'archive', on: d('2024-03-01') } as CaseEvent] };
        const more = [...simulated.slice(0, 5).map((x) => ({ events: x.events })), bad];
        const e = await importCaseHistories(db, more, ctx, { calendar, batchSize: 4 }).then(
          () => null,
          (err: unknown) => err,
        );
        expect(String(e)).toContain('第 6 个案件');
        expect((await db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n).toSatisfy((n: unknown) => Number(n) === 704);
      }),
      120_000,
    );

    it(
      'sums a region’s Tables 3 and 4 over its agencies',
      withDb(async ({ db }) => {
        const county = await createAgency(db, { name: '某县', level: 'county' }, ctx);
        const edu = await createAgency(db, { name: '某县教育局', level: 'department', parentId: county.id }, ctx);
        const town = await createAgency(db, { name: '某镇', level: 'township', parentId: county.id }, ctx);
        await decided(db, county.id, '2026-03-02', '2026-03-05', 'disclosed');
        await decided(db, edu.id, '2026-03-02', '2026-03-10', 'notExist', 'research');
        await decided(db, town.id, '2025-12-29', '2026-01-05', 'disclosed');
        await createReviewEntry(db, { agencyId: edu.id, kind: 'reconsideration', filedOn: d('2026-04-01'), reference: 'x' }, ctx);
        const region = await regionApplicationReport(db, { agencyId: county.id, year: 2026 });
        expect(region.agency).toBe('某县');
        for (const path of ['table3.newReceived.total', 'table3.carriedOver.total', 'table3.granted.total', 'table3.unableToProvide.notHeld.research', 'table4.reconsideration.pending']) {
          let sum = 0;
          for (const id of [county.id, edu.id, town.id]) {
            const t = await applicationTables(db, { agencyId: id, year: 2026 });
            sum += t.table3.get(path) ?? t.table4.get(path) ?? 0;
          }
          expect(getCell(region, path), path).toBe(sum);
        }
        expect([getCell(region, 'table3.newReceived.total'), getCell(region, 'table3.carriedOver.total'), getCell(region, 'table4.reconsideration.total')]).toEqual([2, 1, 1]);
        expect(region.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
    );

    it(
      'keeps every stored version and correction when report versions learn the kind `generated`',
      withDb(async ({ db }) => {
        expect(await migrateTo(db, '20261125-1000-create-cases')).toContain('20261125-1010-generated-report-versions');
        const sample = await loadSample('2024-兴和县.txt');
        const { report } = await importReport(db, { bytes: sample.bytes, report: sample.report, parserVersion: 'gongkai test' }, ctx);
        await correctReport(db, { reportId: report.id, expectedVersion: 1, changes: [{ path: 'table3.newReceived.naturalPerson', value: 25 }], reason: '据原件更正' }, ctx);
        const before = {
          versions: await db.selectFrom('report_versions').selectAll().orderBy('version').execute(),
          corrections: await db.selectFrom('corrections').selectAll().execute(),
        };
        expect(await migrateToLatest(db)).toContain('20261125-1010-generated-report-versions');
        expect(await db.selectFrom('report_versions').selectAll().orderBy('version').execute()).toEqual(before.versions);
        expect(await db.selectFrom('corrections').selectAll().execute()).toEqual(before.corrections);
        // The foreign key from corrections to versions still holds.
        const orphan = db
          .insertInto('corrections')
          .values({ report_id: report.id, version: 9, path: 'x', old_value: null, new_value: null, reason: 'r', actor: 'a', at: '2026-01-01T00:00:00.000Z' })
          .execute();
        await expect(orphan).rejects.toThrow();
        const a = await createAgency(db, { name: '兴和县人民政府', level: 'county' }, ctx);
        expect((await generateAnnualReport(db, { agencyId: a.id, year: 2026 }, ctx)).version.kind).toBe('generated');
        // A correction of a generated version still works.
        const gen = await generateAnnualReport(db, { agencyId: a.id, year: 2025 }, ctx);
        await correctReport(db, { reportId: gen.report.id, expectedVersion: 1, changes: [{ path: 'table2.penalty.decisions', value: 3 }], reason: '补录' }, ctx);
        expect((await listReportVersions(db, gen.report.id)).map((v) => v.kind)).toEqual(['generated', 'correction']);
      }),
      60_000,
    );
  });
}
