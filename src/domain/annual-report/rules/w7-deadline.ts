/**
 * @module W7 `deadline`: a report for year N is published by 31 January of N+1 (departments of
 * people's governments) or by 31 March of N+1 (people's governments at county level and above),
 * 《政府信息公开条例》第四十九条 (domain.md §1.1, §2.2). Townships, streets and unknown dates or
 * years are not checked; an agency of unknown kind gets the later deadline.
 */
import type { Finding } from '../../shared/finding.js';
import type { Rule, RuleContext } from './rule.js';
import { makeFinding } from './support.js';

export type AgencyKind = 'government' | 'department' | 'township' | 'unknown';

const PLACE = /(?:省|自治区|市|自治州|州|盟|地区|县|自治县|旗|自治旗|区|特区|林区)$/u;
const TOWNSHIP = /(?:乡|镇|街道|苏木)(?:人民政府|办事处|政府)?$/u;
const DEPARTMENT = /(?:局|委员会|委|厅|办公室|办|中心|院|所|队|站|处|部|署|室|公司|会|馆|社|团)$/u;

/** Classifies an agency by its name: 康乐县人民政府 and 成安县 are governments, 桦甸市统计局 a department. */
export function agencyKind(agency: string | null): AgencyKind {
  const name = agency?.replace(/\s/gu, '') ?? '';
  if (name === '') return 'unknown';
  if (TOWNSHIP.test(name)) return 'township';
  if (/人民政府$/u.test(name)) return 'government';
  if (DEPARTMENT.test(name)) return 'department';
  if (PLACE.test(name) && name.length <= 12) return 'government';
  return 'unknown';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

export const W7_DEADLINE: Rule = {
  id: 'W7',
  severity: 'warning',
  title: { zh: '年报按期公布（部门 1 月 31 日前，政府 3 月 31 日前）', en: 'Published on time (departments by 31 Jan, governments by 31 Mar)' },
  basis: '《中华人民共和国政府信息公开条例》（2019）第四十九条; domain.md §1.1, §2.2 W7',
  check({ report }: RuleContext): Finding[] {
    const { publishedAt, year } = report;
    if (year === null || publishedAt === null || !ISO_DATE.test(publishedAt)) return [];
    const kind = agencyKind(report.agency);
    if (kind === 'township') return [];
    const byJan = kind === 'department';
    const deadline = `${year + 1}-${byJan ? '01' : '03'}-31`;
    if (publishedAt <= deadline) return [];
    const whoZh = kind === 'department' ? '政府部门' : kind === 'government' ? '人民政府' : '（按较晚的政府期限计）';
    const whoEn = kind === 'department' ? 'a department' : kind === 'government' ? 'a people’s government' : 'an agency of unknown kind (later deadline applied)';
    return [
      makeFinding(W7_DEADLINE, {
        zh: `${year}年度报告发布于 ${publishedAt}，晚于${whoZh}的公布期限 ${deadline}（《条例》第四十九条）`,
        en: `The ${year} report was published on ${publishedAt}, after the deadline ${deadline} for ${whoEn} (Art. 49)`,
        paths: [],
      }),
    ];
  },
};
