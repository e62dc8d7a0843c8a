/**
 * @module Corrections through the API: `POST /api/reports/:id/corrections`
 * (JSON `{expectedVersion, changes:[{path,value}], reason}`; a stale
 * `expectedVersion` is 409 CONFLICT and writes nothing) and
 * `GET /api/reports/:id/versions` (the version history with its corrections).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { GongkaiError } from '../../domain/shared/errors.js';
import { correctReport } from '../../persistence/repositories/reports/correct-report.js';
import { findReport, listCorrections, listReportVersions } from '../../persistence/repositories/reports/report-queries.js';
import { actorOf, canRead, canWrite, isStaff } from '../auth/principal.js';
import type { AppEnv, WebDeps } from '../context.js';
import { parseJsonBody } from './json-body.js';
import { forbidden, notFoundPage, unauthenticated } from '../errors.js';
import { intParam } from '../params.js';
import { readableReport } from '../public/routes.js';
import { reportSummary } from './report-summary.js';

const CorrectionBody = z.object({
  expectedVersion: z.number().int().positive(),
  changes: z.array(z.object({ path: z.string().min(1).max(200), value: z.number().finite().nullable() })).min(1).max(500),
  reason: z.string().trim().min(1).max(2000),
});

function invalidBody(detail: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', {
    zh: `请求体无效：${detail}。应为 {expectedVersion, changes:[{path, value}], reason}。`,
    en: `Invalid request body: ${detail}. Expected {expectedVersion, changes:[{path, value}], reason}.`,
  });
}

export function correctionRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/reports/:id/versions', async (c) => {
    const report = await readableReport(deps, c.get('principal'), c.req.param('id'));
    const versions = await listReportVersions(deps.db, report.id);
    const corrections = await listCorrections(deps.db, report.id);
    return c.json({
      report: reportSummary(report),
      versions: versions.map((v) => ({
        version: v.version,
        kind: v.kind,
        parserVersion: v.parserVersion,
        createdAt: v.createdAt.toISOString(),
        corrections: corrections
          .filter((x) => x.version === v.version)
          .map((x) => ({ path: x.path, oldValue: x.oldValue, newValue: x.newValue, reason: x.reason, at: x.at.toISOString() })),
      })),
    });
  });

  app.post('/reports/:id/corrections', async (c) => {
    const p = c.get('principal');
    if (!isStaff(p)) throw unauthenticated();
    const id = intParam(c.req.param('id'));
    const report = id === undefined ? undefined : await findReport(deps.db, id);
    if (!report || !canRead(p, report)) throw notFoundPage();
    if (!canWrite(p, report)) throw forbidden();
    const body = await parseJsonBody(c, CorrectionBody, invalidBody);
    const out = await correctReport(deps.db, { reportId: report.id, ...body }, { actor: actorOf(p), now: deps.now() });
    return c.json({ report: reportSummary(out.report), version: out.version.version, diffs: out.diffs, findings: out.version.findings }, 201);
  });

  return app;
}
