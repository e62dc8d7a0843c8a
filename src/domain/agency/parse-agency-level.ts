/**
 * @module Reads a level as people write it in agency lists (省、市、县、区、部门、乡镇、街道…)
 * or as the stored key (`province`, `city`, `county`, `department`, `township`).
 */
import { isAgencyLevel, type AgencyLevel } from './agency.js';

const LABELS: ReadonlyMap<string, AgencyLevel> = new Map([
  ['省', 'province'], ['省级', 'province'], ['自治区', 'province'], ['直辖市', 'province'],
  ['市', 'city'], ['市级', 'city'], ['地级市', 'city'], ['州', 'city'], ['自治州', 'city'], ['盟', 'city'], ['地区', 'city'],
  ['县', 'county'], ['区', 'county'], ['县级', 'county'], ['县区', 'county'], ['县级市', 'county'], ['旗', 'county'], ['市辖区', 'county'],
  ['部门', 'department'], ['单位', 'department'], ['机关', 'department'],
  ['乡', 'township'], ['镇', 'township'], ['乡镇', 'township'], ['街道', 'township'], ['乡镇街道', 'township'], ['苏木', 'township'],
]);

/** The level, or null when the text names none. */
export function parseAgencyLevel(text: string): AgencyLevel | null {
  const t = text.normalize('NFKC').trim();
  const lower = t.toLowerCase();
  if (isAgencyLevel(lower)) return lower;
  return LABELS.get(t.replace(/\s+/g, '')) ?? null;
}

/** The Chinese label used in exports and help texts. */
export const AGENCY_LEVEL_LABELS: Readonly<Record<AgencyLevel, string>> = {
  province: '省',
  city: '市',
  county: '县',
  department: '部门',
  township: '乡镇',
};
