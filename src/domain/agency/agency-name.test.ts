import { describe, expect, it } from 'vitest';
import { agencyKey, collapseRepeatedPlace, governmentCore, normalizeAgencyName } from './agency-name.js';

describe('agency names', () => {
  it('normalises width, spaces and punctuation', () => {
    expect(normalizeAgencyName(' 成 安 县（人民政府）')).toBe('成安县人民政府');
    expect(normalizeAgencyName('ＡＢＣ区・教育局')).toBe('ABC区教育局');
  });

  it('reduces a government name to its place', () => {
    expect(governmentCore('成安县人民政府办公室')).toBe('成安县');
    expect(governmentCore('成安县人民政府')).toBe('成安县');
    expect(governmentCore('成安县政府办')).toBe('成安县');
    expect(governmentCore('河北省人民政府办公厅')).toBe('河北省');
    expect(governmentCore('城关街道办事处')).toBe('城关街道');
    expect(governmentCore('成安县教育局')).toBe('成安县教育局');
    // Never shrinks to a single character.
    expect(governmentCore('县政府')).toBe('县政府');
  });

  it('collapses a place written twice in a row', () => {
    expect(collapseRepeatedPlace('兴和县兴和县人民政府')).toBe('兴和县人民政府');
    expect(collapseRepeatedPlace('河北省邯郸市邯郸市教育局')).toBe('河北省邯郸市教育局');
    expect(collapseRepeatedPlace('北京市市场监督管理局')).toBe('北京市市场监督管理局');
    expect(agencyKey('兴和县 兴和县')).toBe('兴和县');
  });
});
