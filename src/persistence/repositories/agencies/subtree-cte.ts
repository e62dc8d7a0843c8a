/**
 * @module The subtree below an agency as a recursive CTE, `subtree(id, depth)` (depth 0 is the
 * agency itself), for queries that join it — the same SQL on SQLite and PostgreSQL.
 */
import { sql } from 'kysely';
import type { Executor } from '../../database.js';

/** Deeper than any real administrative tree; stops a corrupted cycle from running forever. */
export const MAX_DEPTH = 32;

export function withSubtree(db: Executor, rootId: number) {
  return db.withRecursive('subtree(id, depth)', (q) =>
    q
      .selectFrom('agencies')
      .select(['agencies.id', sql<number>`0`.as('depth')])
      .where('agencies.id', '=', rootId)
      .unionAll(
        q
          .selectFrom('agencies')
          .innerJoin('subtree', 'subtree.id', 'agencies.parent_id')
          .select(['agencies.id', sql<number>`subtree.depth + 1`.as('depth')])
          .where('subtree.depth', '<', MAX_DEPTH),
      ),
  );
}
