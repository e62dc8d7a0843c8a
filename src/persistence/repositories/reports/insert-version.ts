/**
 * @module Writing one row of `report_versions`: the single place where a parse, a re-parse, a
 * correction or a generation becomes a stored version, with its `report_figures` row.
 */
import type { Transaction } from 'kysely';
import type { AnnualReport } from '../../../domain/annual-report/report.js';
import type { Database } from '../../database.js';
import type { VersionKind } from '../../tables/report-versions.table.js';
import { writeFigures } from '../analysis/report-figures.js';

export interface NewVersion {
  readonly reportId: number;
  readonly version: number;
  readonly kind: VersionKind;
  readonly parserVersion: string;
  /** The canonical model and its findings, already encoded with `encodeJson` (so a model that cannot be stored fails before any write). */
  readonly model: string;
  readonly findings: string;
  /** The same model, decoded: its figures for the analyses are written beside it (ADR 0044). */
  readonly report: AnnualReport;
  readonly at: string;
  readonly actor: string;
}

export async function insertVersion(trx: Transaction<Database>, v: NewVersion): Promise<void> {
  await trx
    .insertInto('report_versions')
    .values({
      report_id: v.reportId,
      version: v.version,
      kind: v.kind,
      parser_version: v.parserVersion,
      model: v.model,
      findings: v.findings,
      created_at: v.at,
      created_by: v.actor,
    })
    .execute();
  await writeFigures(trx, { reportId: v.reportId, version: v.version, year: v.report.year }, v.report);
}
