/**
 * @module 机关管理 pages: `/admin/agencies` (the tree, a new top-level agency,
 * importing a list) and `/admin/agencies/:id` (change, move, add a child,
 * delete, history). Administrators and supervisors only (`auth/agency-access.ts`);
 * a refused change shows the form again with what was typed and why.
 */
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Agency } from '../../domain/agency/agency.js';
import { isGongkaiError, type GongkaiError } from '../../domain/shared/errors.js';
import { splitAliases } from '../../ingest/agency-list/read-agency-table.js';
import { getAgencyTree, listAgencies, subtreeIds } from '../../persistence/repositories/agencies/agency-queries.js';
import { agencyReferences } from '../../persistence/repositories/agencies/delete-agency.js';
import { listUsers } from '../../persistence/repositories/accounts/users.js';
import { actorLabels } from '../auth/principal.js';
import { listAudit } from '../../persistence/repositories/audit/list-audit.js';
import type { RematchResult } from '../../persistence/repositories/reports/match-unmatched.js';
import {
  agencyOr404,
  createAgencyAs,
  deleteAgencyAs,
  editAgencyAs,
  importAgencyFileAs,
  InvalidAgencyInput,
  requireManager,
  type AgencyDraft,
} from '../agencies/agency-actions.js';
import { canCreateUnder, canDeleteAgency, canEditAgency, canMoveAgency, importBounds, isScopeRoot } from '../auth/agency-access.js';
import type { AppEnv, WebDeps } from '../context.js';
import { forbidden, mapError } from '../errors.js';
import { field, files, readForm, type FormBody } from '../form.js';
import { intParam } from '../params.js';
import type { AgencyFormValues, FieldErrors } from '../views/agency-fields.js';
import { agencyPage, type AgencyPageView, type ParentOption } from '../views/agency-page.js';
import { agencyTreePage, type AgencyTreeView } from '../views/agency-tree-page.js';

type Manager = ReturnType<typeof requireManager>;

/** The typed values of an agency form, and the draft they make. `parent` absent: no move. */
function draftOf(body: FormBody): { values: AgencyFormValues; draft: AgencyDraft; badParent: boolean } {
  const values: AgencyFormValues = {
    name: field(body, 'name'),
    level: field(body, 'level'),
    uscc: field(body, 'uscc'),
    aliases: field(body, 'aliases'),
    parent: field(body, 'parent'),
    version: field(body, 'version'),
  };
  const version = values.version ? intParam(values.version) : undefined;
  const hasParent = Object.hasOwn(body, 'parent');
  const parentId = values.parent ? intParam(values.parent) : null;
  return {
    values,
    badParent: hasParent && parentId === undefined,
    draft: {
      name: values.name ?? '',
      level: values.level ?? '',
      uscc: values.uscc ?? '',
      aliases: splitAliases(values.aliases ?? ''),
      ...(hasParent && parentId !== undefined ? { parentId } : {}),
      ...(version !== undefined ? { expectedVersion: version } : {}),
    },
  };
}

const BAD_PARENT = new InvalidAgencyInput({ parent: { zh: '请从列表中选择上级机关。', en: 'Choose the parent from the list.' } });

function rematchNote(r: RematchResult): string {
  return r.matched ? `另有 ${r.matched} 份待匹配的报告因此归入了机关。` : '';
}

/** A refusal the page shows beside the form; anything else goes to the error page. */
function shownOnForm(e: unknown): e is GongkaiError {
  return isGongkaiError(e) && ['INVALID_VALUE', 'CONFLICT', 'NOT_FOUND'].includes(e.code);
}

function errorOf(e: GongkaiError): { status: ContentfulStatusCode; error: AgencyPageView['error']; fields: FieldErrors } {
  const { status, body } = mapError(e);
  return { status, error: { ...body.error.message, code: body.error.code }, fields: e instanceof InvalidAgencyInput ? e.fields : {} };
}

