/**
 * @module Column types shared by the table interfaces. Reads differ by engine
 * (SQLite gives text and 0/1, PostgreSQL gives Date, parsed JSON and booleans);
 * writes always go through `codecs.ts`. Row → domain conversion happens in the
 * repositories, never in callers.
 */
import type { ColumnType, Generated } from 'kysely';

/** Written as an ISO-8601 UTC string; read as a string (SQLite) or a Date (PostgreSQL). */
export type Timestamp = ColumnType<Date | string, string, string>;

/** Written as JSON text; read as text (SQLite) or as the parsed value (PostgreSQL jsonb). */
export type JsonColumn = ColumnType<unknown, string, string>;

/** Nullable JSON. */
export type NullableJsonColumn = ColumnType<unknown, string | null, string | null>;

/** Written as 0/1 (SQLite) or a boolean (PostgreSQL); read as either. */
export type BooleanColumn = ColumnType<boolean | number, boolean | number, boolean | number>;

/** Bytes: BLOB in SQLite, bytea in PostgreSQL; both drivers give a Buffer. */
export type BytesColumn = ColumnType<Uint8Array, Uint8Array, never>;

/** An integer key the database assigns (autoincrement / identity). */
export type Id = Generated<number>;

/** A timestamp that may be absent. */
export type NullableTimestamp = ColumnType<Date | string | null, string | null, string | null>;
