/**
 * @module Importing an agency list (rows from a CSV or XLSX file) in one
 * transaction: every row is created or brought up to date, or nothing is.
 *
 * - `parent` names the parent by name, by a `/`-separated path from a root
 *   (`河北省/邯郸市`) when names repeat, or by its credit code. Parents may come
 *   later in the file than their children; they may also already be stored.
 * - An existing agency is the one with the row's credit code, else the one with
 *   the same name under the same parent. Name, level, parent and code are set
 *   from the row; aliases are added, never removed (people add aliases by hand).
 * - Running the same file twice changes nothing the second time.
 */
import type { Agency } from '../../../domain/agency/agency.js';
import type { AgencyImportRow } from '../../../domain/agency/agency-import-row.js';
import { isValidUscc, normalizeUscc } from '../../../domain/agency/uscc.js';
import type { ChangeContext, Executor } from '../../database.js';
import { inTransaction } from '../../transaction.js';
import { invalid } from '../errors.js';
import { cleanAliases, cleanName, cleanUscc } from './agency-row.js';
import { listAgencies } from './agency-queries.js';
import { createAgency } from './create-agency.js';
import { updateAgency } from './update-agency.js';
import { moveAgency } from './move-agency.js';

export type { AgencyImportRow };

export interface AgencyImportResult {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

const PATH_SEPARATOR = /\s*[/／>＞]\s*/u;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export async function importAgencies(db: Executor, rows: readonly AgencyImportRow[], ctx: ChangeContext): Promise<AgencyImportResult> {
  const clean = rows.map((r) => ({
    ...r,
    name: cleanName(r.name),
    parent: r.parent?.normalize('NFKC').trim() || null,
    uscc: cleanUscc(r.uscc),
  }));
  const seenKeys = new Map<string, number>();
  for (const r of clean) {
    const key = r.uscc ?? `${r.parent ?? ''}\u0000${r.name}`;
    const first = seenKeys.get(key);
    if (first !== undefined) throw invalid(`第 ${r.line} 行与第 ${first} 行是同一机关。`, `Line ${r.line} repeats the agency of line ${first}.`);
    seenKeys.set(key, r.line);
  }

  return inTransaction(db, async (trx) => {
    const all = new Map<number, Agency>();
    const named = new Map<string, Agency[]>();
    const put = (a: Agency) => {
      const old = all.get(a.id);
      if (old) named.set(old.name, (named.get(old.name) ?? []).filter((x) => x.id !== a.id));
      all.set(a.id, a);
      named.set(a.name, [...(named.get(a.name) ?? []), a]);
    };
    for (const a of await listAgencies(trx)) put(a);
    const byName = (name: string) => named.get(name) ?? [];
    let created = 0;
    let updated = 0;
    let unchanged = 0;

    /** The parent's id, `undefined` while it may still come from a later row, or an error. */
    const resolveParent = (ref: string, waiting: (name: string) => boolean, line: number): number | undefined => {
      const code = normalizeUscc(ref);
      if (isValidUscc(code)) {
        const hit = [...all.values()].find((a) => a.uscc === code);
        if (hit) return hit.id;
        if (clean.some((r) => r.uscc === code)) return undefined;
        throw invalid(`第 ${line} 行：找不到统一社会信用代码为 ${ref} 的上级。`, `Line ${line}: no parent with credit code ${ref}.`);
      }
      // A name, or a path whose every step is a child of the step before.
      const parts = ref.split(PATH_SEPARATOR).filter(Boolean);
      let candidates = byName(parts[0]!);
      for (const part of parts.slice(1)) {
        const above = new Set(candidates.map((c) => c.id));
        candidates = byName(part).filter((a) => a.parentId !== null && above.has(a.parentId));
      }
      if (candidates.length === 1) return candidates[0]!.id;
      if (candidates.length === 0) {
        if (parts.some(waiting)) return undefined;
        throw invalid(`第 ${line} 行：找不到上级“${ref}”。`, `Line ${line}: no parent “${ref}”.`);
      }
      throw invalid(
        `第 ${line} 行：有多个机关符合“${ref}”，请用“上级/名称”形式的路径或统一社会信用代码指明上级。`,
        `Line ${line}: several agencies match “${ref}”; name the parent by a path (“parent/name”) or its credit code.`,
      );
    };

    let pending = clean;
    while (pending.length > 0) {
      const next: typeof clean = [];
      const pendingCount = new Map<string, number>();
      for (const r of pending) pendingCount.set(r.name, (pendingCount.get(r.name) ?? 0) + 1);
      for (const row of pending) {
        // Another row still to be stored has this name.
        const waiting = (name: string) => (pendingCount.get(name) ?? 0) > (row.name === name ? 1 : 0);
        const parentId = row.parent === null ? null : resolveParent(row.parent, waiting, row.line);
        if (parentId === undefined) {
          next.push(row);
          continue;
        }
        const existing =
          (row.uscc ? [...all.values()].find((a) => a.uscc === row.uscc) : undefined) ??
          [...all.values()].find((a) => a.name === row.name && a.parentId === parentId);
        if (!existing) {
          const a = await createAgency(trx, { name: row.name, level: row.level, parentId, uscc: row.uscc, aliases: row.aliases }, ctx);
          put(a);
          created++;
          continue;
        }
        let current = existing;
        const aliases = cleanAliases([...existing.aliases, ...row.aliases], row.name);
        const changes =
          existing.name !== row.name || existing.level !== row.level || (row.uscc !== null && existing.uscc !== row.uscc) || !sameSet(aliases, existing.aliases);
        if (changes) {
          current = await updateAgency(trx, existing.id, { name: row.name, level: row.level, aliases, ...(row.uscc !== null ? { uscc: row.uscc } : {}) }, ctx);
        }
        if (existing.parentId !== parentId) current = await moveAgency(trx, existing.id, parentId, ctx);
        put(current);
        if (changes || existing.parentId !== parentId) updated++;
        else unchanged++;
      }
      if (next.length === pending.length) {
        const r = next[0]!;
        throw invalid(`第 ${r.line} 行：上级“${r.parent ?? ''}”无法确定（不存在或互为上级）。`, `Line ${r.line}: the parent “${r.parent ?? ''}” cannot be resolved (missing, or a cycle).`);
      }
      pending = next;
    }
    return { created, updated, unchanged };
  });
}