/** `示范市 › 成安县 › 教育局` for every agency. */
function pathLabels(agencies: readonly Agency[]): Map<number, string> {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const labels = new Map<number, string>();
  const label = (a: Agency, depth = 0): string => {
    const hit = labels.get(a.id);
    if (hit !== undefined) return hit;
    const parent = a.parentId === null ? undefined : byId.get(a.parentId);
    const text = parent && depth < 32 ? `${label(parent, depth + 1)} › ${a.name}` : a.name;
    labels.set(a.id, text);
    return text;
  };
  for (const a of agencies) label(a);
  return labels;
}

export function agencyRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  async function treeView(p: Manager, extra: Partial<AgencyTreeView> = {}): Promise<AgencyTreeView> {
    const agencies = await listAgencies(deps.db);
    const bounds = importBounds(p, agencies);
    const tree = p.scope === null ? await getAgencyTree(deps.db) : bounds?.withinSubtreeOf !== undefined ? await getAgencyTree(deps.db, bounds.withinSubtreeOf) : [];
    return { principal: p, tree, canCreateRoot: canCreateUnder(p, null), canImport: bounds !== null, ...extra };
  }

  async function pageView(p: Manager, agency: Agency, extra: Partial<AgencyPageView> = {}): Promise<AgencyPageView> {
    const agencies = await listAgencies(deps.db);
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const ancestors: Agency[] = [];
    for (let up = agency.parentId === null ? undefined : byId.get(agency.parentId); up && ancestors.length < 32; up = up.parentId === null ? undefined : byId.get(up.parentId)) {
      ancestors.unshift(up);
    }
    const labels = pathLabels(agencies);
    const own = new Set(await subtreeIds(deps.db, agency.id));
    const options: ParentOption[] = agencies
      .filter((a) => !own.has(a.id) && canMoveAgency(p, agency, a.id))
      .map((a) => ({ id: a.id, label: labels.get(a.id) ?? a.name }))
      .sort((x, y) => (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
    const allowRoot = canMoveAgency(p, agency, null);
    const movable = canEditAgency(p, agency) && !isScopeRoot(p, agency);
    const users = await listUsers(deps.db);
    return {
      principal: p,
      agency,
      ancestors,
      children: agencies.filter((a) => a.parentId === agency.id).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id - y.id)),
      references: await agencyReferences(deps.db, agency.id),
      history: await listAudit(deps.db, { entity: 'agency', entityId: agency.id, limit: 200 }),
      names: { actors: actorLabels(users), agencies: new Map(agencies.map((a) => [a.id, a.name])) },
      canEdit: canEditAgency(p, agency),
      move: movable ? { options, allowRoot } : null,
      canAddChild: canCreateUnder(p, agency.id),
      canDelete: canDeleteAgency(p, agency),
      ...extra,
    };
  }

  /** The agency, if this manager may work on it: 404 when there is none, 403 outside their subtree. */
  async function manageable(p: Manager, idText: string): Promise<Agency> {
    const agency = await agencyOr404(deps, intParam(idText));
    if (!canEditAgency(p, agency)) throw forbidden();
    return agency;
  }

  app.get('/admin/agencies', async (c) => {
    const p = requireManager(c.get('principal'));
    const notice = c.req.query('deleted') !== undefined ? '机关已删除。' : undefined;
    return c.html(agencyTreePage(await treeView(p, notice ? { notice } : {})));
  });

  app.post('/admin/agencies', async (c) => {
    const p = requireManager(c.get('principal'));
    const { values, draft, badParent } = draftOf(await readForm(c));
    const parentId = draft.parentId ?? null;
    try {
      if (badParent) throw BAD_PARENT;
      const out = await createAgencyAs(deps, p, draft);
      return c.redirect(`/admin/agencies/${out.agency.id}?created=${out.rematch.matched}`, 303);
    } catch (e) {
      if (!shownOnForm(e)) throw e;
      const { status, error, fields } = errorOf(e);
      const parent = parentId === null ? undefined : await agencyOr404(deps, parentId).catch(() => undefined);
      if (parent && canEditAgency(p, parent)) return c.html(agencyPage(await pageView(p, parent, { error, form: { which: 'child', values, errors: fields } })), status);
      return c.html(agencyTreePage(await treeView(p, { error, rootForm: { values, errors: fields } })), status);
    }
  });

  app.post('/admin/agencies/import', async (c) => {
    const p = requireManager(c.get('principal'));
    const upload = files(await readForm(c), 'file')[0];
    try {
      const out = await importAgencyFileAs(deps, p, upload ? new Uint8Array(await upload.arrayBuffer()) : new Uint8Array());
      const notice = `导入完成：共 ${out.rows} 行，新建 ${out.created} 个，更新 ${out.updated} 个，未变 ${out.unchanged} 个。${rematchNote(out.rematch)}`;
      return c.html(agencyTreePage(await treeView(p, { notice })));
    } catch (e) {
      if (!isGongkaiError(e) || e.code === 'UNAUTHENTICATED') throw e;
      const { status, error } = errorOf(e);
      return c.html(agencyTreePage(await treeView(p, { error: { ...error!, zh: `未导入任何内容。${error!.zh}`, en: `Nothing was imported. ${error!.en}` } })), status);
    }
  });

  app.get('/admin/agencies/:id', async (c) => {
    const p = requireManager(c.get('principal'));
    const agency = await manageable(p, c.req.param('id'));
    const q = (k: string) => c.req.query(k);
    const matched = (k: string) => rematchNote({ matched: intParam(q(k)) ?? 0, stillUnmatched: 0 });
    const notice =
      q('created') !== undefined
        ? `机关已新建。${matched('created')}`
        : q('saved') !== undefined
          ? `修改已保存。${matched('saved')}`
          : q('unchanged') !== undefined
            ? '没有改动，未保存。'
            : q('deleted') !== undefined
              ? '下级机关已删除。'
              : undefined;
    return c.html(agencyPage(await pageView(p, agency, notice ? { notice } : {})));
  });

  app.post('/admin/agencies/:id', async (c) => {
    const p = requireManager(c.get('principal'));
    const agency = await manageable(p, c.req.param('id'));
    const { values, draft, badParent } = draftOf(await readForm(c));
    try {
      if (badParent) throw BAD_PARENT;
      const out = await editAgencyAs(deps, p, agency.id, draft);
      return c.redirect(`/admin/agencies/${agency.id}?${out.changed ? `saved=${out.rematch.matched}` : 'unchanged=1'}`, 303);
    } catch (e) {
      if (!shownOnForm(e)) throw e;
      const { status, error, fields } = errorOf(e);
      const fresh = await agencyOr404(deps, agency.id);
      // After a conflict the page shows the latest stored values above the form and what was
      // typed in it; saving again is a deliberate change of the latest version.
      const shown = e.code === 'CONFLICT' ? { ...values, version: String(fresh.version) } : values;
      return c.html(agencyPage(await pageView(p, fresh, { error, form: { which: 'edit', values: shown, errors: fields } })), status);
    }
  });

  app.post('/admin/agencies/:id/delete', async (c) => {
    const p = requireManager(c.get('principal'));
    const agency = await manageable(p, c.req.param('id'));
    try {
      await deleteAgencyAs(deps, p, agency.id);
    } catch (e) {
      if (!shownOnForm(e)) throw e;
      const { status, error } = errorOf(e);
      return c.html(agencyPage(await pageView(p, agency, { error })), status);
    }
    const back = agency.parentId !== null && canEditAgency(p, { id: agency.parentId }) ? `/admin/agencies/${agency.parentId}` : '/admin/agencies';
    return c.redirect(`${back}?deleted=1`, 303);
  });

  return app;
}
