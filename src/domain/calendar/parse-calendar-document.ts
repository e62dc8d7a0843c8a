/**
 * @module Reading a holiday-notice document (JSON text or a parsed value) into a
 * validated `CalendarDocument`, or refusing it with one `CALENDAR_INVALID` error
 * that lists every problem in Chinese and English.
 */
import type { z } from 'zod';
import { GongkaiError } from '../shared/errors.js';
import { CalendarDocument, validateCalendarDocument, type CalendarIssue } from './calendar-document.js';

/** How many problems an error message lists before it says "and N more". */
const LISTED = 8;

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || '(root)';
}

function zhOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `类型不对，应为 ${issue.expected}`;
    case 'invalid_value':
      return `取值不对，应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}`;
    case 'unrecognized_keys':
      return `有未知的字段：${issue.keys.join('、')}`;
    case 'too_small':
      return issue.origin === 'array' ? `至少需要 ${String(issue.minimum)} 项` : issue.origin === 'string' ? '不能为空' : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return `不能大于 ${String(issue.maximum)}`;
    case 'invalid_union':
      return '应为 kind 为 "national" 或 "regional" 的对象';
    case 'custom':
      return '不是 YYYY-MM-DD 格式的有效日期';
    case 'invalid_format':
      return issue.format === 'url' ? '不是有效的网址' : `格式不对（${issue.format}）`;
    default:
      return '格式不对';
  }
}

function refuse(issues: readonly CalendarIssue[]): GongkaiError {
  const shown = issues.slice(0, LISTED);
  const more = issues.length - shown.length;
  return new GongkaiError('CALENDAR_INVALID', {
    zh:
      `节假日安排文件有 ${issues.length} 处问题，未载入：` +
      shown.map((i, n) => `${n + 1}) ${i.path}：${i.zh}`).join('；') +
      (more > 0 ? `；另有 ${more} 处` : '') +
      '。',
    en:
      `The holiday-notice file has ${issues.length} problem(s) and was not loaded: ` +
      shown.map((i, n) => `${n + 1}) ${i.path}: ${i.en}`).join('; ') +
      (more > 0 ? `; and ${more} more` : '') +
      '.',
  });
}

/** Validates a parsed value; throws `CALENDAR_INVALID` listing every problem. */
export function parseCalendarDocument(value: unknown): CalendarDocument {
  const parsed = CalendarDocument.safeParse(value);
  if (!parsed.success) {
    throw refuse(parsed.error.issues.map((i) => ({ path: pathOf(i.path), zh: zhOf(i), en: i.message })));
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
    const detail = e instanceof Error ? e.message : String(e);
    throw refuse([{ path: '(root)', zh: `不是有效的 JSON（${detail}）`, en: `not valid JSON (${detail})` }]);
  }
  return parseCalendarDocument(value);
}
