/**
 * @module A person corrects cells of a report: a new version (kind `correction`),
 * one `corrections` row per changed cell (who, when, old, new, why) and an audit
 * row, in one transaction. The caller says which version they corrected; if the
 * report has moved on since, nothing is written and they get CONFLICT — two
 * people correcting at once: the second is told, nothing is silently overwritten.
 */
import { correctCells, type CellChange, type CellDiff } from '../../../domain/annual-report/correct-cells.js';
import type { AnnualReport } from '../../../domain/annual-report/report.js';
import type { ChangeContext, Executor } from '../../database.js';
import { encodeJson } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { invalid } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { bumpVersion } from './bump-version.js';
import { getReportVersion } from './report-queries.js';
import type { ReportVersion, StoredReport } from './report-row.js';
import { insertVersion } from './insert-version.js';

export interface CorrectReportInput {
  readonly reportId: number;
  /** The version the person was looking at. */
  readonly expectedVersion: number;
  readonly changes: readonly CellChange[];
  /** Why: required, shown in the audit trail. */
  readonly reason: string;
  /** The previous year's report, for the cross-year rules when findings are checked again. */
  readonly previous?: AnnualReport;
}

export interface CorrectReportResult {
  readonly report: StoredReport;
  readonly version: ReportVersion;
  readonly diffs: readonly CellDiff[];
}

export async function correctReport(db: Executor, input: CorrectReportInput, ctx: ChangeContext): Promise<CorrectReportResult> {
  const reason = input.reason.trim();
  if (!reason) throw invalid('请填写更正理由。', 'Give a reason for the correction.');
  return inTransaction(db, async (trx) => {
    const at = changedAt(ctx);
    const { after } = await bumpVersion(trx, input.reportId, input.expectedVersion, at);
    const base = await getReportVersion(trx, input.reportId, input.expectedVersion);
    const { report: model, diffs } = correctCells(base.model, input.changes, input.previous ? { previous: input.previous } : {});
    const version = after.version;
    await insertVersion(trx, {
      reportId: input.reportId,
      version,
      kind: 'correction',
      parserVersion: base.parserVersion,
      model: encodeJson(model),
      findings: encodeJson(model.findings),
      report: model,
      at,
      actor: ctx.actor,
    });
    await trx
      .insertInto('corrections')
      .values(
        diffs.map((d) => ({
          report_id: input.reportId,
          version,
          path: d.path,
          old_value: encodeJson(d.oldValue),
          new_value: encodeJson(d.newValue),
          reason,
          actor: ctx.actor,
          at,
        })),
      )
      .execute();
    await writeAudit(
      trx,
      {
        action: 'report.correct',
        entity: 'report',
        entityId: input.reportId,
        before: { version: input.expectedVersion, cells: Object.fromEntries(diffs.map((d) => [d.path, d.oldValue])) },
        after: { version, cells: Object.fromEntries(diffs.map((d) => [d.path, d.newValue])), reason },
      },
      ctx,
    );
    const stored: ReportVersion = {
      reportId: input.reportId,
      version,
      kind: 'correction',
      parserVersion: base.parserVersion,
      model,
      findings: model.findings,
      createdAt: new Date(at),
      createdBy: ctx.actor,
    };
    return { report: after, version: stored, diffs };
  });
}
