/**
 * The analysis queries on every engine: one year of a subtree in one query (current report per
 * agency, newest version, only matched reports), an agency's years, the years of a subtree,
 * and the roll-up built on them. Each case gets a fresh, empty database.
 */
import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../src/domain/annual-report/report.js';
import { getCell } from '../../src/domain/annual-report/report.js';
import { FIGURES_LAYOUT, figure } from '../../src/domain/analysis/figures.js';
import { cellSpecs } from '../../src/domain/annual-report/formats/index.js';
import type { Db } from '../../src/persistence/database.js';
import { assignAgency, correctReport, createAgency, importReport } from '../../src/persistence/index.js';
import { loadSubtreeYear } from '../../src/persistence/repositories/analysis/subtree-year.js';
import { listSubtreeYears } from '../../src/persistence/repositories/analysis/subtree-years.js';
import { findCurrentReportId, findCurrentVersion, loadAgencyYears } from '../../src/persistence/repositories/analysis/agency-years.js';
import { analyseRegionYear } from '../../src/persistence/repositories/analysis/region-analysis.js';
import { isGongkaiError } from '../../src/domain/shared/errors.js';
import { consistentReport, rng } from '../../src/domain/analysis/consistent-cells.test-util.js';
import type { OpenTestDatabase, TestDatabase } from './persistence.case.js';

const ctx = { actor: 'test:analysis' };
let serial = 0;

/** Stores `report` as the report of `agencyId` (null: unmatched), from bytes of its own. */
async function store(db: Db, report: AnnualReport, agencyId: number | null) {
  const bytes = new TextEncoder().encode(`报告 ${serial++} ${report.year} ${Math.random()}`);
  const agency = agencyId === null ? { report: { ...report, agency: '查无此机关' } } : { report, agencyId };
  return (await importReport(db, { bytes, parserVersion: 'gongkai test', ...agency }, ctx)).report;
}

/** 示范市 › {甲县 › {甲县教育局, 某镇}, 乙县}; 别市 elsewhere. */
async function seed(db: Db) {
  const city = await createAgency(db, { name: '示范市', level: 'city' }, ctx);
  const jia = await createAgency(db, { name: '甲县', level: 'county', parentId: city.id }, ctx);
  const edu = await createAgency(db, { name: '甲县教育局', level: 'department', parentId: jia.id }, ctx);
  const town = await createAgency(db, { name: '某镇', level: 'township', parentId: jia.id }, ctx);
  const yi = await createAgency(db, { name: '乙县', level: 'county', parentId: city.id }, ctx);
  const other = await createAgency(db, { name: '别市', level: 'city' }, ctx);
  return { city, jia, edu, town, yi, other };
}

