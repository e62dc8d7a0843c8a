/**
 * @module Tests of rule w6-fee-mentioned: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { W6_FEE_MENTIONED } from './w6-fee-mentioned.js';
import { sampleReport } from './test-helpers.test-util.js';

describe('W6 sec6.fee', () => {
  it('passes a 2021 report whose section 六 states the fees', () => {
    expect(W6_FEE_MENTIONED.check({ report: sampleReport('2021') })).toEqual([]);
    const report = sampleReport('2021', { sections: { otherMatters: '（一）收取信息处理费情况\n本年度未收取信息 处理费。' } });
    expect(W6_FEE_MENTIONED.check({ report })).toEqual([]);
  });

  it('has nothing to check on 2019 reports or reports without narrative', () => {
    expect(W6_FEE_MENTIONED.check({ report: sampleReport('2019') })).toEqual([]);
    expect(W6_FEE_MENTIONED.check({ report: sampleReport('2021', { sections: {} }) })).toEqual([]);
  });

  it('warns when section 六 does not mention the fees, or is missing', () => {
    const silent = sampleReport('2021', { sections: { overview: '总体情况。', otherMatters: '六、其他需要报告的事项:无。' } });
    expect(W6_FEE_MENTIONED.check({ report: silent })).toMatchObject([{ rule: 'W6', severity: 'warning', paths: [] }]);
    const missing = sampleReport('2021', { sections: { overview: '总体情况。' } });
    expect(W6_FEE_MENTIONED.check({ report: missing })[0]!.message.zh).toContain('未找到');
  });
});
