/**
 * A report generated from stored cases goes out through every renderer and
 * comes back through the readers with the same values: generate (SQLite) →
 * render HTML, DOCX, XLSX, Markdown, JSON, CSV → `parseReport` → the same
 * format, year, agency and every template cell, and the drafted text read back
 * still agrees with the tables (W5) and states the fee (W6).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellSpecs } from '../src/domain/annual-report/formats/index.js';
import { getCell, type AnnualReport } from '../src/domain/annual-report/report.js';
import { checkReport } from '../src/domain/annual-report/rules/index.js';
import { addDays, type IsoDate } from '../src/domain/calendar/iso-date.js';
import { walk } from '../src/domain/cases/random-histories.test-util.js';
import { APPLICANT_KINDS } from '../src/domain/cases/applicant.js';
import { INCOMING_CHANNELS } from '../src/domain/cases/application.js';
import { parseReport } from '../src/ingest/parse.js';
import { RENDERER_IDS, renderReport } from '../src/render/index.js';
import { openDatabase, type OpenedDatabase } from '../src/persistence/open-database.js';
import { appendEvent, createAgency, createApplication, createReviewEntry, generateAnnualReport, setTable2Entries } from '../src/persistence/index.js';
import { ctx as domainCtx } from '../src/domain/cases/example-cases.test-util.js';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-generated-'));
const ctx = { actor: 'test:generated' };
let opened: OpenedDatabase;
let agencyId: number;

beforeAll(async () => {
  opened = await openDatabase({ engine: 'sqlite', file: join(dir, 'g.sqlite') });
  const { db } = opened;
  agencyId = (await createAgency(db, { name: '兴和县人民政府', level: 'county' }, ctx)).id;
  // Eighty varied histories from 2019 to 2026 (a fixed walk, so the test is the same every time).
  for (let i = 0; i < 80; i++) {
    const { events } = walk({
      start: addDays('2019-06-03' as IsoDate, (i * 97) % 2600),
      kind: APPLICANT_KINDS[i % APPLICANT_KINDS.length]!,
      channel: INCOMING_CHANNELS[i % INCOMING_CHANNELS.length]!,
      agencyId: 1,
      steps: Array.from({ length: 10 }, (_, j) => ({ pick: (i * 7919 + j * 104729) % 1000, gap: (i + j * 3) % 19 })),
    });
    const first = events[0]!;
    if (first.type !== 'register') throw new Error('histories start with a registration');
    const { case: c } = await createApplication(db, { agencyId, application: first.application, receipt: first.receipt, registeredOn: first.on }, ctx, { calendar: domainCtx.calendar });
    for (let k = 1; k < events.length; k++) await appendEvent(db, { caseId: c.id, expectedSeq: k, event: events[k]! }, ctx, { calendar: domainCtx.calendar });
  }
  for (const [kind, filed, result] of [
    ['reconsideration', '2020-03-02', { outcome: 'corrected', decidedOn: '2020-06-01' }],
    ['reconsideration', '2024-03-02', { outcome: 'upheld', decidedOn: '2024-05-06' }],
    ['litigationDirect', '2024-07-01', null],
    ['litigationAfterReconsideration', '2024-06-01', { outcome: 'other', decidedOn: '2024-11-11' }],
  ] as const) {
    await createReviewEntry(db, { agencyId, kind, filedOn: filed as IsoDate, result: result && { outcome: result.outcome, decidedOn: result.decidedOn as IsoDate }, reference: `${kind}-${filed}` }, ctx);
  }
  await setTable2Entries(db, { agencyId, year: 2024, values: { 'table2.regulations.issued': 0, 'table2.normativeDocs.issued': 5, 'table2.normativeDocs.inForce': 4, 'table2.licensing.decisions': 13704, 'table2.penalty.decisions': 486, 'table2.adminFees.amountWan': 88.78248 } }, ctx);
  await setTable2Entries(db, { agencyId, year: 2020, values: { 'table2.licensing.prevYearItems': 120, 'table2.licensing.yearChange': -3, 'table2.centralProcurement.amount': 63744431.4 } }, ctx);
}, 120_000);

afterAll(async () => {
  await opened?.close();
  rmSync(dir, { recursive: true, force: true });
});

function differences(expected: AnnualReport, actual: AnnualReport): string[] {
  return cellSpecs(expected.format)
    .filter((s) => getCell(expected, s.path) !== getCell(actual, s.path))
    .map((s) => `${s.path}: expected ${getCell(expected, s.path)}, got ${getCell(actual, s.path)}`);
}

describe('generated reports through every renderer and back', () => {
  for (const year of [2024, 2020]) {
    it(`reads back the same cells from every output format (${year})`, async () => {
      const { model } = await generateAnnualReport(opened.db, { agencyId, year }, ctx);
      expect(getCell(model, 'table3.newReceived.total')! + getCell(model, 'table3.carriedOver.total')!).toBeGreaterThan(0);
      expect(model.findings.filter((f) => f.severity === 'error')).toEqual([]);
      for (const id of RENDERER_IDS) {
        const { report } = await parseReport(await renderReport(model, id));
        expect([report.format, report.year, report.agency], id).toEqual([model.format, year, '兴和县人民政府']);
        expect(differences(model, report), id).toEqual([]);
        // The text read back still agrees with the tables and, from 2021, states the fee.
        expect(checkReport(report).filter((f) => f.rule === 'W5' || f.rule === 'W6'), id).toEqual([]);
        expect(report.sections.overview ?? '', id).toContain(`共收到政府信息公开申请${getCell(model, 'table3.newReceived.total')}件`);
      }
    }, 60_000);
  }
});
