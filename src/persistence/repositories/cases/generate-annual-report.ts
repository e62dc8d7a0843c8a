/**
 * @module The annual report from live data (`generateAnnualReport`): Tables 3
 * and 4 computed by the database from the cases and the review register,
 * Table 2 from the clerk's entries, the six sections drafted with the figures
 * (`draftReportSections`), checked by the rules — and stored as a report of the
 * agency and year: the first generation creates the report (its "original" is
 * the generated JSON), each later one that differs adds a version of kind
 * `generated`; the parser-version column names the generator. Generating again
 * from unchanged data adds nothing.
 *
 * `regionApplicationReport` sums the agencies of a subtree (not stored).
 */
import type { AnnualReport, CellValue } from '../../../domain/annual-report/report.js';
import { buildReport } from '../../../domain/annual-report/report.js';
import { cellSpecs, expectedFormatForYear } from '../../../domain/annual-report/formats/index.js';
import { checkReport } from '../../../domain/annual-report/rules/index.js';
import { draftReportSections } from '../../../domain/cases/report-narrative.js';
import { sumApplicationTables } from '../../../domain/cases/sum-application-tables.js';
import { table3FromCounts, table4FromCounts } from '../../../domain/cases/table-counts.js';
import { PARSER_VERSION } from '../../../ingest/parser-version.js';
import type { ChangeContext, Executor } from '../../database.js';
import { encodeJson } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { writeAudit } from '../audit/write-audit.js';
import { getAgency, getSubtree } from '../agencies/agency-queries.js';
import { putFile } from '../files/put-file.js';
import { bumpVersion } from '../reports/bump-version.js';
import { insertVersion } from '../reports/insert-version.js';
import { findReportByFile, getReportVersion } from '../reports/report-queries.js';
import { reportFromRow, type ReportVersion, type StoredReport } from '../reports/report-row.js';
import { sameJson } from '../reports/same-json.js';
import { answerFigures, applicationTables, feeFigures, table3Counts, table4Counts } from './application-tables.js';
import { getTable2Entries } from './table2-entries.js';

/** What the parser-version column of a generated version says. */
export const GENERATOR_VERSION = `${PARSER_VERSION} generate`;

export interface GenerateReportInput {
  readonly agencyId: number;
  readonly year: number;
}

export interface GenerateReportResult {
  readonly report: StoredReport;
  readonly version: ReportVersion;
  /** The generated report, findings included. */
  readonly model: AnnualReport;
  /** False when the newest stored version already was this report: nothing was added. */
  readonly created: boolean;
}

/** The report as generated from the database, not stored. */
export async function buildAnnualReport(db: Executor, input: GenerateReportInput): Promise<AnnualReport> {
  const agency = await getAgency(db, input.agencyId);
  const { format, table3, table4 } = await applicationTables(db, input);
  const scope = { agencyIds: [agency.id], year: input.year };
  const entries = await getTable2Entries(db, agency.id, input.year);
  const cells = new Map<string, CellValue>([...table3, ...table4]);
  for (const spec of cellSpecs(format)) if (spec.table === 'table2') cells.set(spec.path, entries.get(spec.path) ?? null);
  const answered = (await answerFigures(db, scope)).get(agency.id) ?? { count: 0, late: 0, medianWorkdays: null };
  const fees = (await feeFigures(db, scope)).get(agency.id) ?? { count: 0, yuan: 0 };
  const sections = draftReportSections({ agency: agency.name, year: input.year, format, cells, fees, answered });
  const report = buildReport({ format, year: input.year, agency: agency.name, title: `${agency.name}${input.year}年政府信息公开工作年度报告`, sections, cells });
  return { ...report, findings: checkReport(report) };
}

/** The agency's generated report of the year: the first report whose version 1 was generated. */
async function findGenerated(db: Executor, agencyId: number, year: number): Promise<StoredReport | undefined> {
  const row = await db
    .selectFrom('reports')
    .innerJoin('report_versions as v', (j) => j.onRef('v.report_id', '=', 'reports.id').on('v.version', '=', 1))
    .selectAll('reports')
    .where('reports.agency_id', '=', agencyId)
    .where('reports.year', '=', year)
    .where('v.kind', '=', 'generated')
    .orderBy('reports.id')
    .executeTakeFirst();
  return row ? reportFromRow(row) : undefined;
}

