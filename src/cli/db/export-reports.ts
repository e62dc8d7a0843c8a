/**
 * @module The work of `gongkai export reports`: every stored report's newest
 * version to standard output, paged through the database so memory stays flat.
 */
import { canonicalReport } from '../../render/json/index.js';
import { CSV_BOM, csvLine, guardText } from '../../render/csv/long-form.js';
import { listAgencies } from '../../persistence/repositories/agencies/agency-queries.js';
import { listReportsWithModel, type ReportWithModel } from '../../persistence/repositories/reports/report-queries.js';
import { EXIT } from '../errors.js';
import { stdoutWriter } from '../stdout-writer.js';
import type { DbOption } from './db-option.js';
import { withCliDatabase } from './open-cli-database.js';
import type { ExportFormat } from '../commands/export.js';

const CSV_COLUMNS = [
  'id', 'agency_id', 'agency', 'report_agency', 'status', 'year', 'format', 'version', 'version_kind',
  'errors', 'warnings', 'file_sha256', 'source_name', 'created_at',
] as const;

function ndjsonLine({ report: r, current: v }: ReportWithModel, agencyName: string | null): string {
  return `${JSON.stringify({
    id: r.id,
    agencyId: r.agencyId,
    agency: agencyName,
    status: r.status,
    year: r.year,
    format: r.format,
    version: r.version,
    versionKind: v.kind,
    parserVersion: v.parserVersion,
    fileSha256: r.fileSha256,
    sourceName: r.sourceName,
    createdAt: r.createdAt.toISOString(),
    report: canonicalReport(v.model),
  })}\n`;
}

function csvRow({ report: r, current: v }: ReportWithModel, agencyName: string | null): string {
  const count = (sev: string) => String(v.findings.filter((f) => f.severity === sev).length);
  return csvLine([
    String(r.id), r.agencyId === null ? '' : String(r.agencyId), guardText(agencyName ?? ''), guardText(r.agencyName ?? ''),
    r.status, r.year === null ? '' : String(r.year), r.format, String(r.version), v.kind,
    count('error'), count('warning'), r.fileSha256, guardText(r.sourceName ?? ''), r.createdAt.toISOString(),
  ]);
}

export async function exportReports(format: ExportFormat, opts: DbOption): Promise<number> {
  await withCliDatabase(opts, async ({ db }) => {
    const names = new Map((await listAgencies(db)).map((a) => [a.id, a.name]));
    const out = stdoutWriter();
    if (format === 'csv' && !(await out.write(CSV_BOM + csvLine(CSV_COLUMNS)))) return;
    let afterId: number | undefined;
    for (;;) {
      const page = await listReportsWithModel(db, afterId === undefined ? { limit: 200 } : { afterId, limit: 200 });
      if (page.length === 0) break;
      let chunk = '';
      for (const item of page) {
        const name = item.report.agencyId === null ? null : (names.get(item.report.agencyId) ?? null);
        chunk += format === 'csv' ? csvRow(item, name) : ndjsonLine(item, name);
      }
      if (!(await out.write(chunk))) return;
      afterId = page[page.length - 1]!.report.id;
    }
  });
  return EXIT.ok;
}
