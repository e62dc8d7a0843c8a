import { describe, expect, it } from 'vitest';
import { dropPageFurniture, isPageNumberLine } from './page-furniture.js';

describe('isPageNumberLine', () => {
  it.each(['- 3 -', '— 4 —', '-12-', '第 3 页 共 5 页', '第3页，共5页', '第 ３ 页', '共5页 第3页', '3/5', ' 3 / 5 ', 'Page 3 of 5'])('knows %j', (line) => {
    expect(isPageNumberLine(line)).toBe(true);
  });

  it.each(['3', '-', '- 3', '0 0 3', '15', '2.重复申请', '第二十条第（一）项', '本年新收 3 页', '1,234'])('leaves %j alone', (line) => {
    expect(isPageNumberLine(line)).toBe(false);
  });
});

describe('dropPageFurniture', () => {
  it('drops page numbers, later repeats of the title and the blank lines before them', () => {
    const lines = ['某县2021年政府信息公开工作年度报告', '', '规章', '', '0', '', '- 2 -', '', '某县2021年政府信息公开工作年度报告', '', '0'];
    expect(dropPageFurniture(lines)).toEqual(['某县2021年政府信息公开工作年度报告', '', '规章', '', '0', null, null, null, null, '', '0']);
  });

  it('keeps a first line that is no title when it repeats', () => {
    expect(dropPageFurniture(['0', '0', '0'])).toEqual(['0', '0', '0']);
  });
});
