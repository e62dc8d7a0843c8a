/**
 * @module Format `2019`: the trial unified format of 国办公开办函〔2019〕60号,
 * used for report years 2019 and 2020 (domain.md §1.3.1, §1.4).
 */
import type { ReportFormat } from './format-def.js';
import { T3_GROUPS, T3_HEAD_ROWS, T3_TAIL_ROWS } from './table3-common.js';

const ITEMS_COLUMNS = [
  { key: 'prevYearItems', label: '上一年项目数量', kind: 'count' },
  { key: 'yearChange', label: '本年增/减', kind: 'signedCount' },
  { key: 'decisions', label: '处理决定数量', kind: 'count' },
] as const;

export const FORMAT_2019: ReportFormat = {
  id: '2019',
  name: '国办公开办函〔2019〕60号（试行）',
  table2: [
    {
      key: 'art20_1',
      caption: '第二十条第（一）项',
      columns: [
        { key: 'newlyMade', label: '本年新制作数量', kind: 'count' },
        { key: 'newlyPublished', label: '本年新公开数量', kind: 'count' },
        { key: 'totalPublished', label: '对外公开总数量', kind: 'count' },
      ],
      rows: [
        { key: 'regulations', label: '规章', aliases: [] },
        { key: 'normativeDocs', label: '规范性文件', aliases: ['行政规范性文件'] },
      ],
    },
    {
      key: 'art20_5',
      caption: '第二十条第（五）项',
      columns: ITEMS_COLUMNS,
      rows: [
        { key: 'licensing', label: '行政许可', aliases: [] },
        { key: 'otherServices', label: '其他对外管理服务事项', aliases: ['其他对外管理服务'] },
      ],
    },
    {
      key: 'art20_6',
      caption: '第二十条第（六）项',
      columns: ITEMS_COLUMNS,
      rows: [
        { key: 'penalty', label: '行政处罚', aliases: [] },
        { key: 'coercion', label: '行政强制', aliases: [] },
      ],
    },
    {
      key: 'art20_8',
      caption: '第二十条第（八）项',
      columns: ITEMS_COLUMNS.slice(0, 2),
      rows: [{ key: 'adminFees', label: '行政事业性收费', aliases: [] }],
    },
    {
      key: 'art20_9',
      caption: '第二十条第（九）项',
      columns: [
        { key: 'items', label: '采购项目数量', kind: 'count' },
        { key: 'amount', label: '采购总金额', kind: 'amount' },
      ],
      rows: [{ key: 'centralProcurement', label: '政府集中采购', aliases: [] }],
    },
  ],
  table3: [
    ...T3_HEAD_ROWS,
    { path: 'otherHandling.total', label: '（六）其他处理', group: '三、本年度办理结果', anchors: ['其他处理'] },
    ...T3_TAIL_ROWS,
  ],
  table3Groups: T3_GROUPS,
};
