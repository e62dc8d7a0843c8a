/**
 * @module What zod found wrong with a file, as problems with a path and a
 * message in Chinese and English, and a list of them for one error message.
 */
import type { z } from 'zod';
import type { Message } from './finding.js';

export interface Problem {
  /** Where, e.g. `events[2].on`. */
  readonly path: string;
  readonly zh: string;
  readonly en: string;
}

/** How many problems an error message lists before it says "and N more". */
export const LISTED_PROBLEMS = 8;

export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || '(root)';
}

/** A zod issue in Chinese; `unionZh` says what a union expects. */
export function issueZh(issue: z.core.$ZodIssue, unionZh = '不符合任何一种允许的写法'): string {
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
      return unionZh;
    case 'custom':
      return '不是 YYYY-MM-DD 格式的有效日期';
    case 'invalid_format':
      return issue.format === 'url' ? '不是有效的网址' : `格式不对（${issue.format}）`;
    default:
      return '格式不对';
  }
}

export function zodProblems(issues: readonly z.core.$ZodIssue[], unionZh?: string): Problem[] {
  return issues.map((i) => ({ path: issuePath(i.path), zh: issueZh(i, unionZh), en: i.message }));
}

/** `1) path：message；2) …；另有 N 处` in both languages. */
export function listProblems(problems: readonly Problem[]): Message {
  const shown = problems.slice(0, LISTED_PROBLEMS);
  const more = problems.length - shown.length;
  return {
    zh: shown.map((p, n) => `${n + 1}) ${p.path}：${p.zh}`).join('；') + (more > 0 ? `；另有 ${more} 处` : ''),
    en: shown.map((p, n) => `${n + 1}) ${p.path}: ${p.en}`).join('; ') + (more > 0 ? `; and ${more} more` : ''),
  };
}

/** What JSON.parse said, without quoting the input (which may hold personal data): its position at most. */
export function jsonSyntaxProblem(e: unknown): Problem {
  const at = e instanceof Error ? /position (\d+)/.exec(e.message)?.[1] : undefined;
  return {
    path: '(root)',
    zh: at ? `不是有效的 JSON（第 ${at} 个字符附近）` : '不是有效的 JSON',
    en: at ? `not valid JSON (near character ${at})` : 'not valid JSON',
  };
}
