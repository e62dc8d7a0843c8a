/**
 * @module Coded errors the repositories throw, and recognising the engines'
 * constraint violations.
 */
import { GongkaiError } from '../../domain/shared/errors.js';

export function notFound(what: string, whatEn: string, id: number | string): GongkaiError {
  return new GongkaiError('NOT_FOUND', { zh: `找不到${what} ${id}。`, en: `No ${whatEn} ${id}.` });
}

export function invalid(zh: string, en: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', { zh, en });
}

/** True for a UNIQUE / PRIMARY KEY violation on either engine. */
export function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True for a FOREIGN KEY violation on either engine. */
export function isForeignKeyViolation(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
