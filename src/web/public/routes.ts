/**
 * @module The public site: the report list (首页), the report page and its
 * downloads. Reports not yet matched to an agency are 404 for anyone who may
 * not work on them — their existence is not disclosed.
 */
import { Hono } from 'hono';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { listAgencies, findAgency } from '../../persistence/repositories/agencies/agency-queries.js';
import { listReportYears } from '../../persistence/repositories/reports/report-years.js';
import { getFileContent, getFileInfo } from '../../persistence/repositories/files/file-queries.js';
import { findReport, getReportVersion, listCorrections, listReports } from '../../persistence/repositories/reports/report-queries.js';
import type { StoredReport } from '../../persistence/repositories/reports/report-row.js';
import { getRenderer, isRendererId } from '../../render/index.js';
import { canRead, canWrite, type Principal } from '../auth/principal.js';
import type { AppEnv, WebDeps } from '../context.js';
import { notFoundPage } from '../errors.js';
import { reportListPage } from '../views/report-list.js';
import { reportPage } from '../views/report-page.js';
import { loadOriginalText } from './original-text.js';
import { intParam } from '../params.js';
import { versionNow } from '../analysis/findings-now.js';

const PAGE_SIZE = 50;

/** The report, if this principal may read it; NOT_FOUND otherwise. */
export async function readableReport(deps: WebDeps, principal: Principal, idText: string): Promise<StoredReport> {
  const id = intParam(idText);
  const report = id === undefined ? undefined : await findReport(deps.db, id);
  if (!report || !canRead(principal, report)) throw notFoundPage();
  return report;
}

/** A file name for a download: the agency and year, safe for headers. */
export function downloadName(r: StoredReport, model: AnnualReport, ext: string): string {
  const base = `${model.agency ?? r.agencyName ?? 'report'}-${model.year ?? r.year ?? ''}-${r.id}`.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${base}.${ext}`;
}

export function contentDisposition(name: string): string {
  return `attachment; filename="report.${name.split('.').pop() ?? 'bin'}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function publicRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const year = intParam(c.req.query('year'));
    const agencyId = intParam(c.req.query('agency'));
    const after = intParam(c.req.query('after'));
    const filter = { ...(year !== undefined ? { year } : {}), ...(agencyId !== undefined ? { agencyId } : {}) };
    const rows = await listReports(deps.db, { ...filter, status: 'matched', ...(after !== undefined ? { afterId: after } : {}), limit: PAGE_SIZE + 1 });
    const reports = rows.slice(0, PAGE_SIZE);
    const agencies = await listAgencies(deps.db);
    const years = await listReportYears(deps.db, 'matched');
    return c.html(
      reportListPage({
        principal: c.get('principal'),
        reports,
        agencies,
        years,
        filter,
        nextAfter: rows.length > PAGE_SIZE ? (reports.at(-1)?.id ?? null) : null,
        isFirstPage: after === undefined,
      }),
    );
  });

  app.get('/reports/:id', async (c) => {
    const principal = c.get('principal');
    const report = await readableReport(deps, principal, c.req.param('id'));
    const current = await versionNow(deps.db, report, await getReportVersion(deps.db, report.id));
    const agency = report.agencyId !== null ? await findAgency(deps.db, report.agencyId) : undefined;
    const notice = c.req.query('corrected') !== undefined ? `更正已保存，现为第 ${report.version} 版。` : c.req.query('assigned') !== undefined ? '已指定机关。' : undefined;
    return c.html(
      reportPage({
        principal,
        report,
        current,
        agencyName: agency?.name ?? null,
        canCorrect: canWrite(principal, report),
        corrections: await listCorrections(deps.db, report.id),
        original: await loadOriginalText(deps.db, report.fileSha256),
        ...(notice ? { notice } : {}),
      }),
    );
  });

  app.get('/reports/:id/download/:format', async (c) => {
    const report = await readableReport(deps, c.get('principal'), c.req.param('id'));
    const format = c.req.param('format');
    if (!isRendererId(format)) throw notFoundPage();
    const current = await versionNow(deps.db, report, await getReportVersion(deps.db, report.id));
    const renderer = getRenderer(format);
    const bytes = await renderer.render(current.model, { findings: current.findings });
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': renderer.mediaType,
      'content-disposition': contentDisposition(downloadName(report, current.model, renderer.extension)),
      'x-content-type-options': 'nosniff',
    });
  });

  app.get('/reports/:id/original', async (c) => {
    const report = await readableReport(deps, c.get('principal'), c.req.param('id'));
    const [info, bytes] = [await getFileInfo(deps.db, report.fileSha256), await getFileContent(deps.db, report.fileSha256)];
    if (!info || !bytes) throw notFoundPage();
    const name = report.sourceName ?? `original-${report.id}`;
    // Always a download, never rendered here: an original web page may carry scripts.
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/octet-stream',
      'content-disposition': contentDisposition(name),
      'x-content-type-options': 'nosniff',
      'x-original-media-type': info.mediaType,
    });
  });

  return app;
}
