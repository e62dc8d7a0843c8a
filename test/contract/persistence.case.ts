/**
 * The persistence contract: every case runs, unchanged, against every engine
 * (`sqlite.test.ts` always, `postgres.test.ts` when PostgreSQL is reachable).
 * Each case gets a fresh, empty database.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../../src/persistence/database.js';
import type { Engine } from '../../src/persistence/engine.js';
import {
  assignAgency,
  correctReport,
  countReports,
  createAgency,
  deleteAgency,
  findAgenciesByName,
  getAgencyTree,
  getAncestors,
  getFileContent,
  getReport,
  getReportVersion,
  getSubtree,
  importAgencies,
  importAgencyList,
  importReport,
  knownMigrations,
  listAudit,
  listCorrections,
  listReportVersions,
  listReportsWithModel,
  listUnmatchedReports,
  matchUnmatchedReports,
  migrateTo,
  migrateToLatest,
  moveAgency,
  putFile,
  reparseReport,
  sha256Hex,
  updateAgency,
} from '../../src/persistence/index.js';
import { decodeBoolean, decodeDate, encodeBoolean, encodeDate } from '../../src/persistence/codecs.js';
import { getCell } from '../../src/domain/annual-report/report.js';
import { isGongkaiError } from '../../src/domain/shared/errors.js';
import { loadSample } from '../support/sample-reports.js';

export interface TestDatabase {
  readonly db: Db;
  readonly engine: Engine;
  /** PostgreSQL: the schema this database lives in (other runs use other schemas). */
  readonly schema?: string;
  close(): Promise<void>;
}

export type OpenTestDatabase = (options?: { migrate?: boolean }) => Promise<TestDatabase>;

/** A test body run with a fresh database that is closed afterwards. */
export function databaseRunner(open: OpenTestDatabase) {
  return (fn: (t: TestDatabase) => Promise<void>, options?: { migrate?: boolean }) => async () => {
    const t = await open(options);
    try {
      await fn(t);
    } finally {
      await t.close();
    }
  };
}

const ctx = { actor: 'test:contract' };
const PARSER = 'gongkai test';

const TABLES = [
  'agencies', 'api_tokens', 'audit_log', 'calendar_notices', 'case_applicants', 'case_attachments', 'case_events', 'case_number_counters',
  'case_projections', 'cases', 'corrections', 'files', 'report_figures', 'report_versions', 'reports', 'review_entries', 'sessions', 'table2_entries', 'users',
];

async function count(db: Db, table: 'files' | 'reports' | 'report_versions' | 'corrections' | 'audit_log' | 'agencies'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<void> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, `expected ${code}`).not.toBeNull();
  expect(isGongkaiError(e) ? e.code : e).toBe(code);
}

/** 河北省 › 邯郸市 › {成安县 › 教育局, 肥乡区}, 内蒙古自治区 › 乌兰察布市 › 兴和县. */
async function seedTree(db: Db) {
  const hebei = await createAgency(db, { name: '河北省', level: 'province' }, ctx);
  const handan = await createAgency(db, { name: '邯郸市', level: 'city', parentId: hebei.id }, ctx);
  const chengan = await createAgency(db, { name: '成安县', level: 'county', parentId: handan.id, aliases: ['成安'] }, ctx);
  const edu = await createAgency(db, { name: '教育局', level: 'department', parentId: chengan.id }, ctx);
  const feixiang = await createAgency(db, { name: '肥乡区', level: 'county', parentId: handan.id }, ctx);
  const nmg = await createAgency(db, { name: '内蒙古自治区', level: 'province' }, ctx);
  const wlcb = await createAgency(db, { name: '乌兰察布市', level: 'city', parentId: nmg.id }, ctx);
  const xinghe = await createAgency(db, { name: '兴和县人民政府', level: 'county', parentId: wlcb.id }, ctx);
  return { hebei, handan, chengan, edu, feixiang, nmg, wlcb, xinghe };
}

