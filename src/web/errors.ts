/**
 * @module Errors at the HTTP boundary: every `GongkaiError` code maps to one
 * status, and the body is `{error:{code,message:{zh,en}}}` for the API or a
 * plain-language page for people. Anything else is logged and becomes a 500
 * without internals.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { GongkaiError, isGongkaiError, type ErrorCode } from '../domain/shared/errors.js';
import type { Message } from '../domain/shared/finding.js';

const STATUS: Readonly<Record<ErrorCode, ContentfulStatusCode>> = {
  INPUT_NOT_FOUND: 400,
  INPUT_IS_DIRECTORY: 400,
  INPUT_EMPTY: 400,
  INPUT_TOO_LARGE: 413,
  INPUT_BINARY: 415,
  INPUT_UNREADABLE: 400,
  INPUT_UNSUPPORTED_TYPE: 415,
  NOT_A_REPORT: 400,
  RENDER_UNSUPPORTED: 404,
  USAGE: 400,
  CONFLICT: 409,
  NOT_FOUND: 404,
  INVALID_VALUE: 422,
  DB_UNAVAILABLE: 503,
  DB_MIGRATION: 503,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  RATE_LIMITED: 429,
  INVALID_DATE: 422,
  CALENDAR_INVALID: 422,
  CALENDAR_NOT_COVERED: 422,
  CASE_ILLEGAL_TRANSITION: 409,
  CASE_INVALID_EVENT: 422,
  LETTER_UNAVAILABLE: 409,
  LETTER_INCOMPLETE: 422,
  BROWSER_UNAVAILABLE: 503,
};

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: Message };
}

export interface MappedError {
  readonly status: ContentfulStatusCode;
  readonly body: ErrorBody;
}

const INTERNAL: Message = { zh: '服务器内部错误，请稍后再试。', en: 'Internal server error; please try again later.' };

/** The status and body for any thrown value; unknown errors are logged, not shown. */
export function mapError(e: unknown, log: (e: unknown) => void = (x) => console.error(x)): MappedError {
  if (isGongkaiError(e)) return { status: statusOf(e.code), body: { error: { code: e.code, message: { zh: e.zh, en: e.en } } } };
  log(e);
  return { status: 500, body: { error: { code: 'INTERNAL', message: INTERNAL } } };
}

export function forbidden(): GongkaiError {
  return new GongkaiError('FORBIDDEN', { zh: '您无权查看或更改此内容。', en: 'You may not see or change this.' });
}

export function unauthenticated(): GongkaiError {
  return new GongkaiError('UNAUTHENTICATED', { zh: '请先登录。', en: 'Please sign in first.' });
}

export function notFoundPage(): GongkaiError {
  return new GongkaiError('NOT_FOUND', { zh: '找不到该页面或报告。', en: 'No such page or report.' });
}

/** The conflict message people see when the report changed under them. */
export const STALE_VERSION: Message = {
  zh: '该报告已被他人修改，您看到的版本已过期。请重新打开报告，核对最新数据后再提交更正。',
  en: 'Someone else changed this report; the version you saw is out of date. Reopen the report, check the newest values and submit again.',
};
