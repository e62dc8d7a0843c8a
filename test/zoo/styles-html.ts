/**
 * @module HTML styles: the template as government CMS pages and Word pastes
 * publish it, and the variants agencies make of it.
 */
import { reportBlocks, type Tables } from './doc.js';
import { joinGrids, splitGrid, table2Grids, table3Grid, table4Grid, type Fmt, type T2Opts, type T3Opts, type T4Layout } from './grid.js';
import type { ZooModel } from './model.js';
import { htmlPage, type PageOpts } from './page-html.js';
import { annotatedFmt, fullWidthFmt, markerFmt, noNumbering, typos, withZeros, type Rendered, type Style } from './style.js';

interface HtmlVariant {
  readonly fmt?: Fmt;
  /** Cut Table 3 into two tables before this grid row (a page break), the header repeated. */
  readonly splitT3At?: number;
  readonly t2?: T2Opts & { readonly oneTable?: boolean };
  readonly t3?: T3Opts;
  readonly t4?: T4Layout;
  readonly page?: PageOpts;
  readonly title?: number;
}

export function tablesOf(m: ZooModel, v: HtmlVariant): Tables {
  const fmt = v.fmt ?? annotatedFmt;
  const t2 = table2Grids(m, fmt, v.t2 ?? {});
  return {
    t2: v.t2?.oneTable ? [joinGrids(t2)] : t2,
    t3: v.splitT3At ? splitGrid(table3Grid(m, fmt, v.t3 ?? {}), v.splitT3At) : [table3Grid(m, fmt, v.t3 ?? {})],
    t4: [table4Grid(m, fmt, v.t4 ?? 'official')],
  };
}

function page(m: ZooModel, v: HtmlVariant): string {
  return htmlPage(reportBlocks(m, tablesOf(m, v), v.title ?? 0), v.page ?? {});
}

function html(name: string, about: string, v: HtmlVariant, applies?: (m: ZooModel) => boolean): Style {
  return { name, ext: 'html', about, ...(applies ? { applies } : {}), render: (m) => ({ doc: page(m, v) }) };
}

export const HTML_STYLES: readonly Style[] = [
  html('h-official', 'The official template on a CMS page: one table per Art. 20 item, Table 3 group labels in rowspan cells with the sub-label in the next cell, Table 4 with three header rows.', {}),
  html('h-indent-cell', 'Table 3 label area of two columns without spans: an empty indentation cell stands in for the merged group cell; group 三 on a row of its own.', { t3: { groups: 'indent' }, page: { container: 'zoom' }, title: 1 }),
  html('h-br-thead', 'Header rows in <thead> with <th> cells and <br> line breaks inside header cells.', { t3: { headerBreaks: true }, page: { table: { thead: true } }, title: 2 }),
  html('h-word-mso', 'A Word paste: MsoNormalTable, <p class=MsoNormal><span> in every cell, &nbsp; in blank cells, MsoNormal paragraphs; the year in Chinese numerals (二〇二一年度).', { page: { word: true, table: { word: true } }, title: 4 }),
  html('h-split-tables', 'Table 3 cut in two tables at a page break (merged cells cut, header repeated); Art. 20 captions as paragraphs above header-only tables; the agency on its own line above the title.', { splitT3At: 12, t2: { captions: 'outside' }, page: { chrome: 'none' }, title: 3 }),
  html('h-no-captions', 'Table 2 without the 第二十条第(X)项 caption rows: each item is a table with only its 信息内容 header.', { t2: { captions: false }, title: 1 }),
  html('h-t2-one-table', 'Table 2 as one big table whose Art. 20 captions are rows spanning all columns.', { t2: { oneTable: true } }),
  html('h-t4-group-rows', 'Table 4 split into three rows, one per group, each with a label cell (not the template, but published).', { t4: 'groupRows', title: 2 }),
  html('h-t4-transposed', 'Table 4 transposed: fifteen rows of group, column label and value.', { t4: 'transposed' }),
  html('h-fullwidth', 'Every table value in full-width digits (１２, 　０).', { fmt: fullWidthFmt(), title: 1 }),
  html('h-subtotal-col', 'An extra 法人或其他组织小计 column between 其他 and 总计 in Table 3.', { t3: { subtotalColumn: true } }),
  html('h-total-rows', 'Extra 合计 row in Table 2 and 小计 rows heading each Table-3 group.', { t2: { totalRow: true }, t3: { subtotalRows: true }, title: 2 }),
  html('h-no-numbering', 'Labels without their numbering: 予以公开, 属于国家秘密, 本年新收政府信息公开申请数量, 不予公开.', { t3: { label: noNumbering } }),
  html('h-own-row-groups', 'Group labels ((三)不予公开 … and the 2021 (六)其他处理) on rows of their own with empty value cells.', { t3: { groups: 'ownRow' }, title: 1 }),
  html('h-headings', 'Section headings as <h2>/<h3>, tables preceded by 表一/表二/表三 caption paragraphs.', { page: { headings: 'h2', tableCaptions: true, container: 'zoom' } }),
  html('h-strong-typos', 'Headings in <strong>; labels with the published typos (不子公开, 补正启, 8、, 四,, 12.没有) and ASCII brackets.', { t3: { label: typos }, page: { headings: 'strong' }, title: 2 }),
  html('h-layout-table', 'The whole report inside a layout table next to a sidebar cell, on a page with no known article container.', { page: { container: 'layoutTable', chrome: 'noisy' } }),
  html('h-chrome-noise', 'A classless page whose nav, sidebar and footer hold 行政许可, 总计, phone numbers, dates and visit counters.', { page: { container: 'none', chrome: 'noisy' }, title: 1 }),
  {
    name: 'h-blank-markers',
    ext: 'html',
    about: 'Zeros written as —, /, 无, - (blank → null) or 0件; other values sometimes with 件; negatives as 19(减).',
    render(m0: ZooModel): Rendered {
      const m = withZeros(m0);
      const nulls = new Set<string>();
      return { doc: page(m, { fmt: markerFmt(nulls), page: { word: true } }), nulls, model: m };
    },
  },
];
