/**
 * @module Inserting many rows at once, for bulk loads (simulated or migrated
 * case histories). SQLite: multi-row `INSERT … VALUES (?,…),(?,…)` in chunks
 * under its bound-parameter limit; the SQL text of a full chunk repeats, so the
 * prepared statement is reused. PostgreSQL: one `INSERT … SELECT * FROM
 * unnest($1::type[], …)` per chunk — one array parameter per column, however
 * many rows. Values arrive encoded for the engine (0/1 or booleans, JSON text,
 * ISO timestamps); table and column names are the code's own, never input.
 */
import { CompiledQuery } from 'kysely';
import type { Executor } from '../../database.js';
import { engineOf } from '../../engine.js';

export type BulkValue = string | number | boolean | null;

export interface BulkColumn {
  readonly name: string;
  /** The PostgreSQL element type of the column's array: `int4`, `text`, `jsonb`, `bool`, `timestamptz`. */
  readonly pgType: 'int4' | 'text' | 'jsonb' | 'bool' | 'timestamptz';
}

/** SQLite's default limit on bound parameters is 32,766. */
const SQLITE_MAX_PARAMS = 32_000;
const PG_CHUNK_ROWS = 20_000;

const quote = (name: string) => `"${name}"`;

/** Inserts `rows` (values in `columns` order); returns the `returning` columns of every row, in no particular order. */
export async function bulkInsert(
  db: Executor,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly BulkValue[])[],
  returning: readonly string[] = [],
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  if (rows.length === 0) return out;
  const names = columns.map((c) => quote(c.name)).join(', ');
  const ret = returning.length ? ` returning ${returning.map(quote).join(', ')}` : '';
  if (engineOf(db) === 'sqlite') {
    const per = Math.max(1, Math.floor(SQLITE_MAX_PARAMS / columns.length));
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const sql = `insert into ${quote(table)} (${names}) values ${Array.from(chunk, () => tuple).join(', ')}${ret}`;
      const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(sql, chunk.flat()));
      out.push(...result.rows);
    }
    return out;
  }
  const arrays = columns.map((c, i) => `$${i + 1}::${c.pgType}[]`).join(', ');
  const sql = `insert into ${quote(table)} (${names}) select * from unnest(${arrays})${ret}`;
  for (let i = 0; i < rows.length; i += PG_CHUNK_ROWS) {
    const chunk = rows.slice(i, i + PG_CHUNK_ROWS);
    const params = columns.map((_, c) => chunk.map((r) => r[c]));
    const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(sql, params));
    out.push(...result.rows);
  }
  return out;
}
