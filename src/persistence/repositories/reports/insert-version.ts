/**
 * @module Writing one row of `report_versions`: the single place where a parse, a re-parse or a
 * correction becomes a stored version.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { VersionKind } from '../../tables/report-versions.table.js';

export interface NewVersion {
  readonly reportId: number;
  readonly version: number;
  readonly kind: VersionKind;
  readonly parserVersion: string;
  /** The canonical model and its findings, already encoded with `encodeJson` (so a model that cannot be stored fails before any write). */
  readonly model: string;
  readonly findings: string;
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
}
