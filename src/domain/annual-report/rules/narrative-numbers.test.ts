/**
 * @module Reading counts out of the narrative (numerals, phrasings, guards).
 */
import { describe, it, expect } from 'vitest';
import { extractClaims, parseCount } from './narrative-numbers.js';

const claims = (text: string, year: number | null = 2024) => extractClaims(text, year).map((c) => [c.kind, c.value]);

describe('parseCount', () => {
  it('reads Arabic, full-width and Chinese numerals', () => {
    expect(parseCount('26')).toBe(26);
    expect(parseCount('２６')).toBe(26);
    expect(parseCount('两')).toBe(2);
    expect(parseCount('三')).toBe(3);
    expect(parseCount('十')).toBe(10);
    expect(parseCount('十二')).toBe(12);
    expect(parseCount('二十')).toBe(20);
    expect(parseCount('一百零五')).toBe(105);
    expect(parseCount('零')).toBe(0);
  });

  it('rejects what is not a number', () => {
    expect(parseCount('')).toBeNull();
    expect(parseCount('一二')).toBeNull();
    expect(parseCount('多')).toBeNull();
  });
});

describe('extractClaims', () => {
  it('reads the phrasings of the seeds', () => {
    expect(claims('2019年，共收到依申请公开2件，全部按时限要求进行了公开。', 2019)).toEqual([['applications', 2]]);
    expect(
      claims('2024年，通过网络、信函、当面申请等方式，受理公民、法人或其他组织向县政府提出的政府信息依申请公开26件，办结完成26件。2024年，因政府信息公开产生行政复议7件，未发生行政诉讼案件。'),
    ).toEqual([['applications', 26], ['reconsideration', 7], ['litigation', 0]]);
    expect(claims('本年度区政府办公室共收到依申请公开15件，全部按期答复和办结。')).toEqual([['applications', 15]]);
  });

  it('reads other common phrasings and Chinese numerals', () => {
    expect(claims('全年共收到政府信息公开申请十二件。')).toEqual([['applications', 12]]);
    expect(claims('收到两件政府信息公开申请。')).toEqual([['applications', 2]]);
    expect(claims('被申请行政复议三起，行政诉讼1件。')).toEqual([['reconsideration', 3], ['litigation', 1]]);
    expect(claims('未发生因政府信息公开引起的行政复议、行政诉讼。')).toEqual([['reconsideration', 0], ['litigation', 0]]);
    expect(claims('本年度无行政复议。')).toEqual([['reconsideration', 0]]);
    expect(claims('行政复议和行政诉讼案件均为0件。')).toEqual([['reconsideration', 0], ['litigation', 0]]);
    expect(claims('本年度未收到政府信息公开申请。')).toEqual([['applications', 0]]);
  });

  it('ignores outcomes, sub-counts, other years and comparisons', () => {
    expect(claims('未发生行政复议被纠错、行政诉讼败诉案件。')).toEqual([]);
    expect(claims('由此引发复议、诉讼案件较多。')).toEqual([]);
    expect(claims('行政复议结果维持5件，结果纠正2件。')).toEqual([]);
    expect(claims('其中，通过网络受理依申请公开3件。')).toEqual([]);
    expect(claims('较上年收到政府信息公开申请20件有所增加。')).toEqual([]);
    expect(claims('2023年共收到依申请公开8件。')).toEqual([]);
    expect(claims('共受理政府信息公开申请26件（其中上年结转2件）。')).toEqual([]);
    expect(claims('共受理政府信息公开申请26件，上年结转2件。')).toEqual([]);
    expect(claims('共收到依申请公开15件，其中自然人申请10件。')).toEqual([['applications', 15]]);
    expect(claims('条例实施以来累计受理依申请公开300件。')).toEqual([]);
    expect(claims('收到依申请公开十余件。')).toEqual([]);
    expect(claims('一、本年新收政府信息公开申请数量\t15\t0\t0\t0\t0\t0\t15')).toEqual([]);
  });

  it('keeps the stating clause as the fragment', () => {
    const [c] = extractClaims('2019年，共收到依申请公开2件，全部按时限要求进行了公开。', 2019);
    expect(c!.fragment).toBe('共收到依申请公开2件');
  });
});
