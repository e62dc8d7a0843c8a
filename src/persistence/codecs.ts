/**
 * @module Values across engines. Writes use one form both engines accept; reads
 * accept what either engine returns:
 *
 * | value     | SQLite stores | PostgreSQL stores | read back as (SQLite / PG) |
 * |-----------|---------------|-------------------|----------------------------|
 * | timestamp | TEXT ISO-8601 UTC (`…Z`, sorts as text) | timestamptz | string / Date |
 * | JSON      | TEXT          | jsonb (key order not kept) | string / parsed value |
 * | boolean   | INTEGER 0/1   | boolean           | number / boolean |
 * | bytes     | BLOB          | bytea             | Buffer / Buffer |
 * | count/sum | INTEGER/REAL  | bigint/numeric    | number / string (pool parses int8 and numeric, but decode anyway) |
 */
import type { Engine } from './engine.js';

/** A Date as stored: ISO-8601 in UTC with milliseconds. */
export function encodeDate(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('invalid date');
  return d.toISOString();
}

export function decodeDate(v: unknown): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'string' || typeof v === 'number') {
    // SQLite's own CURRENT_TIMESTAMP form `YYYY-MM-DD HH:MM:SS` is UTC without a zone.
    const text = typeof v === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(v) ? `${v.replace(' ', 'T')}Z` : v;
    const d = new Date(text);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new TypeError(`not a stored timestamp: ${String(v)}`);
}

export function decodeNullableDate(v: unknown): Date | null {
  return v === null || v === undefined ? null : decodeDate(v);
}

/**
 * JSON as text. Arrays must be sent as text: `pg` would turn a JS array into a
 * PostgreSQL array literal, not JSON.
 */
export function encodeJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

export function encodeNullableJson(value: unknown): string | null {
  return value === null || value === undefined ? null : encodeJson(value);
}

export function decodeJson<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/** better-sqlite3 cannot bind booleans: it gets 0/1. */
export function encodeBoolean(b: boolean, engine: Engine): boolean | number {
  return engine === 'sqlite' ? (b ? 1 : 0) : b;
}

export function decodeBoolean(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 't' || v === 'true';
}

/** Counts and sums: PostgreSQL's bigint and numeric can come back as strings. */
export function decodeNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'string') {
    const n = Number(v);
    if (Number.isFinite(n)) return n;
  }
  throw new TypeError(`not a number: ${String(v)}`);
}

/** Bytes for a driver: both accept a Buffer; a Buffer view shares the memory. */
export function encodeBytes(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function decodeBytes(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v;
  throw new TypeError('not stored bytes');
}
