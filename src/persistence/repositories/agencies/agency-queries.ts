/**
 * @module Reading agencies: one, all, a subtree (recursive CTE, both engines),
 * the ancestors, a nested tree, and look-up by name or alias.
 */
import { sql } from 'kysely';
import type { Agency, AgencyNode, AgencyTree } from '../../../domain/agency/agency.js';
import { createAgencyMatcher, type AgencyMatcher } from '../../../domain/agency/match-agency.js';
import type { Executor } from '../../database.js';
import { engineOf } from '../../engine.js';
import { decodeNumber } from '../../codecs.js';
import { notFound } from '../errors.js';
import { agencyFromRow } from './agency-row.js';
import { MAX_DEPTH, withSubtree } from './subtree-cte.js';

export async function findAgency(db: Executor, id: number): Promise<Agency | undefined> {
  const row = await db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? agencyFromRow(row) : undefined;
}

export async function getAgency(db: Executor, id: number): Promise<Agency> {
  const a = await findAgency(db, id);
  if (!a) throw notFound('机关', 'agency', id);
  return a;
}

/** Every agency, ordered by id. */
export async function listAgencies(db: Executor): Promise<Agency[]> {
  const rows = await db.selectFrom('agencies').selectAll().orderBy('id').execute();
  return rows.map(agencyFromRow);
}

/** The agencies with these ids that exist, ordered by id. */
export async function listAgenciesById(db: Executor, ids: readonly number[]): Promise<Agency[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('agencies').selectAll().where('id', 'in', ids).orderBy('id').execute();
  return rows.map(agencyFromRow);
}

/** The agency and everything below it, parents before children (by depth, then name). */
export async function getSubtree(db: Executor, rootId: number): Promise<AgencyNode[]> {
  const rows = await withSubtree(db, rootId)
    .selectFrom('subtree')
    .innerJoin('agencies', 'agencies.id', 'subtree.id')
    .selectAll('agencies')
    .select('subtree.depth')
    .orderBy('subtree.depth')
    .orderBy('agencies.name')
    .orderBy('agencies.id')
    .execute();
  if (rows.length === 0) throw notFound('机关', 'agency', rootId);
  return rows.map((r) => ({ ...agencyFromRow(r), depth: decodeNumber(r.depth) }));
}

/** Ids of the agency and all below it. */
export async function subtreeIds(db: Executor, rootId: number): Promise<number[]> {
  return (await getSubtree(db, rootId)).map((n) => n.id);
}

/** The ancestors of an agency, root first (empty for a root). */
export async function getAncestors(db: Executor, id: number): Promise<Agency[]> {
  const rows = await db
    .withRecursive('up(id, parent_id, depth)', (q) =>
      q
        .selectFrom('agencies')
        .select(['agencies.id', 'agencies.parent_id', sql<number>`0`.as('depth')])
        .where('agencies.id', '=', id)
        .unionAll(
          q
            .selectFrom('agencies')
            .innerJoin('up', 'up.parent_id', 'agencies.id')
            .select(['agencies.id', 'agencies.parent_id', sql<number>`up.depth + 1`.as('depth')])
            .where('up.depth', '<', MAX_DEPTH),
        ),
    )
    .selectFrom('up')
    .innerJoin('agencies', 'agencies.id', 'up.id')
    .selectAll('agencies')
    .select('up.depth')
    .where('up.depth', '>', 0)
    .orderBy('up.depth', 'desc')
    .execute();
  if (rows.length === 0 && !(await findAgency(db, id))) throw notFound('机关', 'agency', id);
  return rows.map(agencyFromRow);
}

/** The whole tree (or the subtree below `rootId`) as nested nodes, children by name. */
export async function getAgencyTree(db: Executor, rootId?: number): Promise<AgencyTree[]> {
  const agencies = rootId === undefined ? await listAgencies(db) : await getSubtree(db, rootId);
  const children = new Map<number | null, Agency[]>();
  const ids = new Set(agencies.map((a) => a.id));
  for (const a of agencies) {
    const parent = rootId !== undefined && a.id === rootId ? null : a.parentId !== null && ids.has(a.parentId) ? a.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(a);
    children.set(parent, list);
  }
  const build = (parent: number | null): AgencyTree[] =>
    (children.get(parent) ?? [])
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id - y.id))
      .map((a) => {
        const { depth: _depth, ...plain } = a as Agency & { depth?: number };
        return { ...plain, children: build(a.id) };
      });
  return build(null);
}

/** Agencies whose name or one of whose aliases is exactly `name` (after trimming). */
export async function findAgenciesByName(db: Executor, name: string): Promise<Agency[]> {
  const n = name.normalize('NFKC').trim();
  const aliasMatch =
    engineOf(db) === 'postgres'
      ? sql<boolean>`agencies.aliases @> jsonb_build_array(${n}::text)`
      : sql<boolean>`exists (select 1 from json_each(agencies.aliases) where json_each.value = ${n})`;
  const rows = await db
    .selectFrom('agencies')
    .selectAll()
    .where((eb) => eb.or([eb('name', '=', n), aliasMatch]))
    .orderBy('id')
    .execute();
  return rows.map(agencyFromRow);
}

/** A matcher over every agency, for matching many reports in one run. */
export async function loadAgencyMatcher(db: Executor): Promise<AgencyMatcher> {
  return createAgencyMatcher(await listAgencies(db));
}
