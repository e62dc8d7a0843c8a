/**
 * @module The review side: 上传 (upload one or many files), 待匹配 (assign an
 * agency) and 更正 (correct a cell). Every route needs a signed-in user; what
 * they may touch is decided by `auth/principal.ts`, and every change is
 * audited by the repositories.
 */
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Agency } from '../../domain/agency/agency.js';
import { GongkaiError, isGongkaiError } from '../../domain/shared/errors.js';
import { listAgencies } from '../../persistence/repositories/agencies/agency-queries.js';
import { assignAgency } from '../../persistence/repositories/reports/assign-agency.js';
import { correctReport } from '../../persistence/repositories/reports/correct-report.js';
import { findReport, getReportVersion, listUnmatchedReports } from '../../persistence/repositories/reports/report-queries.js';
import { actorOf, canAssign, canRead, canWrite, inScope, isStaff, type Principal } from '../auth/principal.js';
import type { AppContext, AppEnv, WebDeps } from '../context.js';
import { forbidden, mapError, notFoundPage, STALE_VERSION, unauthenticated } from '../errors.js';
import { field, files, readForm } from '../form.js';
import { intParam } from '../params.js';
import { storeUpload } from '../upload/store-upload.js';
import { correctPage } from '../views/correct-page.js';
import { queuePage } from '../views/queue-page.js';
import { uploadPage, type FileResult } from '../views/upload-page.js';
import { parseCellValue } from './cell-value.js';

type Staff = Extract<Principal, { kind: 'user' }>;

function staff(c: AppContext): Staff {
  const p = c.get('principal');
  if (!isStaff(p)) throw unauthenticated();
  return p;
}

async function scopedAgencies(deps: WebDeps, p: Staff): Promise<Agency[]> {
  return (await listAgencies(deps.db)).filter((a) => inScope(p, a.id));
}

/** The report, if this user may change it: 404 when they may not even see it, 403 when only that. */
async function writableReport(deps: WebDeps, p: Staff, idText: string) {
  const id = intParam(idText);
  const report = id === undefined ? undefined : await findReport(deps.db, id);
  if (!report || !canRead(p, report)) throw notFoundPage();
  if (!canWrite(p, report)) throw forbidden();
  return report;
}

export function staffRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/upload', async (c) => {
    const p = staff(c);
    return c.html(uploadPage({ principal: p, agencies: await scopedAgencies(deps, p) }));
  });

  app.post('/upload', async (c) => {
    const p = staff(c);
    const body = await readForm(c);
    const agencyText = field(body, 'agency');
    const yearText = field(body, 'year');
    const agencyId = intParam(agencyText);
    const year = intParam(yearText);
    if ((agencyText && agencyId === undefined) || (yearText && year === undefined)) {
      throw new GongkaiError('INVALID_VALUE', { zh: '机关或年度填写有误。', en: 'The agency or year is not valid.' });
    }
    const uploads = files(body, 'file');
    if (!uploads.length) throw new GongkaiError('INPUT_EMPTY', { zh: '请选择要上传的文件。', en: 'Choose at least one file to upload.' });
    const results: FileResult[] = [];
    const failed: ContentfulStatusCode[] = [];
    for (const f of uploads) {
      try {
        const out = await storeUpload(deps, p, {
          bytes: new Uint8Array(await f.arrayBuffer()),
          fileName: f.name || null,
          ...(agencyId !== undefined ? { agencyId } : {}),
          ...(year !== undefined ? { year } : {}),
        });
        const findings = out.model.findings;
        results.push({
          name: f.name || '（未命名）',
          ok: true,
          reportId: out.report.id,
          created: out.created,
          matched: out.report.status === 'matched',
          errors: findings.filter((x) => x.severity === 'error').length,
          warnings: findings.filter((x) => x.severity === 'warning').length,
        });
      } catch (e) {
        if (isGongkaiError(e) && e.code === 'FORBIDDEN') throw e;
        const { status, body: err } = mapError(e, deps.log);
        failed.push(status);
        results.push({ name: f.name || '（未命名）', ok: false, code: err.error.code, message: err.error.message });
      }
    }
    // All failed: the one file's status, or 400 for several; any success is 200 with per-file results.
    const status: ContentfulStatusCode = failed.length === results.length ? (failed.length === 1 ? failed[0]! : 400) : 200;
    return c.html(uploadPage({ principal: p, agencies: await scopedAgencies(deps, p), results }), status);
  });

  app.get('/queue', async (c) => {
    const p = staff(c);
    if (!canAssign(p)) throw forbidden();
    const reports = await listUnmatchedReports(deps.db, { limit: 200 });
    return c.html(queuePage({ principal: p, reports, agencies: await scopedAgencies(deps, p) }));
  });

  app.post('/queue/:id/assign', async (c) => {
    const p = staff(c);
    if (!canAssign(p)) throw forbidden();
    const report = await writableReport(deps, p, c.req.param('id'));
    const agencyId = intParam(field(await readForm(c), 'agency'));
    if (agencyId === undefined) throw new GongkaiError('INVALID_VALUE', { zh: '请选择机关。', en: 'Choose an agency.' });
    if (!inScope(p, agencyId)) throw forbidden();
    await assignAgency(deps.db, { reportId: report.id, agencyId, expectedAgencyId: report.agencyId }, { actor: actorOf(p), now: deps.now() });
    return c.redirect(`/reports/${report.id}?assigned=1`, 303);
  });

  app.get('/reports/:id/correct', async (c) => {
    const p = staff(c);
    const report = await writableReport(deps, p, c.req.param('id'));
    return c.html(correctPage({ principal: p, report, current: await getReportVersion(deps.db, report.id) }));
  });

  app.post('/reports/:id/correct', async (c) => {
    const p = staff(c);
    const report = await writableReport(deps, p, c.req.param('id'));
    const body = await readForm(c);
    const values = { path: field(body, 'path'), value: field(body, 'value'), reason: field(body, 'reason') };
    const expectedVersion = intParam(field(body, 'expectedVersion'));
    try {
      if (expectedVersion === undefined) throw new GongkaiError('INVALID_VALUE', { zh: '缺少版本号，请重新打开更正页面。', en: 'The version is missing; reopen the correction page.' });
      await correctReport(
        deps.db,
        { reportId: report.id, expectedVersion, changes: [{ path: values.path, value: parseCellValue(values.value) }], reason: values.reason },
        { actor: actorOf(p), now: deps.now() },
      );
    } catch (e) {
      if (!isGongkaiError(e) || !['CONFLICT', 'INVALID_VALUE'].includes(e.code)) throw e;
      const fresh = (await findReport(deps.db, report.id)) ?? report;
      const error = e.code === 'CONFLICT' ? STALE_VERSION : { zh: e.zh, en: e.en };
      const status = e.code === 'CONFLICT' ? 409 : 422;
      return c.html(correctPage({ principal: p, report: fresh, current: await getReportVersion(deps.db, report.id), error, values }), status);
    }
    return c.redirect(`/reports/${report.id}?corrected=1`, 303);
  });

  return app;
}
