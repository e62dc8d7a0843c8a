/**
 * @module R4 `t4.groupSum`: in each Table-4 group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结
 * (definition of 总计; domain.md §2.1).
 */
import { T4_COLUMNS, T4_GROUPS } from '../columns.js';
import type { Finding } from '../../shared/finding.js';
import { cellIndex, cellPath } from '../report.js';
import type { Rule, RuleContext } from './rule.js';
import { failedSum, hasBlank, makeFinding, operand, termsEn, termsZh, withBlankNote } from './support.js';

const PART_COLUMNS = T4_COLUMNS.filter((c) => c.key !== 'total');

/** Per group: the four result cells and the total. */
const GROUPS = T4_GROUPS.map((g) => ({
  g,
  parts: PART_COLUMNS.map((c) => cellPath('table4', g.key, c.key)),
  total: cellPath('table4', g.key, 'total'),
}));

export const R4_GROUP_SUM: Rule = {
  id: 'R4',
  severity: 'error',
  title: { zh: '表四各组：总计 = 维持 + 纠正 + 其他 + 未审结', en: 'Table 4 group total = upheld + corrected + other + pending' },
  basis: 'Definition of 总计 in Table 4; domain.md §2.1 R4',
  check({ report }: RuleContext): Finding[] {
    const out: Finding[] = [];
    const cells = cellIndex(report);
    for (const group of GROUPS) {
      const failed = failedSum(cells, group.parts, group.total);
      if (!failed) continue;
      const { expected, actual } = failed;
      const { g } = group;
      const groupZh = g.parent ? `${g.parent}·${g.label}` : g.label;
      const parts = PART_COLUMNS.map((c, i) => operand(report, group.parts[i]!, c.label));
      const total = operand(report, group.total, '总计');
      const blanks = hasBlank([...parts, total]);
      const msg = withBlankNote(
        {
          zh: `表四“${groupZh}”：${termsZh(parts)} = ${expected} ≠ 总计 ${total.value ?? '空'}`,
          en: `Table 4 ${g.key}: ${termsEn(parts)} = ${expected} ≠ total ${total.value ?? 'blank'}`,
        },
        blanks,
      );
      out.push(makeFinding(R4_GROUP_SUM, { ...msg, paths: [...parts, total].map((o) => o.path), expected, actual, blanksAsZero: blanks }));
    }
    return out;
  },
};
