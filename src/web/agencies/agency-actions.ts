/**
 * @module Changing the agency tree on behalf of a signed-in person or an API
 * token — one function per intent, shared by 机关管理 (pages) and the API.
 * Each checks access (`auth/agency-access.ts`), validates its input with
 * per-field bilingual messages, and runs the change, its audit rows and a new
 * match of the unmatched queue in one transaction.
 */
import { isAgencyLevel, type Agency, type AgencyLevel } from '../../domain/agency/agency.js';
import { isValidUscc, normalizeUscc } from '../../domain/agency/uscc.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import type { Message } from '../../domain/shared/finding.js';
import { readAgencyTable } from '../../ingest/agency-list/read-agency-table.js';
import { findAgency, listAgencies } from '../../persistence/repositories/agencies/agency-queries.js';
import { checkAgencyVersion, cleanAliases } from '../../persistence/repositories/agencies/agency-row.js';
import { createAgency } from '../../persistence/repositories/agencies/create-agency.js';
import { deleteAgency } from '../../persistence/repositories/agencies/delete-agency.js';
import { importAgencyList, type AgencyListResult } from '../../persistence/repositories/agencies/import-agency-list.js';
import { moveAgency } from '../../persistence/repositories/agencies/move-agency.js';
import { updateAgency, type AgencyPatch } from '../../persistence/repositories/agencies/update-agency.js';
import { matchUnmatchedReports, type RematchResult } from '../../persistence/repositories/reports/match-unmatched.js';
import { inTransaction } from '../../persistence/transaction.js';
import { canCreateUnder, canDeleteAgency, canEditAgency, canManageAgencies, canMoveAgency, importBounds, isScopeRoot } from '../auth/agency-access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import type { WebDeps } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';

export type AgencyField = 'name' | 'level' | 'uscc' | 'aliases' | 'parent';

/** What a person typed: any field may be absent (left as it is). */
export interface AgencyDraft {
  readonly name?: string;
  readonly level?: string;
  /** '' or null: no code. */
  readonly uscc?: string | null;
  readonly aliases?: readonly string[];
  /** null: a root. */
  readonly parentId?: number | null;
  /** The version the person saw; a change made since then refuses the edit (CONFLICT). */
  readonly expectedVersion?: number;
}

/** Input that fails validation; `fields` says which field and why (for `aria-invalid`). */
export class InvalidAgencyInput extends GongkaiError {
  constructor(readonly fields: Readonly<Partial<Record<AgencyField, Message>>>) {
    const all = Object.values(fields);
    super('INVALID_VALUE', { zh: all.map((m) => m.zh).join(' '), en: all.map((m) => m.en).join(' ') });
  }
}

export interface AgencyChange {
  readonly agency: Agency;
  readonly rematch: RematchResult;
  /** False when the input equalled what was stored (nothing written, no audit row). */
  readonly changed: boolean;
}

type Manager = Extract<Principal, { kind: 'user' }>;

export function requireManager(p: Principal): Manager {
  if (p.kind !== 'user') throw unauthenticated();
  if (!canManageAgencies(p)) throw forbidden();
  return p;
}

function outOfScope(zh: string, en: string): GongkaiError {
  return new GongkaiError('FORBIDDEN', { zh, en });
}

function cleanText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

interface CleanDraft {
  readonly name?: string;
  readonly level?: AgencyLevel;
  readonly uscc?: string | null;
  readonly aliases?: readonly string[];
  readonly parentId?: number | null;
}

async function validate(deps: WebDeps, d: AgencyDraft, required: boolean): Promise<CleanDraft> {
  const fields: Partial<Record<AgencyField, Message>> = {};
  const name = d.name === undefined ? undefined : cleanText(d.name);
  if ((required || name !== undefined) && !name) fields.name = { zh: '请填写机关名称。', en: 'Enter the agency’s name.' };
  else if (name && name.length > 200) fields.name = { zh: '机关名称过长（最多 200 字）。', en: 'The name is too long (200 characters at most).' };
  const level = d.level === undefined ? undefined : d.level.trim();
  if ((required || level !== undefined) && !isAgencyLevel(level)) fields.level = { zh: '请选择层级。', en: 'Choose a level.' };
  let uscc: string | null | undefined;
  if (d.uscc !== undefined) {
    uscc = d.uscc === null || !d.uscc.trim() ? null : normalizeUscc(d.uscc);
    if (uscc !== null && !isValidUscc(uscc)) {
      fields.uscc = {
        zh: `统一社会信用代码“${d.uscc}”无效：须为 18 位数字或大写字母（不含 I、O、S、V、Z），且最后一位校验码正确。`,
        en: `The unified social credit code “${d.uscc}” is invalid: 18 digits or capital letters (no I, O, S, V, Z) with a correct check character.`,
      };
    }
  }
  if (d.aliases !== undefined && d.aliases.some((a) => cleanText(a).length > 200)) fields.aliases = { zh: '别名过长（每个最多 200 字）。', en: 'An alias is too long (200 characters at most).' };
  if (d.parentId !== undefined && d.parentId !== null && !(await findAgency(deps.db, d.parentId))) {
    fields.parent = { zh: '所选上级机关不存在。', en: 'The chosen parent agency does not exist.' };
  }
  if (Object.keys(fields).length) throw new InvalidAgencyInput(fields);
  return {
    ...(name !== undefined ? { name } : {}),
    ...(level !== undefined ? { level: level as AgencyLevel } : {}),
    ...(uscc !== undefined ? { uscc } : {}),
    ...(d.aliases !== undefined ? { aliases: d.aliases.map(cleanText).filter(Boolean) } : {}),
    ...(d.parentId !== undefined ? { parentId: d.parentId } : {}),
  };
}

