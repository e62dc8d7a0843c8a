import { describe, expect, it } from 'vitest';
import type { AgencyLevel, AgencyRef } from './agency.js';
import { createAgencyMatcher, matchAgency } from './match-agency.js';

let nextId = 1;
function a(name: string, level: AgencyLevel, parent: AgencyRef | null, aliases: string[] = []): AgencyRef {
  return { id: nextId++, parentId: parent?.id ?? null, name, level, aliases };
}

// A small region: 河北省 › 邯郸市 › 成安县, with departments at both levels, and two 朝阳区.
const hebei = a('河北省', 'province', null);
const handan = a('邯郸市', 'city', hebei);
const chengan = a('成安县', 'county', handan, ['成安']);
const chenganEdu = a('教育局', 'department', chengan);
const handanEdu = a('教育局', 'department', handan);
const chenganOffice = a('成安县人民政府办公室', 'department', chengan);
const beijing = a('北京市', 'province', null);
const bjChaoyang = a('朝阳区', 'county', beijing);
const jilin = a('吉林省', 'province', null);
const changchun = a('长春市', 'city', jilin);
const ccChaoyang = a('朝阳区人民政府', 'county', changchun);
const xinghe = a('兴和县人民政府', 'county', null);
const town = a('城关街道办事处', 'township', chengan);
const all = [hebei, handan, chengan, chenganEdu, handanEdu, chenganOffice, beijing, bjChaoyang, jilin, changchun, ccChaoyang, xinghe, town];
const match = createAgencyMatcher(all);

describe('matchAgency', () => {
  it('matches the exact name, ignoring spaces and full-width forms', () => {
    expect(match('成安县')).toEqual({ status: 'matched', agencyId: chengan.id, via: 'exact' });
    expect(match(' 成 安 县 ')).toMatchObject({ agencyId: chengan.id, via: 'exact' });
  });

  it('matches an alias', () => {
    expect(match('成安')).toEqual({ status: 'matched', agencyId: chengan.id, via: 'alias' });
  });

  it('treats 县, 县人民政府, 县人民政府办公室 and 县政府办 as the county', () => {
    for (const name of ['成安县人民政府', '成安县政府', '成安县政府办', '成安县人民政府办']) {
      expect(match(name)).toEqual({ status: 'matched', agencyId: chengan.id, via: 'variant' });
    }
    // The tree stores the long form; the report uses the short one.
    expect(match('兴和县')).toMatchObject({ status: 'matched', agencyId: xinghe.id });
  });

  it('prefers an agency that carries the full name over the variant', () => {
    // 成安县人民政府办公室 exists as a department: the exact name wins over the county's variant.
    expect(match('成安县人民政府办公室')).toEqual({ status: 'matched', agencyId: chenganOffice.id, via: 'exact' });
  });

  it('maps 街道办事处 to the 街道', () => {
    expect(match('城关街道')).toMatchObject({ status: 'matched', agencyId: town.id });
  });

  it('collapses a place written twice', () => {
    expect(match('兴和县兴和县人民政府')).toMatchObject({ status: 'matched', agencyId: xinghe.id, via: 'variant' });
  });

  it('accepts the province and city in front of the name', () => {
    expect(match('河北省邯郸市成安县人民政府')).toEqual({ status: 'matched', agencyId: chengan.id, via: 'prefix' });
    expect(match('邯郸市成安县')).toMatchObject({ agencyId: chengan.id, via: 'prefix' });
    expect(match('河北省成安县人民政府')).toMatchObject({ agencyId: chengan.id, via: 'prefix' });
  });

  it('accepts places above the tree root, but not places the tree puts elsewhere', () => {
    const tree = [handan, chengan].map((x) => ({ ...x, parentId: x === handan ? null : x.parentId }));
    expect(matchAgency('河北省邯郸市成安县人民政府', tree)).toMatchObject({ status: 'matched', agencyId: chengan.id });
    expect(matchAgency('广东省广州市成安县', tree)).toMatchObject({ status: 'matched', agencyId: chengan.id });
    // 长春市 is in the full tree and is not an ancestor of 成安县.
    expect(match('长春市成安县')).toEqual({ status: 'unmatched' });
  });

  it('does not pick one of two places with the same name', () => {
    const m = match('朝阳区人民政府');
    // 朝阳区人民政府 is the exact name of the one in 长春市.
    expect(m).toMatchObject({ status: 'matched', agencyId: ccChaoyang.id, via: 'exact' });
    expect(match('朝阳区政府')).toEqual({ status: 'ambiguous', candidates: [bjChaoyang.id, ccChaoyang.id], via: 'variant' });
    expect(match('长春市朝阳区政府')).toMatchObject({ status: 'matched', agencyId: ccChaoyang.id, via: 'prefix' });
    expect(match('北京市朝阳区')).toMatchObject({ status: 'matched', agencyId: bjChaoyang.id, via: 'prefix' });
  });

  it('needs the parent in front of a department’s bare name', () => {
    expect(match('教育局')).toEqual({ status: 'ambiguous', candidates: [chenganEdu.id, handanEdu.id], via: 'exact' });
    expect(match('成安县教育局')).toMatchObject({ status: 'matched', agencyId: chenganEdu.id, via: 'prefix' });
    expect(match('河北省邯郸市成安县教育局')).toMatchObject({ status: 'matched', agencyId: chenganEdu.id });
    // The city's bureau, never the county's.
    expect(match('邯郸市教育局')).toMatchObject({ status: 'matched', agencyId: handanEdu.id });
    expect(match('河北省教育局')).toEqual({ status: 'unmatched' });
  });

  it('leaves unknown and empty names unmatched', () => {
    for (const name of ['某某市统计局', '', '   ', null, undefined]) expect(match(name)).toEqual({ status: 'unmatched' });
  });

  it('survives a cyclic parent chain', () => {
    const x: AgencyRef = { id: 900, parentId: 901, name: '甲县', level: 'county', aliases: [] };
    const y: AgencyRef = { id: 901, parentId: 900, name: '乙市', level: 'city', aliases: [] };
    expect(matchAgency('乙市甲县', [x, y])).toMatchObject({ status: 'matched', agencyId: 900 });
  });
});
