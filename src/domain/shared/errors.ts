/**
 * @module Domain errors with stable codes. The CLI maps them to exit codes,
 * the web layer to HTTP statuses. Never match on message text: match on `code`.
 */
import type { Message } from './finding.js';

export const ERROR_CODES = [
  'INPUT_NOT_FOUND',
  'INPUT_IS_DIRECTORY',
  'INPUT_EMPTY',
  'INPUT_TOO_LARGE',
  'INPUT_BINARY',
  'INPUT_UNREADABLE',
  'INPUT_UNSUPPORTED_TYPE',
  'NOT_A_REPORT',
  'RENDER_UNSUPPORTED',
  'USAGE',
  /** Someone else changed the record first (optimistic concurrency): reload and try again. */
  'CONFLICT',
  'NOT_FOUND',
  /** A value that the data model does not allow (bad cell path, number, level, a cycle in the tree…). */
  'INVALID_VALUE',
  /** The database cannot be opened or reached. */
  'DB_UNAVAILABLE',
  /** The database schema cannot be brought up to date (failed or unknown migration). */
  'DB_MIGRATION',
  /** Not signed in, or the session or API token is missing, expired or revoked (web/API). */
  'UNAUTHENTICATED',
  /** Signed in, but this role or scope may not do that (web/API). */
  'FORBIDDEN',
  /** A form was posted without a valid CSRF token (web). */
  'CSRF_REJECTED',
  /** Too many attempts (sign-in); wait and try again (web). */
  'RATE_LIMITED',
  /** Not a real date, or not written YYYY-MM-DD. */
  'INVALID_DATE',
  /** A holiday-notice file that fails validation (structure or dates); nothing was stored. */
  'CALENDAR_INVALID',
  /** A date in a year for which no State Council holiday notice is loaded. */
  'CALENDAR_NOT_COVERED',
  /** A case event that the case's current state does not allow (e.g. a second extension). */
  'CASE_ILLEGAL_TRANSITION',
  /** A case event whose own data is wrong (dates out of order, an extension over 20 working days…). */
  'CASE_INVALID_EVENT',
  /** A letter the case has not reached the step for (a correction notice without a correction request…). */
  'LETTER_UNAVAILABLE',
  /** A letter that needs facts the case does not give (where published information is found, how to pay…). */
  'LETTER_INCOMPLETE',
  /** No browser to print a PDF with (Chromium missing or failing to start). */
  'BROWSER_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class GongkaiError extends Error {
  readonly code: ErrorCode;
  readonly zh: string;
  readonly en: string;

  constructor(code: ErrorCode, message: Message, options?: { cause?: unknown }) {
    super(`${message.zh} / ${message.en}`, options);
    this.name = 'GongkaiError';
    this.code = code;
    this.zh = message.zh;
    this.en = message.en;
  }
}

export function isGongkaiError(e: unknown): e is GongkaiError {
  return e instanceof GongkaiError;
}