export function analysisContract(engineName: string, open: OpenTestDatabase): void {
  const withDb = (fn: (t: TestDatabase) => Promise<void>) => async () => {
    const t = await open();
    try {
      await fn(t);
    } finally {
      await t.close();
    }
  };

  describe(`analysis queries: ${engineName}`, () => {
    it(
      'reads one year of a subtree: every agency, the newest matched report of each, its newest version',
      withDb(async ({ db }) => {
        const a = await seed(db);
        const next = rng(1);
        const r = (year: number) => ({ ...consistentReport('2021', year, next), publishedAt: `${year + 1}-02-10` });
        const jiaOld = await store(db, r(2024), a.jia.id);
        const jiaNew = await store(db, r(2024), a.jia.id); // supersedes jiaOld
        const edu = await store(db, r(2024), a.edu.id);
        await store(db, r(2023), a.yi.id); // another year
        await store(db, r(2024), a.other.id); // another subtree
        await store(db, r(2024), null); // unmatched: nobody's
        const corrected = await correctReport(db, { reportId: edu.id, expectedVersion: 1, changes: [{ path: 'table3.newReceived.naturalPerson', value: 99 }], reason: '测试' }, ctx);

        const y = await loadSubtreeYear(db, a.city.id, 2024);
        // Tree order, siblings by pinyin: 甲 (jiǎ) before 乙 (yǐ), 甲县教育局 (jiǎ) before 某镇 (mǒu).
        expect(y.agencies.map((x) => [x.name, x.depth, x.level])).toEqual([
          ['示范市', 0, 'city'],
          ['甲县', 1, 'county'],
          ['甲县教育局', 2, 'department'],
          ['某镇', 2, 'township'],
          ['乙县', 1, 'county'],
        ]);
        expect(y.reports.map((x) => [x.agencyId, x.reportId, x.version, x.reportsThatYear])).toEqual([
          [a.jia.id, jiaNew.id, 1, 2],
          [a.edu.id, edu.id, 2, 1],
        ]);
        expect(jiaOld.id).toBeLessThan(jiaNew.id);
        const eduFigures = y.reports.find((x) => x.agencyId === a.edu.id)!.figures;
        expect(figure(eduFigures, 'table3.newReceived.naturalPerson')).toBe(99);
        expect(eduFigures).toMatchObject({ format: '2021', year: 2024, publishedAt: '2025-02-10' });
        // Every Table-3 and Table-4 cell comes back as stored.
        for (const spec of cellSpecs('2021').filter((s) => s.table !== 'table2')) {
          expect(figure(eduFigures, spec.path), spec.path).toBe(getCell(corrected.version.model, spec.path));
        }
        expect(y.reports[0]).toMatchObject({ errors: 0, warnings: 0, errorRules: [] });
      }),
    );

    it(
      'keeps blanks blank and reads the publication date as null when the report has none',
      withDb(async ({ db }) => {
        const a = await seed(db);
        const report = { ...consistentReport('2019', 2020, rng(2), { 'table4.reconsideration.pending': null }), publishedAt: null };
        await store(db, report, a.yi.id);
        const y = await loadSubtreeYear(db, a.yi.id, 2020);
        expect(y.agencies.map((x) => x.name)).toEqual(['乙县']);
        expect(figure(y.reports[0]!.figures, 'table4.reconsideration.pending')).toBeNull();
        expect(y.reports[0]!.figures.publishedAt).toBeNull();
        expect(figure(y.reports[0]!.figures, 'table3.otherHandling.total.total')).toBe(getCell(report, 'table3.otherHandling.total.total'));
      }),
    );

    it(
      'says NOT_FOUND for an agency that does not exist',
      withDb(async ({ db }) => {
        const e = await loadSubtreeYear(db, 4242, 2024).catch((x: unknown) => x);
        expect(isGongkaiError(e) && e.code).toBe('NOT_FOUND');
      }),
    );

    it(
      'rolls a region up from the stored reports (sums computed here from the models)',
      withDb(async ({ db }) => {
        const a = await seed(db);
        const next = rng(3);
        const models = [consistentReport('2021', 2024, next), consistentReport('2021', 2024, next), consistentReport('2021', 2024, next)];
        await store(db, models[0]!, a.jia.id);
        await store(db, models[1]!, a.edu.id);
        await store(db, models[2]!, a.yi.id);
        await store(db, consistentReport('2021', 2024, next), a.other.id);
        const out = await analyseRegionYear(db, a.city.id, 2024);
        expect(out.region.name).toBe('示范市');
        const part = out.rollup.parts[0]!;
        for (const path of ['table3.newReceived.total', 'table3.granted.commercial', 'table4.litigationDirect.total']) {
          expect(getCell(part.report, path), path).toBe(models.reduce((s, m) => s + getCell(m, path)!, 0));
        }
        expect(out.status.missing.map((r) => r.agency.name)).toEqual(['示范市', '某镇']);
        expect(out.status.rows).toHaveLength(5);
      }),
    );

    it(
      'an agency’s years: the current report of each year, Table 2 included; and the previous year',
      withDb(async ({ db }) => {
        const a = await seed(db);
        const next = rng(4);
        const old = await store(db, consistentReport('2019', 2020, next), a.jia.id);
        await store(db, consistentReport('2021', 2022, next, { 'table2.licensing.decisions': 7 }), a.jia.id);
        const newer = await store(db, consistentReport('2021', 2022, next, { 'table2.licensing.decisions': 8 }), a.jia.id);
        const unmatched = await store(db, consistentReport('2021', 2023, next), null);
        const years = await loadAgencyYears(db, a.jia.id);
        expect(years.map((y) => [y.year, y.reportId, y.figures.format])).toEqual([
          [2020, old.id, '2019'],
          [2022, newer.id, '2021'],
        ]);
        expect(figure(years[1]!.figures, 'table2.licensing.decisions')).toBe(8);
        expect(await findCurrentReportId(db, a.jia.id, 2022)).toBe(newer.id);
        expect(await findCurrentReportId(db, a.jia.id, 2021)).toBeUndefined();
        expect((await findCurrentVersion(db, a.jia.id, 2020))?.reportId).toBe(old.id);
        expect(await listSubtreeYears(db, a.city.id)).toEqual([2022, 2020]);
        // Assigning the unmatched report brings its year in.
        await assignAgency(db, { reportId: unmatched.id, agencyId: a.edu.id }, ctx);
        expect(await listSubtreeYears(db, a.city.id)).toEqual([2023, 2022, 2020]);
        expect(await listSubtreeYears(db, a.other.id)).toEqual([]);
      }),
    );
    it(
      'writes the figures with each version, fills missing ones, recomputes those of another layout, and sums error findings',
      withDb(async ({ db }) => {
        const a = await seed(db);
        const model = consistentReport('2021', 2024, rng(6));
        const withErrors = {
          ...model,
          findings: [
            { rule: 'R1', severity: 'error' as const, message: { zh: 'x', en: 'x' }, paths: [] },
            { rule: 'R1', severity: 'error' as const, message: { zh: 'y', en: 'y' }, paths: [] },
            { rule: 'R6', severity: 'error' as const, message: { zh: 'z', en: 'z' }, paths: [] },
            { rule: 'W5', severity: 'warning' as const, message: { zh: 'w', en: 'w' }, paths: [] },
          ],
        };
        const stored = await store(db, withErrors, a.yi.id);
        const rows = () => db.selectFrom('report_figures').select(['report_id', 'version', 'layout']).execute();
        // Written in the import's transaction: no analysis has run yet.
        expect(await rows()).toEqual([{ report_id: stored.id, version: 1, layout: FIGURES_LAYOUT }]);
        // A database from before that (no row) gets it on first use.
        await db.deleteFrom('report_figures').execute();
        expect(await rows()).toEqual([]);
        const first = await loadSubtreeYear(db, a.city.id, 2024);
        expect(first.reports[0]).toMatchObject({ reportId: stored.id, errors: 3, warnings: 1, errorRules: ['R1', 'R6'] });
        expect(await rows()).toEqual([{ report_id: stored.id, version: 1, layout: FIGURES_LAYOUT }]);
        // Stored figures are read, not recomputed: a planted value shows.
        const cells = JSON.parse((await db.selectFrom('report_figures').select('cells').executeTakeFirstOrThrow()).cells) as number[];
        const i = cellSpecs('2021').findIndex((s) => s.path === 'table3.newReceived.total');
        cells[i] = 12345;
        await db.updateTable('report_figures').set({ cells: JSON.stringify(cells) }).execute();
        expect(figure((await loadSubtreeYear(db, a.city.id, 2024)).reports[0]!.figures, 'table3.newReceived.total')).toBe(12345);
        // Another layout: recomputed from the model and replaced.
        await db.updateTable('report_figures').set({ layout: 'cells/0' }).execute();
        const again = await loadSubtreeYear(db, a.city.id, 2024);
        expect(figure(again.reports[0]!.figures, 'table3.newReceived.total')).toBe(getCell(model, 'table3.newReceived.total'));
        expect(await rows()).toEqual([{ report_id: stored.id, version: 1, layout: FIGURES_LAYOUT }]);
        // A correction is a new version with figures of its own, written with it.
        await correctReport(db, { reportId: stored.id, expectedVersion: 1, changes: [{ path: 'table3.newReceived.total', value: 7 }], reason: '测试' }, ctx);
        expect((await rows()).map((r) => r.version).sort()).toEqual([1, 2]);
        expect(figure((await loadSubtreeYear(db, a.city.id, 2024)).reports[0]!.figures, 'table3.newReceived.total')).toBe(7);
        expect((await rows()).map((r) => r.version).sort()).toEqual([1, 2]);
      }),
    );
  });
}
