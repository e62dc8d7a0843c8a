/**
 * @module The agency tree through the API: `GET /api/agencies/:id`, and for
 * administrators and supervisors (session + `X-CSRF-Token`, or an API token,
 * whose role and subtree bound it) `POST /api/agencies`, `PATCH` and `DELETE
 * /api/agencies/:id`, `POST /api/agencies/import`. Same rules, validation and
 * audit rows as 机关管理 (`agencies/agency-actions.ts`).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { AGENCY_LEVELS, type Agency } from '../../domain/agency/agency.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import {
  agencyOr404,
  createAgencyAs,
  deleteAgencyAs,
  editAgencyAs,
  importAgencyFileAs,
  requireManager,
  type AgencyChange,
} from '../agencies/agency-actions.js';
import type { AppContext, AppEnv, WebDeps } from '../context.js';
import { files, readForm } from '../form.js';
import { intParam } from '../params.js';

/** An agency as the API shows it (the shape of `GET /api/agencies`). */
export function agencyJson(a: Agency) {
  return { id: a.id, parentId: a.parentId, name: a.name, level: a.level, uscc: a.uscc, aliases: a.aliases, version: a.version };
}

const text = z.string().max(400);
const NewAgencyBody = z.strictObject({
  name: text,
  level: z.enum(AGENCY_LEVELS),
  parentId: z.number().int().positive().nullable().optional(),
  uscc: text.nullable().optional(),
  aliases: z.array(text).max(100).optional(),
});
const AgencyPatchBody = NewAgencyBody.partial()
  .extend({ expectedVersion: z.number().int().positive().optional() })
  .refine((b) => Object.keys(b).some((k) => k !== 'expectedVersion'), { message: 'nothing to change' });

function invalidBody(detail: string, shape: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', { zh: `请求体无效：${detail}。应为 ${shape}。`, en: `Invalid request body: ${detail}. Expected ${shape}.` });
}

async function jsonBody<T>(c: AppContext, schema: z.ZodType<T>, shape: string): Promise<T> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw invalidBody('不是 JSON / not JSON', shape);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidBody(parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '), shape);
  return parsed.data;
}

function changeJson(out: AgencyChange) {
  return { agency: agencyJson(out.agency), changed: out.changed, rematch: out.rematch };
}

const SHAPE = '{name, level, parentId?, uscc?, aliases?}';
const PATCH_SHAPE = '{name?, level?, parentId?, uscc?, aliases?, expectedVersion?}';

export function agencyApiRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/agencies/:id', async (c) => c.json({ agency: agencyJson(await agencyOr404(deps, intParam(c.req.param('id')))) }));

  app.post('/agencies', async (c) => {
    requireManager(c.get('principal'));
    const body = await jsonBody(c, NewAgencyBody, SHAPE);
    const out = await createAgencyAs(deps, c.get('principal'), body);
    return c.json(changeJson(out), 201, { location: `/api/agencies/${out.agency.id}` });
  });

  app.post('/agencies/import', async (c) => {
    requireManager(c.get('principal'));
    const type = c.req.header('content-type') ?? '';
    if (!/^multipart\/form-data/i.test(type)) {
      throw new GongkaiError('INPUT_UNSUPPORTED_TYPE', { zh: '请以 multipart/form-data 上传，文件字段名为 file。', en: 'Upload as multipart/form-data with the file in the field “file”.' });
    }
    const upload = files(await readForm(c), 'file');
    if (upload.length !== 1) throw new GongkaiError('INVALID_VALUE', { zh: '请在 file 字段中上传且仅上传一个文件。', en: 'Send exactly one file in the field “file”.' });
    const out = await importAgencyFileAs(deps, c.get('principal'), new Uint8Array(await upload[0]!.arrayBuffer()));
    return c.json({ rows: out.rows, created: out.created, updated: out.updated, unchanged: out.unchanged, rematch: out.rematch });
  });

  app.patch('/agencies/:id', async (c) => {
    requireManager(c.get('principal'));
    const id = intParam(c.req.param('id'));
    await agencyOr404(deps, id);
    const body = await jsonBody(c, AgencyPatchBody, `${PATCH_SHAPE}（至少一项修改 / at least one change）`);
    return c.json(changeJson(await editAgencyAs(deps, c.get('principal'), id, body)));
  });

  app.delete('/agencies/:id', async (c) => {
    const deleted = await deleteAgencyAs(deps, c.get('principal'), intParam(c.req.param('id')));
    return c.json({ deleted: agencyJson(deleted) });
  });

  return app;
}
