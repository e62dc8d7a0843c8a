import { describe, expect, it } from 'vitest';
import { readTextString } from '../text/read-text.js';
import { assembleReport } from './assemble.js';
import { getPath } from '../../domain/annual-report/index.js';

/** One page of a PDF, as text: Table 4 alone, its header words broken over lines, the values on one line. */
function table4Page(values: string): string {
  return [
    '第 7 页',
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 行政诉讼',
    '未经复议直接起诉 复议后起诉',
    '结果 结果 其他 尚未 总',
    '维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总',
    '维持 纠正 结果 审结 计 维持 纠正 结果 审结 计',
    values,
    '五、存在的主要问题及改进情况',
    '本单位工作人员对新条例理解还不够深入，下一步将加强培训。',
  ].join('\n');
}

describe('assembleReport without anything that tells the format', () => {
  it('reads Table 4 of a page that shows no format and no year, as the current format, and says so', () => {
    const report = assembleReport(readTextString(table4Page('2 0 0 1 3 1 0 0 0 1 0 0 0 0 0')));
    expect(report.format).toBe('2021');
    expect(getPath(report, 'table4.reconsideration')).toEqual({ upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 });
    expect(getPath(report, 'table4.litigationDirect.total')).toBe(1);
    expect(report.findings.some((f) => f.rule === 'P-FORMAT')).toBe(true);
  });

  it('still refuses table words without a single number', () => {
    expect(() => assembleReport(readTextString(table4Page('')))).toThrow(expect.objectContaining({ code: 'NOT_A_REPORT' }));
  });
});