export async function storeGeneratedReport(db: Executor, input: { readonly agencyId: number; readonly model: AnnualReport }, ctx: ChangeContext): Promise<Omit<GenerateReportResult, 'model'>> {
  const year = input.model.year;
  if (year === null) throw new TypeError('a generated report has a year');
  const model = encodeJson(input.model);
  const findings = encodeJson(input.model.findings);
  return inTransaction(db, async (trx) => {
    const at = changedAt(ctx);
    let target = await findGenerated(trx, input.agencyId, year);
    let file: { sha256: string } | null = null;
    if (!target) {
      // The first generation: its JSON is the report's original.
      file = await putFile(trx, new TextEncoder().encode(`${JSON.stringify(input.model, null, 2)}\n`), ctx);
      target = await findReportByFile(trx, file.sha256);
    }
    if (target) {
      const newest = await getReportVersion(trx, target.id, target.version);
      if (newest.kind === 'generated' && sameJson(newest.model, JSON.parse(model))) return { report: target, version: newest, created: false };
      const { after } = await bumpVersion(trx, target.id, target.version, at);
      const row = await trx
        .updateTable('reports')
        .set({ agency_id: input.agencyId, status: 'matched', agency_name: input.model.agency, year, format: input.model.format })
        .where('id', '=', target.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await insertVersion(trx, { reportId: target.id, version: after.version, kind: 'generated', parserVersion: GENERATOR_VERSION, model, findings, report: input.model, at, actor: ctx.actor });
      await writeAudit(trx, { action: 'report.generate', entity: 'report', entityId: target.id, before: { version: target.version }, after: { version: after.version, agencyId: input.agencyId, year } }, ctx);
      return { report: reportFromRow(row), version: await getReportVersion(trx, target.id, after.version), created: true };
    }
    const row = await trx
      .insertInto('reports')
      .values({
        file_sha256: file!.sha256,
        agency_id: input.agencyId,
        status: 'matched',
        agency_name: input.model.agency,
        year,
        format: input.model.format,
        source_name: `${input.model.agency ?? ''}${year}年度报告（由依申请公开案件生成）`,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await insertVersion(trx, { reportId: row.id, version: 1, kind: 'generated', parserVersion: GENERATOR_VERSION, model, findings, report: input.model, at, actor: ctx.actor });
    await writeAudit(trx, { action: 'report.generate', entity: 'report', entityId: row.id, after: { version: 1, agencyId: input.agencyId, year } }, ctx);
    return { report: reportFromRow(row), version: await getReportVersion(trx, row.id, 1), created: true };
  });
}

/** Generates the agency's report of the year and stores it (a new version when it changed). */
export async function generateAnnualReport(db: Executor, input: GenerateReportInput, ctx: ChangeContext): Promise<GenerateReportResult> {
  const model = await buildAnnualReport(db, input);
  const stored = await storeGeneratedReport(db, { agencyId: input.agencyId, model }, ctx);
  return { ...stored, model };
}

/** Tables 3 and 4 of a region: the sum over the agency and every agency below it (not stored). */
export async function regionApplicationReport(db: Executor, input: GenerateReportInput): Promise<AnnualReport> {
  const nodes = await getSubtree(db, input.agencyId);
  const format = expectedFormatForYear(input.year);
  const scope = { agencyIds: nodes.map((n) => n.id), year: input.year };
  const t3 = await table3Counts(db, scope);
  const t4 = await table4Counts(db, scope);
  const members = nodes.map((n) =>
    buildReport({ format, year: input.year, agency: n.name, cells: new Map([...table3FromCounts(t3.get(n.id) ?? [], format), ...table4FromCounts(t4.get(n.id) ?? [])]) }),
  );
  const sum = sumApplicationTables(members, { format, year: input.year, agency: nodes[0]!.name });
  return { ...sum, title: `${nodes[0]!.name}${input.year}年依申请公开情况汇总（含下级机关 ${nodes.length - 1} 个）`, findings: checkReport(sum) };
}
