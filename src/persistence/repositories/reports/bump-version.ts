/**
 * @module Optimistic concurrency: move a report from the version a person (or
 * process) saw to the next one, or be told someone else got there first.
 */
import { GongkaiError } from '../../../domain/shared/errors.js';
import type { Transaction } from 'kysely';
import type { Database } from '../../database.js';
import { notFound } from '../errors.js';
import { reportFromRow, type StoredReport } from './report-row.js';

export function versionConflict(reportId: number, expected: number, current: number): GongkaiError {
  return new GongkaiError('CONFLICT', {
    zh: `报告 ${reportId} 已被他人修改（您看到的是第 ${expected} 版，现在是第 ${current} 版）。请重新打开报告，查看改动后再试。`,
    en: `Report ${reportId} was changed by someone else (you saw version ${expected}; it is now version ${current}). Reopen the report, review the change and try again.`,
  });
}

/**
 * `version = version + 1 WHERE version = expected`: the row lock (PostgreSQL) or
 * the write lock (SQLite) makes the second of two concurrent callers find 0 rows.
 */
export async function bumpVersion(trx: Transaction<Database>, reportId: number, expected: number, at: string): Promise<{ before: StoredReport; after: StoredReport }> {
  const row = await trx
    .updateTable('reports')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', reportId)
    .where('version', '=', expected)
    .returningAll()
    .executeTakeFirst();
  if (!row) {
    const current = await trx.selectFrom('reports').select('version').where('id', '=', reportId).executeTakeFirst();
    if (!current) throw notFound('报告', 'report', reportId);
    throw versionConflict(reportId, expected, current.version);
  }
  const after = reportFromRow(row);
  return { before: { ...after, version: expected }, after };
}