/** The stored agency, or NOT_FOUND. */
export async function agencyOr404(deps: WebDeps, id: number | undefined): Promise<Agency> {
  const a = id === undefined ? undefined : await findAgency(deps.db, id);
  if (!a) throw new GongkaiError('NOT_FOUND', { zh: '找不到该机关。', en: 'No such agency.' });
  return a;
}

export async function createAgencyAs(deps: WebDeps, principal: Principal, draft: AgencyDraft): Promise<AgencyChange> {
  const p = requireManager(principal);
  const d = await validate(deps, draft, true);
  const parentId = d.parentId ?? null;
  if (!canCreateUnder(p, parentId)) {
    throw parentId === null
      ? outOfScope('只有管理员可以新建顶级机关。', 'Only administrators may add a top-level agency.')
      : outOfScope('只能在您管辖的机关之下新建机关。', 'You may add agencies only below those you administer.');
  }
  const ctx = { actor: actorOf(p), now: deps.now() };
  return inTransaction(deps.db, async (trx) => {
    const agency = await createAgency(trx, { name: d.name!, level: d.level!, parentId, uscc: d.uscc ?? null, aliases: d.aliases ?? [] }, ctx);
    return { agency, rematch: await matchUnmatchedReports(trx, ctx), changed: true };
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export async function editAgencyAs(deps: WebDeps, principal: Principal, id: number | undefined, draft: AgencyDraft): Promise<AgencyChange> {
  const p = requireManager(principal);
  const before = await agencyOr404(deps, id);
  if (!canEditAgency(p, before)) throw outOfScope('该机关不在您的管辖范围内。', 'This agency is outside the agencies you administer.');
  const expected = draft.expectedVersion === undefined ? {} : { expectedVersion: draft.expectedVersion };
  checkAgencyVersion(before, expected);
  const d = await validate(deps, draft, false);
  const patch: { -readonly [K in keyof AgencyPatch]: AgencyPatch[K] } = {};
  if (d.name !== undefined && d.name !== before.name) patch.name = d.name;
  if (d.level !== undefined && d.level !== before.level) patch.level = d.level;
  if (d.uscc !== undefined && d.uscc !== before.uscc) patch.uscc = d.uscc;
  if (d.aliases !== undefined && !sameList(cleanAliases(d.aliases, d.name ?? before.name), before.aliases)) patch.aliases = d.aliases;
  const moveTo = d.parentId !== undefined && d.parentId !== before.parentId ? d.parentId : undefined;
  if (moveTo !== undefined && !canMoveAgency(p, before, moveTo)) {
    throw isScopeRoot(p, before)
      ? outOfScope('您所辖机关树的顶端机关不能移动。', 'The top of the tree you administer cannot be moved.')
      : outOfScope('只能把机关移到您管辖的机关之下。', 'You may move agencies only below those you administer.');
  }
  const ctx = { actor: actorOf(p), now: deps.now() };
  if (!Object.keys(patch).length && moveTo === undefined) {
    return { agency: before, rematch: { matched: 0, stillUnmatched: 0 }, changed: false };
  }
  return inTransaction(deps.db, async (trx) => {
    let agency = before;
    if (Object.keys(patch).length) agency = await updateAgency(trx, before.id, patch, ctx, expected);
    if (moveTo !== undefined) agency = await moveAgency(trx, before.id, moveTo, ctx, agency === before ? expected : { expectedVersion: agency.version });
    return { agency, rematch: await matchUnmatchedReports(trx, ctx), changed: true };
  });
}

export async function deleteAgencyAs(deps: WebDeps, principal: Principal, id: number | undefined): Promise<Agency> {
  const p = requireManager(principal);
  const agency = await agencyOr404(deps, id);
  if (!canDeleteAgency(p, agency)) {
    throw isScopeRoot(p, agency)
      ? outOfScope('您所辖机关树的顶端机关不能删除。', 'The top of the tree you administer cannot be deleted.')
      : outOfScope('该机关不在您的管辖范围内。', 'This agency is outside the agencies you administer.');
  }
  return deleteAgency(deps.db, agency.id, { actor: actorOf(p), now: deps.now() });
}

export interface AgencyListImport extends AgencyListResult {
  /** Rows read from the file. */
  readonly rows: number;
}

export async function importAgencyFileAs(deps: WebDeps, principal: Principal, bytes: Uint8Array): Promise<AgencyListImport> {
  const p = requireManager(principal);
  if (bytes.length === 0) throw new GongkaiError('INPUT_EMPTY', { zh: '请选择机关表文件（CSV 或 XLSX）。', en: 'Choose an agency list (CSV or XLSX).' });
  if (bytes.length > deps.maxFileBytes) throw new GongkaiError('INPUT_TOO_LARGE', { zh: '机关表文件过大。', en: 'The agency list is too large.' });
  const bounds = importBounds(p, await listAgencies(deps.db));
  if (bounds === null) throw forbidden();
  const rows = await readAgencyTable(bytes);
  const result = await importAgencyList(deps.db, rows, { actor: actorOf(p), now: deps.now() }, bounds);
  return { ...result, rows: rows.length };
}
