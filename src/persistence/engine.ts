/**
 * @module Which engine a handle talks to. Repositories almost never need to
 * know; codecs (booleans) and the few engine-specific SQL fragments do.
 */
import { PostgresAdapter, type QueryExecutor } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/** The engine behind a database or transaction handle. */
export function engineOf(db: { getExecutor(): QueryExecutor }): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
