/**
 * @module Markdown styles: what HTML/PDF-to-Markdown converters make of the
 * tables — merged cells repeated in every slot or left blank, ragged rows
 * whose trailing blanks are gone, and HTML tables embedded in the Markdown.
 */
import { reportBlocks } from './doc.js';
import { table2Grids, table3Grid, table4Grid } from './grid.js';
import type { ZooModel } from './model.js';
import { mdPage } from './page-text.js';
import { htmlTable, mdTable } from './render-table.js';
import { annotatedFmt, markerFmt, withTrailingBlanks, withZeros, type Rendered, type Style } from './style.js';
import { tablesOf } from './styles-html.js';

function md(m: ZooModel, spans: 'repeat' | 'blank', title: number): string {
  return mdPage(reportBlocks(m, tablesOf(m, {}), title), { table: (g) => mdTable(g, { spans }) });
}

export const MD_STYLES: readonly Style[] = [
  {
    name: 'm-repeated-spans',
    ext: 'md',
    about: 'Pipe tables whose merged cells are repeated in every slot they cover (header rows, group labels, and a value spanning three columns).',
    render: (m) => ({ doc: md(m, 'repeat', 0) }),
  },
  {
    name: 'm-blank-spans',
    ext: 'md',
    about: 'Pipe tables whose merged cells keep their text in the first slot only, the other slots blank.',
    render: (m) => ({ doc: md(m, 'blank', 1) }),
  },
  {
    name: 'm-flat-ragged',
    ext: 'md',
    about: 'A PDF-to-Markdown conversion: one label column, group labels on rows of their own, a one-row header, trailing blank cells dropped (ragged rows).',
    render(m0): Rendered {
      const m = withTrailingBlanks(m0);
      const tables = {
        t2: table2Grids(m, annotatedFmt),
        t3: [table3Grid(m, annotatedFmt, { groups: 'flat' })],
        t4: [table4Grid(m, annotatedFmt)],
      };
      return { doc: mdPage(reportBlocks(m, tables, 2), { table: (g) => mdTable(g, { spans: 'blank', trimTrailing: true }) }), model: m };
    },
  },
  {
    name: 'm-indent-ragged',
    ext: 'md',
    about: 'Table 3 with an empty indentation cell in a two-column label area, merged cells blank, trailing blank cells dropped: only the header\'s grid positions place the values.',
    render(m0): Rendered {
      const m = withTrailingBlanks(m0);
      const tables = { ...tablesOf(m, {}), t3: [table3Grid(m, annotatedFmt, { groups: 'indent' })] };
      return { doc: mdPage(reportBlocks(m, tables, 1), { table: (g) => mdTable(g, { spans: 'blank', trimTrailing: true }) }), model: m };
    },
  },
  {
    name: 'm-subtotal-own-rows',
    ext: 'md',
    about: 'Table 3 with the extra 法人或其他组织小计 column, group labels on rows of their own, merged cells repeated, trailing blank cells dropped.',
    render(m0): Rendered {
      const m = withTrailingBlanks(m0);
      const tables = { ...tablesOf(m, {}), t3: [table3Grid(m, annotatedFmt, { groups: 'ownRow', subtotalColumn: true })] };
      return { doc: mdPage(reportBlocks(m, tables, 2), { table: (g) => mdTable(g, { spans: 'repeat', trimTrailing: true }) }), model: m };
    },
  },
  {
    name: 'm-t4-transposed-markers',
    ext: 'md',
    about: 'Table 4 transposed (group, column, value per row) with zeros written as —, /, 无, - and 0件; merged group cells blank.',
    render(m0): Rendered {
      const m = withZeros(m0);
      const nulls = new Set<string>();
      const fmt = markerFmt(nulls);
      const tables = { t2: table2Grids(m, fmt), t3: [table3Grid(m, fmt)], t4: [table4Grid(m, fmt, 'transposed')] };
      return { doc: mdPage(reportBlocks(m, tables, 0), { table: (g) => mdTable(g, { spans: 'blank' }) }), nulls, model: m };
    },
  },
  {
    name: 'm-embedded-html',
    ext: 'md',
    about: 'Markdown whose Table 3 is an embedded HTML table (rowspans kept), the other tables pipe tables.',
    render: (m) => ({
      doc: mdPage(reportBlocks(m, tablesOf(m, {}), 0), { table: (g, key) => (key === 't3' ? htmlTable(g) : mdTable(g, { spans: 'blank' })) }),
    }),
  },
];
