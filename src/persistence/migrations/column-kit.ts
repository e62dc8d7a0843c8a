/**
 * @module The few places where the engines' DDL truly differs, for migrations.
 *
 * FROZEN: migrations that ran in production depend on exactly these types. Never
 * change a mapping; add a new function for a new need.
 */
import type { ColumnDataType, CreateTableBuilder, Kysely } from 'kysely';
import { engineOf, type Engine } from '../engine.js';

export interface ColumnKit {
  readonly engine: Engine;
  /** JSON: TEXT / jsonb. */
  readonly json: ColumnDataType;
  /** Timestamp: TEXT ISO-8601 UTC / timestamptz. */
  readonly timestamp: ColumnDataType;
  /** Bytes: BLOB / bytea. */
  readonly bytes: ColumnDataType;
  /** Boolean: INTEGER 0/1 / boolean. */
  readonly boolean: ColumnDataType;
  /** Adds `id`, an integer primary key the database assigns: AUTOINCREMENT / IDENTITY. */
  id<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>;
}

export function columnKit(db: Kysely<unknown>): ColumnKit {
  const engine = engineOf(db);
  const sqlite = engine === 'sqlite';
  return {
    engine,
    json: sqlite ? 'text' : 'jsonb',
    timestamp: sqlite ? 'text' : 'timestamptz',
    bytes: sqlite ? 'blob' : 'bytea',
    boolean: sqlite ? 'integer' : 'boolean',
    id: (table) =>
      table.addColumn('id', 'integer', (col) =>
        sqlite ? col.primaryKey().autoIncrement() : col.primaryKey().generatedByDefaultAsIdentity(),
      ),
  };
}
