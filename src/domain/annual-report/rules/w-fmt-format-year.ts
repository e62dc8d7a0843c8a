/**
 * @module W-FMT: the report's format matches its year: 2019 format for 2019–2020, 2021 format
 * from 2021 on (domain.md §1.1, §1.6).
 */
import type { Finding } from '../../shared/finding.js';
import { expectedFormatForYear } from '../formats/index.js';
import type { Rule, RuleContext } from './rule.js';
import { makeFinding } from './support.js';

const NOTICE = { '2019': '国办公开办函〔2019〕60号', '2021': '国办公开办函〔2021〕30号' } as const;

export const W_FMT_FORMAT_YEAR: Rule = {
  id: 'W-FMT',
  severity: 'warning',
  title: { zh: '年报格式与年度相符', en: 'The report format matches the report year' },
  basis: '国办公开办函〔2019〕60号 (2019–2020) and 〔2021〕30号 (2021 on); domain.md §1.1, §1.6',
  check({ report }: RuleContext): Finding[] {
    if (report.year === null) return [];
    const expected = expectedFormatForYear(report.year);
    if (expected === report.format) return [];
    return [
      makeFinding(W_FMT_FORMAT_YEAR, {
        zh: `${report.year}年度报告应使用 ${expected} 版格式（${NOTICE[expected]}），实际为 ${report.format} 版`,
        en: `A ${report.year} report should use the ${expected} format (${NOTICE[expected]}), not ${report.format}`,
        paths: [],
        expected: Number(expected),
        actual: Number(report.format),
      }),
    ];
  },
};
