import { describe, expect, it } from 'vitest';
import type { AgencyLevel, AgencyRef } from '../../domain/agency/agency.js';
import { agencySelect, groupAgencies } from './agency-choice.js';

let next = 1;
const agency = (name: string, parentId: number | null, level: AgencyLevel = 'department'): AgencyRef => ({ id: next++, parentId, name, level, aliases: [] });

const city = agency('示范市', null, 'city');
const xinghe = agency('兴和县', city.id, 'county');
const chengan = agency('成安县', city.id, 'county');
const cityDept = agency('示范市财政局', city.id);
const list = [
  agency('兴和县教育局', xinghe.id),
  chengan,
  agency('成安县民政局', chengan.id),
  xinghe,
  agency('兴和县财政局', xinghe.id),
  cityDept,
  city,
  agency('成安县教育局', chengan.id),
];

describe('groupAgencies', () => {
  it('groups each agency with the agencies directly below it, labelled by the path from the top, in pinyin order', () => {
    const groups = groupAgencies(list);
    expect(groups.map((g) => [g.label, g.agencies.map((a) => a.name)])).toEqual([
      ['示范市', ['示范市', '示范市财政局']],
      // 成 (cheng) before 兴 (xing).
      ['示范市 › 成安县', ['成安县', '成安县教育局', '成安县民政局']],
      ['示范市 › 兴和县', ['兴和县', '兴和县财政局', '兴和县教育局']],
    ]);
    expect(groups.flatMap((g) => g.agencies).length).toBe(list.length);
  });

  it('treats an agency whose parent is not in the list as a top, and a single agency needs no group', () => {
    const subtree = list.filter((a) => a.id !== city.id && a.id !== cityDept.id);
    expect(groupAgencies(subtree).map((g) => g.label)).toEqual(['成安县', '兴和县']);
    expect(groupAgencies([xinghe])).toEqual([{ label: null, agencies: [xinghe] }]);
  });

  it('stays one option per agency, grouped, for hundreds of agencies', () => {
    const many: AgencyRef[] = [city];
    for (let c = 0; c < 30; c++) {
      const county = agency(`第${c}县`, city.id, 'county');
      many.push(county, ...Array.from({ length: 12 }, (_, d) => agency(`第${c}县第${d}局`, county.id)));
    }
    const groups = groupAgencies(many);
    expect(groups.length).toBe(31);
    expect(new Set(groups.flatMap((g) => g.agencies.map((a) => a.id))).size).toBe(many.length);
  });
});

describe('agencySelect', () => {
  it('renders optgroups with the chosen agency selected, names escaped', () => {
    const html = String(agencySelect({ name: 'agency', label: '受理机关', agencies: [...list, agency('<b>县</b>', null)], value: String(xinghe.id), placeholder: '请选择机关' }));
    expect(html).toContain('<label for="f-agency">受理机关</label>');
    expect(html).toContain('<option value="">请选择机关</option>');
    expect(html).toContain('<optgroup label="示范市 › 兴和县">');
    expect(html).toContain(`<option value="${xinghe.id}" selected>兴和县</option>`);
    expect(html).toContain('&lt;b&gt;县&lt;/b&gt;');
    expect(html.indexOf('&lt;b&gt;')).toBeLessThan(html.indexOf('<optgroup'));
  });
});
