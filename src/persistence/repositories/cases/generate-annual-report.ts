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
 * The sections may come from the caller instead (the clerk's edited draft):
 * only the text is theirs, every figure is still computed here, so R1–R4 hold
 * by construction and the narrative check (W5) compares their text with the
 * tables. `figuresDigest` names the figures the draft was made from; when
 * they have changed since, the call is refused with `CONFLICT`.
 *
 * `regionApplicationReport` sums the agencies of a subtree (not stored).
 */
import { createHash } from 'node:crypto';
import type { AnnualReport, CellValue } from '../../../domain/annual-report/report.js';
import { SECTIONS, type SectionKey } from '../../../domain/annual-report/sections.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
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
import { invalid } from '../errors.js';
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

export interface GenerateEditedReportInput extends GenerateReportInput {
  /** The six sections as the clerk edited them; absent: drafted from the figures (`draftReportSections`). */
  readonly sections?: Readonly<Record<SectionKey, string>>;
  /** `figuresDigest` of the draft the sections were written against: refused (`CONFLICT`) when the figures changed since. */
  readonly figuresDigest?: string;
}

/** Longest text of one section (characters). */
export const MAX_SECTION_CHARS = 20_000;

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

/** The newest stored version of the agency's generated report of the year, if any. */
export async function latestGeneratedReport(db: Executor, agencyId: number, year: number): Promise<{ readonly report: StoredReport; readonly version: ReportVersion } | undefined> {
  const report = await findGenerated(db, agencyId, year);
  return report ? { report, version: await getReportVersion(db, report.id, report.version) } : undefined;
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

/** The figures of a report (Tables 2–4) as one short string: equal digests, equal figures. */
export function figuresDigest(model: AnnualReport): string {
  return createHash('sha256').update(JSON.stringify([model.format, model.table2, model.table3, model.table4])).digest('hex').slice(0, 32);
}

function checkedSections(sections: Readonly<Record<SectionKey, string>>): Record<SectionKey, string> {
  const out = {} as Record<SectionKey, string>;
  for (const s of SECTIONS) {
    const text = sections[s.key];
    if (typeof text !== 'string') throw invalid(`缺少正文“${s.heading}”。`, `The section ${s.key} is missing.`);
    const clean = text.replace(/\r\n?/gu, '\n').replace(/[ \t]+$/gmu, '').trim();
    if (clean.length > MAX_SECTION_CHARS) throw invalid(`正文“${s.heading}”超过 ${MAX_SECTION_CHARS} 字。`, `The section ${s.key} is longer than ${MAX_SECTION_CHARS} characters.`);
    out[s.key] = clean;
  }
  return out;
}

/**
 * Generates the agency's report of the year and stores it (a new version when it changed): with the
 * drafted sections, or with the caller's (`sections`, checked against `figuresDigest`).
 */
export async function generateAnnualReport(db: Executor, input: GenerateEditedReportInput, ctx: ChangeContext): Promise<GenerateReportResult> {
  const sections = input.sections ? checkedSections(input.sections) : undefined;
  const drafted = await buildAnnualReport(db, input);
  if (input.figuresDigest !== undefined && input.figuresDigest !== figuresDigest(drafted)) {
    throw new GongkaiError('CONFLICT', {
      zh: '起草之后统计数据已有变化（案件、复议诉讼登记或表二），未保存。请核对更新后的表格和正文中的数字后再保存。',
      en: 'The figures changed after the draft was made (cases, the review register or Table 2); nothing was saved. Check the updated tables and the numbers in the text, then save again.',
    });
  }
  const model = sections ? withSections(drafted, sections) : drafted;
  const stored = await storeGeneratedReport(db, { agencyId: input.agencyId, model }, ctx);
  return { ...stored, model };
}

function withSections(report: AnnualReport, sections: Record<SectionKey, string>): AnnualReport {
  const edited = { ...report, sections };
  return { ...edited, findings: checkReport(edited) };
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
