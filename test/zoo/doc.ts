/**
 * @module A report as a sequence of blocks (title, metadata, paragraphs,
 * headings, tables), with the short narrative every zoo document carries.
 * Styles render the blocks; the narrative deliberately holds numbers, dates
 * and table words, as real reports do.
 */
import type { Grid } from './grid.js';
import type { ZooModel } from './model.js';

export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'meta'; readonly text: string }
  | { readonly kind: 'para'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 }
  | { readonly kind: 'table'; readonly key: 't2' | 't3' | 't4'; readonly grids: readonly Grid[] };

export interface Tables {
  readonly t2: readonly Grid[];
  readonly t3: readonly Grid[];
  readonly t4: readonly Grid[];
}

const CN = '〇一二三四五六七八九';

/** 2021 → 二〇二一. */
export function chineseYear(y: number): string {
  return [...String(y)].map((d) => CN[Number(d)]!).join('');
}

/**
 * The title line(s): 0–2 one line in the usual word orders, 3 the agency on a line of its own
 * above the title, 4 the year in Chinese numerals.
 */
export function titleLines(m: ZooModel, variant = 0): string[] {
  if (variant === 3) return [m.agency, `${m.year}年政府信息公开工作年度报告`];
  if (variant === 4) return [`${m.agency}${chineseYear(m.year)}年度政府信息公开工作年度报告`];
  return [titleOf(m, variant)];
}

export function titleOf(m: ZooModel, variant = 0): string {
  switch (variant % 3) {
    case 1:
      return `${m.agency}${m.year}年度政府信息公开工作年度报告`;
    case 2:
      return `${m.year}年${m.agency}政府信息公开工作年度报告`;
    default:
      return `${m.agency}${m.year}年政府信息公开工作年度报告`;
  }
}

function total(m: ZooModel, path: string): string {
  const v = m.table3[path]?.['total'];
  return v === null || v === undefined ? '若干' : String(v);
}

export function reportBlocks(m: ZooModel, tables: Tables, titleVariant = 0): Block[] {
  const y = m.year;
  return [
    ...titleLines(m, titleVariant).map((text): Block => ({ kind: 'title', text })),
    { kind: 'meta', text: `发布日期：${y + 1}-01-2${y % 10}` },
    {
      kind: 'para',
      text: `本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为${y}年1月1日至12月31日。咨询电话：0571-8765432${y % 10}。`,
    },
    { kind: 'heading', text: '一、总体情况', level: 1 },
    { kind: 'heading', text: '（一）主动公开', level: 2 },
    { kind: 'para', text: `${y}年，通过门户网站主动公开政府信息${1200 + (y % 7) * 13}条，其中行政许可、行政处罚等“双公示”信息${300 + (y % 5)}条，政策解读${40 + (y % 9)}篇。` },
    { kind: 'heading', text: '（二）依申请公开', level: 2 },
    { kind: 'para', text: `全年共收到政府信息公开申请${total(m, 'newReceived')}件，上年结转${total(m, 'carriedOver')}件，总计办结${total(m, 'totalProcessed')}件，均在法定期限内答复。` },
    { kind: 'heading', text: '（三）政府信息公开平台建设', level: 2 },
    { kind: 'para', text: `门户网站全年访问量${186000 + y}人次，清理规范性文件${10 + (y % 4)}件。` },
    { kind: 'heading', text: '二、主动公开政府信息情况', level: 1 },
    { kind: 'table', key: 't2', grids: tables.t2 },
    { kind: 'heading', text: '三、收到和处理政府信息公开申请情况', level: 1 },
    { kind: 'table', key: 't3', grids: tables.t3 },
    { kind: 'heading', text: '四、政府信息公开行政复议、行政诉讼情况', level: 1 },
    { kind: 'table', key: 't4', grids: tables.t4 },
    { kind: 'heading', text: '五、存在的主要问题及改进情况', level: 1 },
    {
      kind: 'para',
      text: `仍存在政策解读形式单一、栏目更新不及时等问题。${y + 1}年将加强业务培训，提升公开质量。`,
    },
    { kind: 'heading', text: '六、其他需要报告的事项', level: 1 },
    { kind: 'para', text: `本机关${y}年度未收取信息处理费。` },
  ];
}
