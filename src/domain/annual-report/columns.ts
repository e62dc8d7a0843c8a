/**
 * @module Table 3 and Table 4 columns, shared by both formats (domain.md §1.4, §1.5).
 */

export const FORMAT_IDS = ['2019', '2021'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export const T3_COLUMNS = [
  { key: 'naturalPerson', label: '自然人', group: null },
  { key: 'commercial', label: '商业企业', group: '法人或其他组织' },
  { key: 'research', label: '科研机构', group: '法人或其他组织' },
  { key: 'publicInterest', label: '社会公益组织', group: '法人或其他组织' },
  { key: 'legalService', label: '法律服务机构', group: '法人或其他组织' },
  { key: 'otherOrg', label: '其他', group: '法人或其他组织' },
  { key: 'total', label: '总计', group: null },
] as const;
export type T3Col = (typeof T3_COLUMNS)[number]['key'];
export const T3_COL_KEYS: readonly T3Col[] = T3_COLUMNS.map((c) => c.key);
/** The six applicant columns that add up to `total` (R2). */
export const T3_PART_KEYS: readonly T3Col[] = T3_COL_KEYS.filter((k) => k !== 'total');

export const T4_GROUPS = [
  { key: 'reconsideration', label: '行政复议', parent: null },
  { key: 'litigationDirect', label: '未经复议直接起诉', parent: '行政诉讼' },
  { key: 'litigationAfterReconsideration', label: '复议后起诉', parent: '行政诉讼' },
] as const;
export type T4Group = (typeof T4_GROUPS)[number]['key'];

export const T4_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;
export type T4Col = (typeof T4_COLUMNS)[number]['key'];
export const T4_COL_KEYS: readonly T4Col[] = T4_COLUMNS.map((c) => c.key);

export const T3_BALANCE_NOTE = '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和';
