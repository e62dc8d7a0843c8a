import { describe, expect, it } from 'vitest';
import { readTextString } from '../text/read-text.js';
import { agencyAndYear, arabicYears, periodYear, readMeta } from './metadata.js';

const meta = (text: string) => readMeta(readTextString(text).tokens);

describe('agencyAndYear', () => {
  it.each([
    ['康乐县人民政府2019年政府信息公开工作年度报告', '康乐县人民政府', 2019],
    ['2020年临江县人民政府政府信息公开工作年度报告', '临江县人民政府', 2020],
    ['临江县人民政府二〇二〇年度政府信息公开工作年度报告', '临江县人民政府', 2020],
  ])('reads %s', (title, agency, year) => {
    expect(agencyAndYear(title)).toEqual({ agency, year });
  });
});

describe('arabicYears', () => {
  it('writes years in Chinese numerals as digits, and nothing else', () => {
    expect(arabicYears('二〇二一年度 二○一九年 二零二零年 一二三年 二〇二一')).toBe('2021年度 2019年 2020年 一二三年 二〇二一');
  });
});

describe('readMeta', () => {
  it('joins a title set on two lines: the agency alone above the title', () => {
    expect(meta('临江县人民政府\n\n2020年政府信息公开工作年度报告\n\n正文')).toMatchObject({ agency: '临江县人民政府', year: 2020 });
  });

  it('takes the agency from the line below when the line above is not one', () => {
    expect(meta('2020年政府信息公开工作年度报告\n临江县教育局\n正文')).toMatchObject({ agency: '临江县教育局', year: 2020 });
  });

  it('does not take a sentence or a metadata line for the agency', () => {
    expect(meta('发布机构：政府办公室\n2020年政府信息公开工作年度报告\n根据条例规定，现将报告公布如下。').agency).toBeNull();
  });
});

describe('periodYear', () => {
  it.each([
    ['本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。', 2022],
    ['统计期限为 2024 年 1 月 1 日至 12 月 31 日。', 2024],
    ['截至2020年12月31日，累计公开信息56条。', 2020],
    ['截止2023年底共办结申请12件。', 2023],
    ['统计期限自2022年1月1日至2023年12月31日', null],
    ['截至2024年3月，已全部办结。', null],
  ])('reads %s', (text, year) => {
    expect(periodYear(text)).toBe(year);
  });

  it('gives the year when no title names it', () => {
    expect(meta('一、总体情况\n本年报所列数据的统计期限为2021年1月1日至2021年12月31日。\n二、主动公开政府信息情况').year).toBe(2021);
  });
});
