/**
 * @module Reading a holiday-notice document (JSON text or a parsed value) into a
 * validated `CalendarDocument`, or refusing it with one `CALENDAR_INVALID` error
 * that lists every problem in Chinese and English.
 */
import { GongkaiError } from '../shared/errors.js';
import { jsonSyntaxProblem, listProblems, zodProblems, type Problem } from '../shared/zod-problems.js';
import { CalendarDocument, validateCalendarDocument } from './calendar-document.js';

function refuse(issues: readonly Problem[]): GongkaiError {
  const list = listProblems(issues);
  return new GongkaiError('CALENDAR_INVALID', {
    zh: `节假日安排文件有 ${issues.length} 处问题，未载入：${list.zh}。`,
    en: `The holiday-notice file has ${issues.length} problem(s) and was not loaded: ${list.en}.`,
  });
}

/** Validates a parsed value; throws `CALENDAR_INVALID` listing every problem. */
export function parseCalendarDocument(value: unknown): CalendarDocument {
  const parsed = CalendarDocument.safeParse(value);
  if (!parsed.success) {
    throw refuse(zodProblems(parsed.error.issues, '应为 kind 为 "national" 或 "regional" 的对象'));
  }
  const issues = validateCalendarDocument(parsed.data);
  if (issues.length > 0) throw refuse(issues);
  return parsed.data;
}

/** Parses JSON text (a leading byte-order mark is allowed) and validates it. */
export function parseCalendarJson(text: string): CalendarDocument {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw refuse([jsonSyntaxProblem(e)]);
  }
  return parseCalendarDocument(value);
}
