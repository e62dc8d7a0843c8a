/**
 * @module Tests of rule w7-deadline: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { agencyKind, W7_DEADLINE } from './w7-deadline.js';
import { sampleReport } from './test-helpers.test-util.js';

const at = (agency: string | null, publishedAt: string | null, year: number | null = 2021) =>
  W7_DEADLINE.check({ report: sampleReport('2021', { agency, publishedAt, year }) });

describe('agencyKind', () => {
  it('tells governments, departments and townships apart', () => {
    expect(agencyKind('康乐县人民政府')).toBe('government');
    expect(agencyKind('成安县')).toBe('government');
    expect(agencyKind('兴和县')).toBe('government');
    expect(agencyKind('桦甸市统计局')).toBe('department');
    expect(agencyKind('涧西区人民政府办公室')).toBe('department');
    expect(agencyKind('某某镇人民政府')).toBe('township');
    expect(agencyKind('某某街道办事处')).toBe('township');
    expect(agencyKind(null)).toBe('unknown');
  });
});

describe('W7 deadline', () => {
  it('passes reports published on time', () => {
    expect(at('桦甸市统计局', '2022-01-31')).toEqual([]);
    expect(at('成安县', '2022-02-21')).toEqual([]);
    expect(at('康乐县人民政府', '2022-03-31')).toEqual([]);
  });

  it('warns a department published after 31 January', () => {
    const [f] = at('桦甸市统计局', '2022-02-01');
    expect(f).toMatchObject({ rule: 'W7', severity: 'warning', paths: [] });
    expect(f!.message.zh).toBe('2021年度报告发布于 2022-02-01，晚于政府部门的公布期限 2022-01-31（《条例》第四十九条）');
  });

  it('warns a government published after 31 March; unknown agencies get the later deadline', () => {
    expect(at('兴和县', '2022-04-01')).toHaveLength(1);
    expect(at(null, '2022-02-15')).toEqual([]);
    expect(at(null, '2022-04-15')).toHaveLength(1);
  });

  it('has nothing to check without a date or year, or for townships', () => {
    expect(at('桦甸市统计局', null)).toEqual([]);
    expect(at('桦甸市统计局', '2023-05-01', null)).toEqual([]);
    expect(at('某某镇人民政府', '2022-06-01')).toEqual([]);
  });
});
