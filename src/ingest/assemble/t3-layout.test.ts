import { describe, expect, it } from 'vitest';
import { cell } from '../tokens.js';
import { t3Layout, toTemplate, TEMPLATE_LAYOUT } from './t3-layout.js';
import { resolveRow } from './resolve-row.js';
import { candidateValues, type ValueItem } from './value-item.js';

const at = { kind: 'line' as const, line: 1 };
const cells = (...texts: string[]) => texts.map((t) => cell(t, at));
const nums = (...vs: number[]): ValueItem[] => vs.map((v) => ({ kind: 'number', value: v, digits: String(v), raw: String(v), at }));

describe('t3Layout', () => {
  it('is the template when the header names no extra column', () => {
    expect(t3Layout(cells('自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'), 0, 8)).toBe(TEMPLATE_LAYOUT);
  });

  it('finds a 法人或其他组织小计 column after 其他, also in a one-line header', () => {
    expect(t3Layout(cells('自然人', '法人或其他组织', '总计', '商业企业 科研机构 社会公益组织 法律服务机构 其他 小计'), 0, 4).extraAt).toBe(6);
    expect(t3Layout(cells('自然人', '法人或其他组织', '法人或其他组织小计', '总计'), 0, 4).extraAt).toBe(6);
  });

  it('finds a 小计 column before 商业企业', () => {
    expect(t3Layout(cells('自然人', '法人或其他组织', '总计', '小计', '商业企业'), 0, 5).extraAt).toBe(1);
  });

  it('reads eight cells, checks both sums and drops the subtotal', () => {
    const layout = t3Layout(cells('小计', '总计'), 0, 2);
    const res = toTemplate(resolveRow(nums(3, 1, 2, 4, 5, 6, 18, 21), layout.width, layout.sums), layout);
    expect(res.candidates.map(candidateValues)).toEqual([[3, 1, 2, 4, 5, 6, 21]]);
  });
});
