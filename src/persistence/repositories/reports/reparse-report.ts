/**
 * @module Reading a stored original again with a newer parser: a new version
 * (kind `reparse`) is added; earlier versions, corrections included, stay as
 * they were. The report row takes year, format and agency name from the new
 * reading; a report still in the unmatched queue is matched again.
 *
 * Idempotent: when the newest version already holds exactly this reading from
 * the same parser version, nothing is added.
 */
import type { AnnualReport } from '../../../domain/annual-report/report.js';
import type { AgencyMatcher } from '../../../domain/agency/match-agency.js';
import type { ChangeContext, Executor } from '../../database.js';
import { encodeJson } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { writeAudit } from '../audit/write-audit.js';
import { loadAgencyMatcher } from '../agencies/agency-queries.js';
import { bumpVersion, versionConflict } from './bump-version.js';
import { getReport, getReportVersion } from './report-queries.js';
import { reportFromRow, type ReportVersion, type StoredReport } from './report-row.js';
import { sameJson } from './same-json.js';
import { insertVersion } from './insert-version.js';

export interface ReparseReportInput {
  readonly reportId: number;
  readonly report: AnnualReport;
  readonly parserVersion: string;
  /** When given, refuse (CONFLICT) if the report has moved past this version. */
  readonly expectedVersion?: number;
  readonly matcher?: AgencyMatcher;
}

export interface ReparseReportResult {
  readonly report: StoredReport;
  readonly version: ReportVersion;
  /** False when the reading was the same as the newest version's: nothing was added. */
  readonly changed: boolean;
}

export async function reparseReport(db: Executor, input: ReparseReportInput, ctx: ChangeContext): Promise<ReparseReportResult> {
  const model = encodeJson(input.report);
  const findings = encodeJson(input.report.findings);
  return inTransaction(db, async (trx) => {
    const current = await getReport(trx, input.reportId);
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
      throw versionConflict(current.id, input.expectedVersion, current.version);
    }
    const newest = await getReportVersion(trx, current.id, current.version);
    if (newest.kind !== 'correction' && newest.parserVersion === input.parserVersion && sameJson(newest.model, JSON.parse(model))) {
      return { report: current, version: newest, changed: false };
    }
    const at = changedAt(ctx);
    const { after: bumped } = await bumpVersion(trx, current.id, current.version, at);
    let agencyId = current.agencyId;
    if (current.status === 'unmatched') {
      const match = (input.matcher ?? (await loadAgencyMatcher(trx)))(input.report.agency);
      if (match.status === 'matched') agencyId = match.agencyId;
    }
    const row = await trx
      .updateTable('reports')
      .set({
        agency_id: agencyId,
        status: agencyId === null ? 'unmatched' : 'matched',
        agency_name: input.report.agency,
        year: input.report.year,
        format: input.report.format,
      })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await insertVersion(trx, { reportId: current.id, version: bumped.version, kind: 'reparse', parserVersion: input.parserVersion, model, findings, report: input.report, at, actor: ctx.actor });
    const report = reportFromRow(row);
    await writeAudit(
      trx,
      {
        action: 'report.reparse',
        entity: 'report',
        entityId: current.id,
        before: { version: current.version, parserVersion: newest.parserVersion, agencyId: current.agencyId, year: current.year, format: current.format },
        after: { version: report.version, parserVersion: input.parserVersion, agencyId: report.agencyId, year: report.year, format: report.format },
      },
      ctx,
    );
    const version: ReportVersion = {
      reportId: current.id,
      version: report.version,
      kind: 'reparse',
      parserVersion: input.parserVersion,
      model: input.report,
      findings: input.report.findings,
      createdAt: new Date(at),
      createdBy: ctx.actor,
    };
    return { report, version, changed: true };
  });
}
