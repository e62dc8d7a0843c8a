/**
 * @module Format `2021`: the revised format of 国办公开办函〔2021〕30号,
 * used from report year 2021 on (domain.md §1.3.2, §1.4).
 */
import type { ReportFormat } from './format-def.js';
import { T3_GROUPS, T3_HEAD_ROWS, T3_TAIL_ROWS } from './table3-common.js';

const DECISIONS = [{ key: 'decisions', label: '本年处理决定数量', kind: 'count' }] as const;

export const FORMAT_2021: ReportFormat = {
  id: '2021',
  name: '国办公开办函〔2021〕30号',
  table2: [
    {
      key: 'art20_1',
      caption: '第二十条第（一）项',
      columns: [
        { key: 'issued', label: '本年制发件数', kind: 'count' },
        { key: 'repealed', label: '本年废止件数', kind: 'count' },
        { key: 'inForce', label: '现行有效件数', kind: 'count' },
      ],
      rows: [
        { key: 'regulations', label: '规章', aliases: [] },
        { key: 'normativeDocs', label: '行政规范性文件', aliases: ['规范性文件'] },
      ],
    },
    {
      key: 'art20_5',
      caption: '第二十条第（五）项',
      columns: DECISIONS,
      rows: [{ key: 'licensing', label: '行政许可', aliases: [] }],
    },
    {
      key: 'art20_6',
      caption: '第二十条第（六）项',
      columns: DECISIONS,
      rows: [
        { key: 'penalty', label: '行政处罚', aliases: [] },
        { key: 'coercion', label: '行政强制', aliases: [] },
      ],
    },
    {
      key: 'art20_8',
      caption: '第二十条第（八）项',
      columns: [{ key: 'amountWan', label: '本年收费金额（单位：万元）', kind: 'amount', unit: 'wan' }],
      rows: [{ key: 'adminFees', label: '行政事业性收费', aliases: [] }],
    },
  ],
  table3: [
    ...T3_HEAD_ROWS,
    {
      path: 'otherHandling.overdueCorrection',
      label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      group: '（六）其他处理',
      anchors: ['申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请', '逾期不补正'],
    },
    {
      path: 'otherHandling.overdueFee',
      label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      group: '（六）其他处理',
      anchors: ['申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请', '逾期未按收费通知要求缴纳费用'],
    },
    { path: 'otherHandling.other', label: '3.其他', group: '（六）其他处理', anchors: ['其他'] },
    ...T3_TAIL_ROWS,
  ],
  table3Groups: [...T3_GROUPS, { label: '（六）其他处理', anchors: ['其他处理'] }],
};
