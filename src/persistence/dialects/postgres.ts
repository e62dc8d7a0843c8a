/**
 * @module PostgreSQL through a `pg` pool, when `DATABASE_URL` is given.
 *
 * bigint (`count(*)`) and numeric (`sum(...)`) are parsed to numbers for this
 * pool only (the `pg` default gives strings, and changing it globally would
 * change it for every pool in the process). An optional schema becomes the
 * connection's `search_path`: tests give each run its own. Queries that come
 * again run as named prepared statements (`named-statements.ts`).
 */
import pg from 'pg';
import { PostgresDialect } from 'kysely';
import type { CustomTypesConfig } from 'pg';
import { namingPool } from './named-statements.js';

const INT8 = 20;
const NUMERIC = 1700;

const types: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return format ? pg.types.getTypeParser(oid, format) : pg.types.getTypeParser(oid);
  }) as CustomTypesConfig['getTypeParser'],
};

/** A schema name we are willing to put into `search_path`. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresOptions {
  readonly url: string;
  readonly schema?: string;
  /** Pool size; default 10. */
  readonly max?: number;
}

export function createPostgresPool(options: PostgresOptions): pg.Pool {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) throw new RangeError(`bad schema name: ${options.schema}`);
  return new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
}

export function createPostgresDialect(pool: pg.Pool): PostgresDialect {
  return new PostgresDialect({ pool: namingPool(pool) });
}
