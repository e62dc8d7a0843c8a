/**
 * @module Header words of the statutory tables: tokens made only of these are
 * table furniture, not data and not narrative.
 */
import { bare, core } from './text-forms.js';

const T3_HEADER = new Set(['申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', '信息内容', '小计', '合计', '法人或其他组织小计', '法人或其他组织合计']);
const T4_CHARS = new Set([...'行政复议诉讼结果维持纠正其他尚未审总计合经直接起后类别项目数量件']);

export function isTable3Header(text: string): boolean {
  const c = core(text);
  if (T3_HEADER.has(c) || c.includes('勾稽关系') || c.startsWith('本列数据')) return true;
  // Several header words in one cell, as PDF lines put them: 商业企业 科研机构 …
  const parts = text.trim().split(/[\s\u00a0\u3000]+/);
  return parts.length > 1 && parts.every((p) => T3_HEADER.has(core(p)));
}

function isTable4Word(c: string): boolean {
  if (c === '' || c.length > 14) return false;
  for (const ch of c) if (!T4_CHARS.has(ch)) return false;
  return true;
}

/**
 * Header or label words of Table 4 (结果维持, 行政诉讼（未经复议直接起诉）…), also several on one
 * line, and flattened headers that join their levels: 行政诉讼·未经复议直接起诉·结果维持.
 */
export function isTable4Header(text: string, bareText: string = bare(text)): boolean {
  const c = bareText;
  if (c === '') return false;
  if (isTable4Word(c)) return true;
  const parts = text.trim().split(/[\s\u00a0\u3000·・/／]+/);
  return parts.length > 1 && parts.every((p) => isTable4Word(bare(p)));
}

const ART20_CAPTION_RE = /^第二十条第([一二三四五六七八九十]+)项$/;
const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 十三: 13, 十四: 14, 十五: 15 };

/** `第二十条第（五）项` → `art20_5`, else null (given the `bare` form of the text). */
export function art20Caption(bareText: string): string | null {
  const m = ART20_CAPTION_RE.exec(bareText);
  if (!m) return null;
  const n = NUMERALS[m[1]!];
  return n ? `art20_${n}` : null;
}
