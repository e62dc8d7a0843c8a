/**
 * @module W6 `sec6.fee` (2021): section 六、其他需要报告的事项 states the 信息处理费 collected under
 * 国办函〔2020〕109号 (0 is fine). Reports without any narrative text are not checked.
 */
import type { Finding } from '../../shared/finding.js';
import { SECTION_KEYS } from '../sections.js';
import type { Rule, RuleContext } from './rule.js';
import { makeFinding } from './support.js';

export const W6_FEE_MENTIONED: Rule = {
  id: 'W6',
  severity: 'warning',
  title: { zh: '第六部分说明信息处理费收取情况（2021 版）', en: 'Section 6 reports the information processing fees (2021 format)' },
  basis: '国办函〔2020〕109号《政府信息公开信息处理费管理办法》; 2021 practice (SEED-3); domain.md §1.2, §2.2 W6 [UNVERIFIED as mandatory]',
  check({ report }: RuleContext): Finding[] {
    if (report.format !== '2021') return [];
    if (SECTION_KEYS.every((k) => !report.sections[k]?.trim())) return [];
    const text = report.sections.otherMatters?.replace(/\s/gu, '') ?? '';
    if (text.includes('处理费')) return [];
    const missing = text === '';
    return [
      makeFinding(W6_FEE_MENTIONED, {
        zh: missing
          ? '未找到“六、其他需要报告的事项”，无法确认是否说明了信息处理费收取情况'
          : '“六、其他需要报告的事项”未说明信息处理费收取情况（未收取也应写明）',
        en: missing
          ? 'Section 6 (other matters) not found, so the information processing fees are not reported'
          : 'Section 6 (other matters) does not report the information processing fees collected (state it even when none)',
        paths: [],
      }),
    ];
  },
};