export function persistenceContract(engineName: string, open: OpenTestDatabase): void {
  const withDb = databaseRunner(open);

  describe(`persistence contract: ${engineName}`, () => {
    describe('migrations', () => {
      it(
        'builds the schema from empty, is idempotent, and goes down and up again',
        withDb(async ({ db, schema }) => {
          const names = async () =>
            (await db.introspection.getTables())
              .filter((t) => schema === undefined || t.schema === schema)
              .map((t) => t.name)
              .filter((n) => !n.startsWith('kysely_'));
          expect(await names()).toEqual([]);
          expect(await migrateToLatest(db)).toEqual(knownMigrations());
          expect((await names()).sort()).toEqual(TABLES);
          expect(await migrateToLatest(db)).toEqual([]);
          expect(await migrateTo(db, null)).toEqual([...knownMigrations()].reverse());
          expect(await names()).toEqual([]);
          expect(await migrateToLatest(db)).toEqual(knownMigrations());
          expect((await names()).sort()).toEqual(TABLES);
        }, { migrate: false }),
      );

      it(
        'refuses a database that a newer version of gongkai migrated',
        withDb(async ({ db }) => {
          await sql`insert into kysely_migration (name, timestamp) values (${'29991231-0000-from-the-future'}, ${new Date().toISOString()})`.execute(db);
          await rejectsWith(migrateToLatest(db), 'DB_MIGRATION');
        }),
      );

      it(
        'enforces the constraints the code relies on',
        withDb(async ({ db }) => {
          const at = encodeDate(new Date());
          // Foreign keys are on (SQLite's default is off).
          const orphan = db
            .insertInto('agencies')
            .values({ parent_id: 999, name: '孤儿', level: 'county', uscc: null, aliases: '[]', created_at: at, updated_at: at })
            .execute();
          await expect(orphan).rejects.toThrow();
          // Check constraints: a level outside the list.
          const badLevel = db
            .insertInto('agencies')
            .values({ parent_id: null, name: '某', level: 'galaxy' as 'county', uscc: null, aliases: '[]', created_at: at, updated_at: at })
            .execute();
          await expect(badLevel).rejects.toThrow();
          expect(await count(db, 'agencies')).toBe(0);
        }),
      );
    });

    describe('codecs', () => {
      it(
        'round-trips timestamps, booleans and JSON through the sketch tables',
        withDb(async ({ db, engine }) => {
          const when = new Date('2026-03-31T16:00:00.123Z');
          await db
            .insertInto('users')
            .values({
              login: 'admin',
              display_name: '管理员',
              password_hash: '$scrypt$…',
              role: 'admin',
              scope_agency_id: null,
              disabled: encodeBoolean(true, engine),
              created_at: encodeDate(when),
              updated_at: encodeDate(when),
            })
            .execute();
          const row = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
          expect(decodeBoolean(row.disabled)).toBe(true);
          expect(decodeDate(row.created_at).toISOString()).toBe(when.toISOString());
          // Timestamps compare in time order on both engines.
          const later = await db.selectFrom('users').select('id').where('created_at', '<', encodeDate(new Date('2026-04-01T00:00:00Z'))).execute();
          expect(later).toHaveLength(1);
          const a = await createAgency(db, { name: '某县', level: 'county', aliases: ['某', '某 县', '某'] }, ctx);
          expect(a.aliases).toEqual(['某', '某 县']);
          expect(a.createdAt).toBeInstanceOf(Date);
        }),
      );
    });

    describe('files', () => {
      it(
        'stores bytes exactly and is idempotent by SHA-256',
        withDb(async ({ db }) => {
          const bytes = new Uint8Array(70_000);
          for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 8)) & 0xff;
          bytes[0] = 0x00;
          const first = await putFile(db, bytes, ctx);
          expect(first).toMatchObject({ created: true, sha256: sha256Hex(bytes), size: 70_000, inputType: 'binary', mediaType: 'application/octet-stream' });
          const again = await putFile(db, bytes.slice(), ctx);
          expect(again).toMatchObject({ created: false, sha256: first.sha256 });
          expect(Buffer.from((await getFileContent(db, first.sha256))!).equals(Buffer.from(bytes))).toBe(true);
          expect(await count(db, 'files')).toBe(1);
          // One audit row: the second put changed nothing.
          expect((await listAudit(db, { entity: 'file' })).map((r) => r.action)).toEqual(['file.put']);
        }),
      );

      it(
        'sniffs the type from the content',
        withDb(async ({ db }) => {
          const s = await loadSample('2024-兴和县.txt');
          expect(await putFile(db, s.bytes, ctx)).toMatchObject({ inputType: 'text', mediaType: 'text/plain' });
          const html = new TextEncoder().encode('<!doctype html><html><body><table><tr><td>1</td></tr></table></body></html>');
          expect(await putFile(db, html, ctx)).toMatchObject({ inputType: 'html', mediaType: 'text/html' });
        }),
      );
    });

    describe('reports', () => {
      it(
        'imports file, report and version 1 together, matched to its agency',
        withDb(async ({ db }) => {
          const tree = await seedTree(db);
          const s = await loadSample('2024-兴和县.txt');
          const r = await importReport(db, { bytes: s.bytes, report: s.report, parserVersion: PARSER, sourceName: s.name }, ctx);
          expect(r.created).toBe(true);
          expect(r.match).toMatchObject({ status: 'matched', agencyId: tree.xinghe.id });
          expect(r.report).toMatchObject({ agencyId: tree.xinghe.id, status: 'matched', year: 2024, format: '2021', version: 1, agencyName: '兴和县', sourceName: s.name });
          const v1 = await getReportVersion(db, r.report.id);
          expect(v1).toMatchObject({ version: 1, kind: 'parse', parserVersion: PARSER, createdBy: ctx.actor });
          expect(v1.model.table3).toEqual(s.report.table3);
          expect(v1.findings).toEqual(s.report.findings);
          expect(Buffer.from((await getFileContent(db, r.report.fileSha256))!).equals(Buffer.from(s.bytes))).toBe(true);
          const audit = await listAudit(db, { entity: 'report', entityId: r.report.id });
          expect(audit.map((a) => a.action)).toEqual(['report.import']);
          expect(audit[0]!.actor).toBe(ctx.actor);
        }),
      );

      it(
        'imports the same bytes once: a second import adds nothing',
        withDb(async ({ db }) => {
          const s = await loadSample('2021-成安县.txt');
          const a = await importReport(db, { bytes: s.bytes, report: s.report, parserVersion: PARSER }, ctx);
          const auditBefore = await count(db, 'audit_log');
          const b = await importReport(db, { bytes: s.bytes, report: s.report, parserVersion: PARSER }, ctx);
          expect(b).toMatchObject({ created: false, report: { id: a.report.id } });
          expect([await count(db, 'files'), await count(db, 'reports'), await count(db, 'report_versions')]).toEqual([1, 1, 1]);
          expect(await count(db, 'audit_log')).toBe(auditBefore);
        }),
      );

      it(
        'leaves nothing behind when an import fails half-way',
        withDb(async ({ db }) => {
          const s = await loadSample('2021-成安县.txt');
          // Fails after the file is stored: the agency does not exist.
          await rejectsWith(importReport(db, { bytes: s.bytes, report: s.report, parserVersion: PARSER, agencyId: 4242 }, ctx), 'NOT_FOUND');
          // Fails in the database after file and report rows are written: version row violates NOT NULL.
          const broken = importReport(db, { bytes: s.bytes, report: s.report, parserVersion: null as unknown as string }, ctx);
          await expect(broken).rejects.toThrow();
          // Fails in the matcher, between file and report.
          const throwing = importReport(
            db,
            {
              bytes: s.bytes,
              report: s.report,
              parserVersion: PARSER,
              matcher: () => {
                throw new Error('boom');
              },
            },
            ctx,
          );
          await expect(throwing).rejects.toThrow('boom');
          for (const t of ['files', 'reports', 'report_versions', 'audit_log'] as const) expect(await count(db, t), t).toBe(0);
          // And the same import then succeeds.
          expect((await importReport(db, { bytes: s.bytes, report: s.report, parserVersion: PARSER }, ctx)).created).toBe(true);
        }),
      );

      it(
        'keeps earlier versions on re-parse, and adds nothing for the same reading',
        withDb(async ({ db }) => {
          const s = await loadSample('2024-兴和县.txt');
          const { report } = await importReport(db, { bytes: s.bytes, report: s.report, parserVersion: 'gongkai 0.1.0' }, ctx);
          const improved = { ...s.report, title: '兴和县2024年政府信息公开工作年度报告' };
          const r2 = await reparseReport(db, { reportId: report.id, report: improved, parserVersion: 'gongkai 0.2.0' }, ctx);
          expect(r2).toMatchObject({ changed: true, report: { version: 2 }, version: { version: 2, kind: 'reparse', parserVersion: 'gongkai 0.2.0' } });
          const same = await reparseReport(db, { reportId: report.id, report: improved, parserVersion: 'gongkai 0.2.0' }, ctx);
          expect(same.changed).toBe(false);
          expect((await listReportVersions(db, report.id)).map((v) => [v.version, v.kind, v.parserVersion])).toEqual([
            [1, 'parse', 'gongkai 0.1.0'],
            [2, 'reparse', 'gongkai 0.2.0'],
          ]);
          expect((await getReportVersion(db, report.id, 1)).model.title).toBe(s.report.title);
          expect((await getReportVersion(db, report.id)).model.title).toBe(improved.title);
          await rejectsWith(reparseReport(db, { reportId: report.id, report: s.report, parserVersion: 'x', expectedVersion: 1 }, ctx), 'CONFLICT');
          await rejectsWith(reparseReport(db, { reportId: 999, report: s.report, parserVersion: 'x' }, ctx), 'NOT_FOUND');
        }),
      );

      it(
        'corrects a cell as a new version with a correction row and an audit row',
        withDb(async ({ db }) => {
          const s = await loadSample('2024-兴和县.txt');
          const { report } = await importReport(db, { bytes: s.bytes, report: s.report, parserVersion: PARSER }, ctx);
          const path = 'table3.newReceived.naturalPerson';
          const at = new Date('2026-05-01T08:00:00Z');
          const r = await correctReport(
            db,
            { reportId: report.id, expectedVersion: 1, changes: [{ path, value: 25 }], reason: '原表笔误，据原件更正' },
            { actor: 'user:7', now: at },
          );
          expect(r.report.version).toBe(2);
          expect(r.diffs).toEqual([{ path, oldValue: 26, newValue: 25 }]);
          const v2 = await getReportVersion(db, report.id);
          expect(v2).toMatchObject({ version: 2, kind: 'correction', parserVersion: PARSER, createdBy: 'user:7' });
          expect(getCell(v2.model, path)).toBe(25);
          // The row total no longer adds up: the checks ran again.
          expect(v2.findings.some((f) => f.rule === 'R2' && f.paths.includes(path))).toBe(true);
          // The original reading is untouched.
          expect(getCell((await getReportVersion(db, report.id, 1)).model, path)).toBe(26);
          const corrections = await listCorrections(db, report.id);
          expect(corrections).toEqual([
            { id: corrections[0]!.id, reportId: report.id, version: 2, path, oldValue: 26, newValue: 25, reason: '原表笔误，据原件更正', actor: 'user:7', at },
          ]);
          const audit = await listAudit(db, { entity: 'report', entityId: report.id });
          expect(audit[0]).toMatchObject({ action: 'report.correct', actor: 'user:7', before: { version: 1, cells: { [path]: 26 } }, after: { version: 2, cells: { [path]: 25 } } });
          // A null cell can be given a value, and a value set back to blank.
          const blank = await correctReport(db, { reportId: report.id, expectedVersion: 2, changes: [{ path, value: null }], reason: '恢复' }, ctx);
          expect(getCell(blank.version.model, path)).toBeNull();
        }),
      );

      it(
        'tells the second of two people correcting the same version, and writes nothing for them',
        withDb(async ({ db }) => {
          const s = await loadSample('2024-兴和县.txt');
          const { report } = await importReport(db, { bytes: s.bytes, report: s.report, parserVersion: PARSER }, ctx);
          const change = (value: number) => ({ reportId: report.id, expectedVersion: 1, changes: [{ path: 'table4.reconsideration.upheld', value }], reason: '核对' });
          await correctReport(db, change(1), { actor: 'user:1' });
          await rejectsWith(correctReport(db, change(2), { actor: 'user:2' }), 'CONFLICT');
          expect([await count(db, 'report_versions'), await count(db, 'corrections')]).toEqual([2, 1]);
          // At the same moment: exactly one wins.
          const racers = await Promise.allSettled([
            correctReport(db, { ...change(3), expectedVersion: 2 }, { actor: 'user:1' }),
            correctReport(db, { ...change(4), expectedVersion: 2 }, { actor: 'user:2' }),
          ]);
          expect(racers.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
          const lost = racers.find((r) => r.status === 'rejected');
          expect(lost && isGongkaiError(lost.reason) ? lost.reason.code : lost).toBe('CONFLICT');
          expect((await getReport(db, report.id)).version).toBe(3);
          expect([await count(db, 'report_versions'), await count(db, 'corrections')]).toEqual([3, 2]);
        }),
      );

      it(
        'refuses invalid corrections without writing anything',
        withDb(async ({ db }) => {
          const s = await loadSample('2024-兴和县.txt');
          const { report } = await importReport(db, { bytes: s.bytes, report: s.report, parserVersion: PARSER }, ctx);
          const base = { reportId: report.id, expectedVersion: 1, reason: '核对' };
          await rejectsWith(correctReport(db, { ...base, changes: [{ path: 'table9.nothing.here', value: 1 }] }, ctx), 'INVALID_VALUE');
          await rejectsWith(correctReport(db, { ...base, changes: [{ path: 'table3.newReceived.total', value: -1 }] }, ctx), 'INVALID_VALUE');
          await rejectsWith(correctReport(db, { ...base, changes: [{ path: 'table3.newReceived.total', value: 1.5 }] }, ctx), 'INVALID_VALUE');
          await rejectsWith(correctReport(db, { ...base, changes: [{ path: 'table3.newReceived.total', value: 27 }], reason: '  ' }, ctx), 'INVALID_VALUE');
          await rejectsWith(correctReport(db, { ...base, reportId: 999, changes: [{ path: 'table3.newReceived.total', value: 27 }] }, ctx), 'NOT_FOUND');
          expect((await getReport(db, report.id)).version).toBe(1);
          expect([await count(db, 'report_versions'), await count(db, 'corrections')]).toEqual([1, 0]);
        }),
      );

      it(
        'queues unmatched reports and assigns them',
        withDb(async ({ db }) => {
          const tree = await seedTree(db);
          const s = await loadSample('2020-桦甸市统计局.txt');
          const { report, match } = await importReport(db, { bytes: s.bytes, report: s.report, parserVersion: PARSER }, ctx);
          expect(match).toEqual({ status: 'unmatched' });
          expect(report).toMatchObject({ status: 'unmatched', agencyId: null });
          expect((await listUnmatchedReports(db)).map((r) => r.id)).toEqual([report.id]);
          const assigned = await assignAgency(db, { reportId: report.id, agencyId: tree.edu.id, expectedAgencyId: null }, { actor: 'user:3' });
          expect(assigned).toMatchObject({ status: 'matched', agencyId: tree.edu.id, version: 1 });
          expect(await listUnmatchedReports(db)).toEqual([]);
          await rejectsWith(assignAgency(db, { reportId: report.id, agencyId: tree.chengan.id, expectedAgencyId: null }, ctx), 'CONFLICT');
          await rejectsWith(assignAgency(db, { reportId: report.id, agencyId: 4242 }, ctx), 'NOT_FOUND');
          const audit = await listAudit(db, { entity: 'report', entityId: report.id });
          expect(audit[0]).toMatchObject({ action: 'report.assign', actor: 'user:3', before: { agencyId: null, status: 'unmatched' }, after: { agencyId: tree.edu.id, status: 'matched' } });
          // Back to the queue.
          expect(await assignAgency(db, { reportId: report.id, agencyId: null }, ctx)).toMatchObject({ status: 'unmatched', agencyId: null });
        }),
      );

      it(
        'matches waiting reports again once the tree knows their agency',
        withDb(async ({ db }) => {
          const a = await loadSample('2021-成安县.txt');
          const b = await loadSample('2024-兴和县.txt');
          const ra = await importReport(db, { bytes: a.bytes, report: a.report, parserVersion: PARSER }, ctx);
          const rb = await importReport(db, { bytes: b.bytes, report: b.report, parserVersion: PARSER }, ctx);
          expect([ra.report.status, rb.report.status]).toEqual(['unmatched', 'unmatched']);
          const tree = await seedTree(db);
          // A re-parse of a waiting report matches it again.
          const re = await reparseReport(db, { reportId: rb.report.id, report: b.report, parserVersion: 'gongkai 0.2.0' }, ctx);
          expect(re.report).toMatchObject({ status: 'matched', agencyId: tree.xinghe.id, version: 2 });
          expect(await matchUnmatchedReports(db, { actor: 'user:5' })).toEqual({ matched: 1, stillUnmatched: 0 });
          expect(await getReport(db, ra.report.id)).toMatchObject({ status: 'matched', agencyId: tree.chengan.id, version: 1 });
          const audit = await listAudit(db, { entity: 'report', entityId: ra.report.id });
          expect(audit[0]).toMatchObject({ action: 'report.match', actor: 'user:5', after: { agencyId: tree.chengan.id, match: { via: 'exact' } } });
          expect(await matchUnmatchedReports(db, ctx)).toEqual({ matched: 0, stillUnmatched: 0 });
        }),
      );

      it(
        'matches reports by the names they use, and lists them with their newest model',
        withDb(async ({ db }) => {
          const tree = await seedTree(db);
          const results = [];
          for (const name of ['2021-成安县.txt', '2024-兴和县.txt', '2019-康乐县人民政府.txt'] as const) {
            const s = await loadSample(name);
            results.push(await importReport(db, { bytes: s.bytes, report: s.report, parserVersion: PARSER }, ctx));
          }
          expect(results.map((r) => r.report.agencyId)).toEqual([tree.chengan.id, tree.xinghe.id, null]);
          expect(await countReports(db)).toBe(3);
          expect(await countReports(db, { status: 'matched' })).toBe(2);
          expect(await countReports(db, { agencyId: null })).toBe(1);
          const page1 = await listReportsWithModel(db, { limit: 2 });
          const page2 = await listReportsWithModel(db, { afterId: page1[1]!.report.id });
          expect([...page1, ...page2].map((r) => r.current.model.agency)).toEqual(['成安县', '兴和县', '康乐县人民政府']);
        }),
      );
    });

    describe('agencies', () => {
      it(
        'reads a subtree with a recursive query, and the ancestors',
        withDb(async ({ db }) => {
          const t = await seedTree(db);
          const sub = await getSubtree(db, t.handan.id);
          expect(sub.map((n) => [n.name, n.depth])).toEqual([
            ['邯郸市', 0],
            ['成安县', 1],
            ['肥乡区', 1],
            ['教育局', 2],
          ]);
          expect((await getAncestors(db, t.edu.id)).map((a) => a.name)).toEqual(['河北省', '邯郸市', '成安县']);
          expect(await getAncestors(db, t.hebei.id)).toEqual([]);
          const tree = await getAgencyTree(db);
          expect(tree.map((n) => n.name)).toEqual(['内蒙古自治区', '河北省'].sort());
          const hebei = tree.find((n) => n.name === '河北省')!;
          expect(hebei.children[0]!.children.map((c) => c.name)).toEqual(['成安县', '肥乡区']);
          await rejectsWith(getSubtree(db, 4242), 'NOT_FOUND');
        }),
      );

      it(
        'moves agencies but never below themselves',
        withDb(async ({ db }) => {
          const t = await seedTree(db);
          await rejectsWith(moveAgency(db, t.handan.id, t.edu.id, ctx), 'INVALID_VALUE');
          await rejectsWith(moveAgency(db, t.handan.id, t.handan.id, ctx), 'INVALID_VALUE');
          const moved = await moveAgency(db, t.edu.id, t.feixiang.id, { actor: 'user:9' });
          expect(moved.parentId).toBe(t.feixiang.id);
          expect((await getSubtree(db, t.feixiang.id)).map((n) => n.name)).toEqual(['肥乡区', '教育局']);
          expect((await getSubtree(db, t.chengan.id)).map((n) => n.name)).toEqual(['成安县']);
          const audit = await listAudit(db, { entity: 'agency', entityId: t.edu.id });
          expect(audit[0]).toMatchObject({ action: 'agency.move', actor: 'user:9', before: { parentId: t.chengan.id }, after: { parentId: t.feixiang.id } });
          // To the top.
          expect((await moveAgency(db, t.edu.id, null, ctx)).parentId).toBeNull();
        }),
      );

      it(
        'validates names, levels, credit codes and duplicates',
        withDb(async ({ db }) => {
          const t = await seedTree(db);
          await rejectsWith(createAgency(db, { name: '成安县', level: 'county', parentId: t.handan.id }, ctx), 'CONFLICT');
          await rejectsWith(createAgency(db, { name: '  ', level: 'county' }, ctx), 'INVALID_VALUE');
          await rejectsWith(createAgency(db, { name: '某局', level: 'bureau' as 'department' }, ctx), 'INVALID_VALUE');
          await rejectsWith(createAgency(db, { name: '某局', level: 'department', uscc: '91350100M000100Y44' }, ctx), 'INVALID_VALUE');
          await rejectsWith(createAgency(db, { name: '某局', level: 'department', parentId: 4242 }, ctx), 'NOT_FOUND');
          const ok = await createAgency(db, { name: '某局', level: 'department', parentId: t.chengan.id, uscc: '11100000000013127d' }, ctx);
          expect(ok.uscc).toBe('11100000000013127D');
          await rejectsWith(createAgency(db, { name: '另一局', level: 'department', uscc: '11100000000013127D' }, ctx), 'CONFLICT');
          const renamed = await updateAgency(db, ok.id, { name: '某某局', aliases: ['某局'] }, ctx);
          expect(renamed).toMatchObject({ name: '某某局', aliases: ['某局'], uscc: '11100000000013127D' });
          // Versions: 1 when made, raised by each change; a writer that read an older one is refused.
          expect([ok.version, renamed.version]).toEqual([1, 2]);
          await rejectsWith(updateAgency(db, ok.id, { name: '旧名' }, ctx, { expectedVersion: 1 }), 'CONFLICT');
          await rejectsWith(moveAgency(db, ok.id, null, ctx, { expectedVersion: 1 }), 'CONFLICT');
          expect((await findAgenciesByName(db, '某某局'))[0]).toMatchObject({ id: ok.id, parentId: t.chengan.id, version: 2 });
          expect((await moveAgency(db, ok.id, null, ctx, { expectedVersion: 2 })).version).toBe(3);
          expect((await findAgenciesByName(db, '成安')).map((a) => a.id)).toEqual([t.chengan.id]);
          expect((await findAgenciesByName(db, '某局')).map((a) => a.id)).toEqual([ok.id]);
          expect(await findAgenciesByName(db, '无此机关')).toEqual([]);
        }),
      );

      it(
        'imports an agency list in one transaction, and a second time changes nothing',
        withDb(async ({ db }) => {
          const rows = [
            { line: 2, name: '成安县', parent: '邯郸市', level: 'county' as const, uscc: null, aliases: ['成安'] },
            { line: 3, name: '河北省', parent: null, level: 'province' as const, uscc: null, aliases: [] },
            { line: 4, name: '邯郸市', parent: '河北省', level: 'city' as const, uscc: null, aliases: [] },
            { line: 5, name: '教育局', parent: '河北省/邯郸市/成安县', level: 'department' as const, uscc: '11100000000013127D', aliases: [] },
            { line: 6, name: '教育局', parent: '邯郸市', level: 'department' as const, uscc: null, aliases: [] },
          ];
          expect(await importAgencies(db, rows, ctx)).toEqual({ created: 5, updated: 0, unchanged: 0 });
          const audits = await count(db, 'audit_log');
          expect(await importAgencies(db, rows, ctx)).toEqual({ created: 0, updated: 0, unchanged: 5 });
          expect(await count(db, 'audit_log')).toBe(audits);
          const withAlias = rows.map((r) => (r.line === 4 ? { ...r, aliases: ['邯郸'] } : r));
          expect(await importAgencies(db, withAlias, ctx)).toEqual({ created: 0, updated: 1, unchanged: 4 });
          // A bad row anywhere: nothing of the file is stored.
          const bad = [{ line: 2, name: '新县', parent: '河北省', level: 'county' as const, uscc: null, aliases: [] }, { line: 3, name: '某局', parent: '不存在的市', level: 'department' as const, uscc: null, aliases: [] }];
          await rejectsWith(importAgencies(db, bad, ctx), 'INVALID_VALUE');
          // An ambiguous parent name must be written as a path.
          await rejectsWith(importAgencies(db, [{ line: 2, name: '某科', parent: '教育局', level: 'department', uscc: null, aliases: [] }], ctx), 'INVALID_VALUE');
          expect(await count(db, 'agencies')).toBe(5);
        }),
      );
      it(
        'deletes only an agency nothing refers to, with its audit row',
        withDb(async ({ db }) => {
          const t = await seedTree(db);
          const sample = await loadSample('2021-成安县.txt');
          await importReport(db, { bytes: sample.bytes, report: sample.report, parserVersion: PARSER, agencyId: t.feixiang.id }, ctx);
          await rejectsWith(deleteAgency(db, t.chengan.id, ctx), 'CONFLICT');
          await rejectsWith(deleteAgency(db, t.feixiang.id, ctx), 'CONFLICT');
          await rejectsWith(deleteAgency(db, 4242, ctx), 'NOT_FOUND');
          const agencies = await count(db, 'agencies');
          expect((await deleteAgency(db, t.edu.id, { actor: 'user:3' })).name).toBe('教育局');
          expect(await count(db, 'agencies')).toBe(agencies - 1);
          const audit = await listAudit(db, { entity: 'agency', entityId: t.edu.id });
          expect(audit[0]).toMatchObject({ action: 'agency.delete', actor: 'user:3', before: { name: '教育局', parentId: t.chengan.id }, after: null });
          // Now a leaf without reports: it may go too.
          await deleteAgency(db, t.chengan.id, ctx);
        }),
      );

      it(
        'imports a list confined to a subtree, or nothing, and matches the queue again',
        withDb(async ({ db }) => {
          const t = await seedTree(db);
          const sample = await loadSample('2021-成安县.txt');
          await importReport(db, { bytes: sample.bytes, report: { ...sample.report, agency: '成安县民政局' }, parserVersion: PARSER }, ctx);
          const row = (line: number, name: string, parent: string | null) => ({ line, name, parent, level: 'department' as const, uscc: null, aliases: [] });
          const inside = await importAgencyList(db, [row(2, '民政局', '成安县'), row(3, '教育局', '成安县')], ctx, { withinSubtreeOf: t.chengan.id });
          expect(inside).toMatchObject({ created: 1, unchanged: 1, rematch: { matched: 1, stillUnmatched: 0 } });
          const agencies = await count(db, 'agencies');
          const audits = await count(db, 'audit_log');
          // A row outside the subtree (under 肥乡区), a new root, or moving the root itself: nothing is stored.
          await rejectsWith(importAgencyList(db, [row(2, '财政局', '成安县'), row(3, '财政局', '肥乡区')], ctx, { withinSubtreeOf: t.chengan.id }), 'FORBIDDEN');
          await rejectsWith(importAgencyList(db, [row(2, '某局', null)], ctx, { withinSubtreeOf: t.chengan.id }), 'FORBIDDEN');
          await rejectsWith(importAgencyList(db, [{ ...row(2, '成安县', '河北省'), level: 'county' }], ctx, { withinSubtreeOf: t.chengan.id }), 'FORBIDDEN');
          expect(await count(db, 'agencies')).toBe(agencies);
          expect(await count(db, 'audit_log')).toBe(audits);
          // Without the limit the same rows are fine.
          expect(await importAgencyList(db, [row(3, '财政局', '肥乡区')], ctx)).toMatchObject({ created: 1 });
        }),
      );
    });

    describe('audit', () => {
      it(
        'writes one audit row per change, in the same transaction',
        withDb(async ({ db }) => {
          const t = await seedTree(db);
          await updateAgency(db, t.chengan.id, { aliases: ['成安', '成安县政府'] }, { actor: 'user:1' });
          // A failed change leaves no audit row.
          await rejectsWith(updateAgency(db, t.chengan.id, { name: '肥乡区' }, ctx), 'CONFLICT');
          const rows = await listAudit(db, { entity: 'agency', entityId: t.chengan.id });
          expect(rows.map((r) => r.action)).toEqual(['agency.update', 'agency.create']);
          expect(rows[0]).toMatchObject({ actor: 'user:1', before: { aliases: ['成安'] }, after: { aliases: ['成安', '成安县政府'] } });
          expect(rows[0]!.at).toBeInstanceOf(Date);
          // Audit rows of a rolled-back outer transaction vanish with it.
          const before = await count(db, 'audit_log');
          await expect(
            db.transaction().execute(async (trx) => {
              await createAgency(trx, { name: '临时县', level: 'county' }, ctx);
              throw new Error('abort');
            }),
          ).rejects.toThrow('abort');
          expect(await count(db, 'audit_log')).toBe(before);
          expect(await count(db, 'agencies')).toBe(8);
          await sql`select 1`.execute(db);
        }),
      );
    });
  });
}
