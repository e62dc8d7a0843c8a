/**
 * @module An agency list into the tree, then the unmatched queue matched again
 * (new agencies and aliases may now name reports that were waiting) — one
 * transaction, shared by `gongkai agencies import` and the web's 机关管理.
 *
 * `withinSubtreeOf` confines the import to one subtree (a supervisor's): rows
 * may name parents anywhere, but when anything outside the subtree would be
 * created or changed, or the subtree's root moved, nothing is stored.
 */
import type { Agency } from '../../../domain/agency/agency.js';
import type { AgencyImportRow } from '../../../domain/agency/agency-import-row.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import type { ChangeContext, Executor } from '../../database.js';
import { inTransaction } from '../../transaction.js';
import { matchUnmatchedReports, type RematchResult } from '../reports/match-unmatched.js';
import { listAgencies, subtreeIds } from './agency-queries.js';
import { agencyAuditView } from './agency-row.js';
import { importAgencies, type AgencyImportResult } from './import-agencies.js';

export interface AgencyListOptions {
  /** Only this agency's subtree may change (the root itself may be edited, not moved). */
  readonly withinSubtreeOf?: number;
}

export interface AgencyListResult extends AgencyImportResult {
  readonly rematch: RematchResult;
}

function same(a: Agency, b: Agency): boolean {
  return JSON.stringify(agencyAuditView(a)) === JSON.stringify(agencyAuditView(b));
}

function outOfScope(name: string): GongkaiError {
  return new GongkaiError('FORBIDDEN', {
    zh: `机关表会新建或更改您管辖范围以外的机关“${name}”；未导入任何内容。`,
    en: `The list would create or change “${name}”, outside the agencies you administer; nothing was imported.`,
  });
}

export async function importAgencyList(db: Executor, rows: readonly AgencyImportRow[], ctx: ChangeContext, options: AgencyListOptions = {}): Promise<AgencyListResult> {
  return inTransaction(db, async (trx) => {
    const rootId = options.withinSubtreeOf;
    const before = rootId === undefined ? [] : await listAgencies(trx);
    const scopeBefore = rootId === undefined ? new Set<number>() : new Set(await subtreeIds(trx, rootId));
    const result = await importAgencies(trx, rows, ctx);
    if (rootId !== undefined) {
      const old = new Map(before.map((a) => [a.id, a]));
      const scopeAfter = new Set(await subtreeIds(trx, rootId));
      for (const a of await listAgencies(trx)) {
        const was = old.get(a.id);
        if (was && same(was, a)) continue;
        const rootMoved = a.id === rootId && was !== undefined && was.parentId !== a.parentId;
        if (rootMoved || !scopeAfter.has(a.id) || (was !== undefined && !scopeBefore.has(a.id))) throw outOfScope(a.name);
      }
    }
    const rematch = await matchUnmatchedReports(trx, ctx);
    return { ...result, rematch };
  });
}
