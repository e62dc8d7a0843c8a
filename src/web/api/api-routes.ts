/**
 * @module The JSON API under `/api`. Reads follow the same visibility as the
 * pages; `POST /api/reports` needs an API token (`Authorization: Bearer`) or a
 * session plus the `X-CSRF-Token` header. Errors are
 * `{error:{code,message:{zh,en}}}` with the status of `web/errors.ts`.
 */
import { Hono } from 'hono';
import { GongkaiError } from '../../domain/shared/errors.js';
import { listAgencies } from '../../persistence/repositories/agencies/agency-queries.js';
import { getReportVersion, listReports } from '../../persistence/repositories/reports/report-queries.js';
import { reportToJson } from '../../render/json/canonical.js';
import { canAssign, isStaff } from '../auth/principal.js';
import type { AppEnv, WebDeps } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';
import { field, files, readForm } from '../form.js';
import { intParam } from '../params.js';
import { readableReport } from '../public/routes.js';
import { versionNow } from '../analysis/findings-now.js';
import { storeUpload, storedOutcome } from '../upload/store-upload.js';
import { OPENAPI_DOCUMENT } from './openapi.js';
import { correctionRoutes } from './correction-routes.js';
import { agencyApiRoutes, agencyJson } from './agency-api-routes.js';
import { reportSummary } from './report-summary.js';
import { caseApiRoutes } from './case-api.js';
import { table2ApiRoutes } from './table2-api.js';

export { reportSummary } from './report-summary.js';

function invalid(zh: string, en: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', { zh, en });
}

export function apiRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/openapi.json', (c) => c.json(OPENAPI_DOCUMENT));
  app.route('/', correctionRoutes(deps));
  app.route('/', agencyApiRoutes(deps));
  app.route('/', caseApiRoutes(deps));
  app.route('/', table2ApiRoutes(deps));

  app.get('/agencies', async (c) => {
    const agencies = await listAgencies(deps.db);
    return c.json({ agencies: agencies.map(agencyJson) });
  });

  app.get('/reports', async (c) => {
    const p = c.get('principal');
    const q = (k: string) => c.req.query(k);
    const year = intParam(q('year'));
    const agencyId = intParam(q('agency'));
    const after = intParam(q('after'));
    const limit = Math.min(intParam(q('limit')) ?? 100, 500);
    const status = q('status') ?? 'matched';
    if (status !== 'matched' && status !== 'unmatched') throw invalid('status 只能是 matched 或 unmatched。', 'status must be matched or unmatched.');
    if (status === 'unmatched' && !canAssign(p)) throw p.kind === 'user' ? forbidden() : unauthenticated();
    const rows = await listReports(deps.db, {
      status,
      ...(year !== undefined ? { year } : {}),
      ...(agencyId !== undefined ? { agencyId } : {}),
      ...(after !== undefined ? { afterId: after } : {}),
      limit: limit + 1,
    });
    const reports = rows.slice(0, limit);
    return c.json({ reports: reports.map(reportSummary), next: rows.length > limit ? (reports.at(-1)?.id ?? null) : null });
  });

  app.get('/reports/:id', async (c) => {
    const report = await readableReport(deps, c.get('principal'), c.req.param('id'));
    // Findings as of now: the cross-year checks (W1–W3) against last year's report in the repository.
    const current = await versionNow(deps.db, report, await getReportVersion(deps.db, report.id));
    // The canonical document (`gongkai.report/1`) in the contract's key order, findings included.
    return c.body(reportToJson(current.model), 200, {
      'content-type': 'application/json; charset=utf-8',
      'x-report-version': String(report.version),
      'x-report-status': report.status,
    });
  });

  app.post('/reports', async (c) => {
    const p = c.get('principal');
    if (!isStaff(p)) throw unauthenticated();
    const type = c.req.header('content-type') ?? '';
    if (!/^multipart\/form-data/i.test(type)) {
      throw new GongkaiError('INPUT_UNSUPPORTED_TYPE', { zh: '请以 multipart/form-data 上传，文件字段名为 file。', en: 'Upload as multipart/form-data with the file in the field “file”.' });
    }
    const body = await readForm(c);
    const upload = files(body, 'file');
    if (upload.length !== 1) throw invalid('请在 file 字段中上传且仅上传一个文件。', 'Send exactly one file in the field “file”.');
    const agencyText = field(body, 'agency');
    const yearText = field(body, 'year');
    const agencyId = intParam(agencyText);
    const year = intParam(yearText);
    if (agencyText && agencyId === undefined) throw invalid('agency 须为机关编号。', 'agency must be an agency id.');
    if (yearText && year === undefined) throw invalid('year 须为年份。', 'year must be a year.');
    const f = upload[0]!;
    const out = await storeUpload(deps, p, {
      bytes: new Uint8Array(await f.arrayBuffer()),
      fileName: f.name || null,
      ...(agencyId !== undefined ? { agencyId } : {}),
      ...(year !== undefined ? { year } : {}),
    });
    const outcome = storedOutcome(out.created, out.report.status === 'matched');
    return c.json({ report: reportSummary(out.report), created: out.created, outcome, findings: out.model.findings }, out.created ? 201 : 200, {
      location: `/api/reports/${out.report.id}`,
    });
  });

  return app;
}
