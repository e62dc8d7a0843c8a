/**
 * @module Importing a parsed report: the original file, the report row and
 * version 1 (kind `parse`) and the audit row, in ONE transaction — a failure
 * anywhere leaves nothing behind. Idempotent by the file's SHA-256: the same
 * bytes again return the stored report and add nothing.
 *
 * The agency is the one given, or else matched from the report's own `agency`
 * name (`matchAgency`); with no single match the report waits, `unmatched`.
 */
import type { AnnualReport } from '../../../domain/annual-report/report.js';
import type { AgencyMatch, AgencyMatcher } from '../../../domain/agency/match-agency.js';
import type { ChangeContext, Executor } from '../../database.js';
import { encodeJson } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { writeAudit } from '../audit/write-audit.js';
import { putFile } from '../files/put-file.js';
import { getAgency, loadAgencyMatcher } from '../agencies/agency-queries.js';
import { findReportByFile } from './report-queries.js';
import { reportAuditView, reportFromRow, type StoredReport } from './report-row.js';
import { insertVersion } from './insert-version.js';

export interface ImportReportInput {
  /** The original document, exactly as received. */
  readonly bytes: Uint8Array;
  /** The parsed and checked report (canonical form), findings included. */
  readonly report: AnnualReport;
  /** The parser that read it (`PARSER_VERSION`). */
  readonly parserVersion: string;
  /** The file name, for people. */
  readonly sourceName?: string | null;
  /** The agency, when the person uploading says so; otherwise it is matched. */
  readonly agencyId?: number | null;
  /** A matcher built once for many imports (`loadAgencyMatcher`); loaded when absent. */
  readonly matcher?: AgencyMatcher;
}

export interface ImportReportResult {
  readonly report: StoredReport;
  /** False when this file was already stored as a report: nothing was added. */
  readonly created: boolean;
  /** How the agency was found; null when it was given or the report already existed. */
  readonly match: AgencyMatch | null;
}

export async function importReport(db: Executor, input: ImportReportInput, ctx: ChangeContext): Promise<ImportReportResult> {
  // Serialise first: a model that cannot be stored fails before anything is written.
  const model = encodeJson(input.report);
  const findings = encodeJson(input.report.findings);
  return inTransaction(db, async (trx) => {
    const file = await putFile(trx, input.bytes, ctx);
    const existing = file.created ? undefined : await findReportByFile(trx, file.sha256);
    if (existing) return { report: existing, created: false, match: null };

    let agencyId: number | null = null;
    let match: AgencyMatch | null = null;
    if (input.agencyId !== undefined && input.agencyId !== null) {
      agencyId = (await getAgency(trx, input.agencyId)).id;
    } else {
      match = (input.matcher ?? (await loadAgencyMatcher(trx)))(input.report.agency);
      if (match.status === 'matched') agencyId = match.agencyId;
    }
    const at = changedAt(ctx);
    const row = await trx
      .insertInto('reports')
      .values({
        file_sha256: file.sha256,
        agency_id: agencyId,
        status: agencyId === null ? 'unmatched' : 'matched',
        agency_name: input.report.agency,
        year: input.report.year,
        format: input.report.format,
        source_name: input.sourceName ?? null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('file_sha256').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      // A concurrent import of the same bytes won; ours adds nothing.
      const winner = await findReportByFile(trx, file.sha256);
      if (winner) return { report: winner, created: false, match: null };
      throw new Error('report vanished after a conflicting insert');
    }
    await insertVersion(trx, { reportId: row.id, version: 1, kind: 'parse', parserVersion: input.parserVersion, model, findings, report: input.report, at, actor: ctx.actor });
    const report = reportFromRow(row);
    await writeAudit(
      trx,
      { action: 'report.import', entity: 'report', entityId: report.id, after: { ...reportAuditView(report), parserVersion: input.parserVersion, match } },
      ctx,
    );
    return { report, created: true, match };
  });
}
