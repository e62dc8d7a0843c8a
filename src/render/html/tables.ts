/**
 * @module The three statutory tables as HTML: real table markup, one value per
 * cell, labels exactly as the template, merged headers with rowspan/colspan and
 * `headers`/`id` so every value cell names all of its header cells.
 */
import type { AnnualReport } from '../../domain/annual-report/report.js';
import {
  T2_ROW_HEADER,
  T3_APPLICANT_HEADER,
  T3_COLUMNS,
  T3_NOTE,
  T3_ORG_COLUMNS,
  T3_ORG_GROUP,
  formatValue,
  table2Layout,
  table2Width,
  table3Layout,
  table4Layout,
  unitSentence,
} from '../layout.js';
import type { LayoutCell } from '../layout.js';
import { h, lines, text } from './escape-html.js';
import type { Attrs, Html } from './escape-html.js';

/** How a value cell is marked when findings name it. */
export interface CellMark {
  readonly severity: 'error' | 'warning';
  readonly title: string;
  /** Ids of the findings-list items that describe the cell. */
  readonly describedBy: readonly string[];
}

export type CellMarks = ReadonlyMap<string, CellMark>;

/**
 * Links from each value cell to another place on the page (the report page's list of sources):
 * the cell gets the `id`, its value becomes a link to `href`.
 */
export interface CellLinks {
  readonly id: (path: string) => string;
  readonly href: (path: string) => string;
}

/** How value cells are marked (findings) and linked. */
export interface CellDecor {
  readonly marks: CellMarks;
  readonly links?: CellLinks;
}

function cellContent(value: string, path: string, links: CellLinks | undefined): Html {
  if (!links) return text(value);
  // A blank cell's link still needs a name and something to click.
  const label = value === '' ? [h('span', { 'aria-hidden': 'true' }, text('·')), h('span', { class: 'visually-hidden' }, text('空白'))] : [text(value)];
  return h('a', { href: links.href(path), class: 'cell-link' }, label);
}

function valueCell(cell: LayoutCell, headers: readonly string[], decor: CellDecor, extra: Attrs = {}): Html {
  const mark = decor.marks.get(cell.path);
  return h(
    'td',
    {
      ...extra,
      id: decor.links?.id(cell.path),
      class: mark ? `num finding-${mark.severity}` : 'num',
      headers: headers.join(' '),
      'data-path': cell.path,
      title: mark?.title,
      'aria-describedby': mark ? mark.describedBy.join(' ') : undefined,
    },
    cellContent(formatValue(cell.value), cell.path, decor.links),
  );
}

const idOf = (...parts: readonly string[]): string => parts.join('-').replace(/\./g, '-');

// ---- Table 2 ---------------------------------------------------------------

export function table2Html(report: AnnualReport, caption: string, decor: CellDecor): Html {
  const parts = table2Layout(report);
  const width = table2Width(parts);
  const bodies = parts.map((part) => {
    const capId = idOf('t2', part.key);
    const labelId = idOf('t2', part.key, 'label');
    const colIds = part.columns.map((c) => idOf('t2', part.key, c.key));
    const spanOf = (i: number): number | undefined =>
      i === part.columns.length - 1 && part.columns.length < width ? width - part.columns.length + 1 : undefined;
    const headRow = h(
      'tr',
      {},
      h('th', { scope: 'col', id: labelId, headers: capId }, text(T2_ROW_HEADER)),
      part.columns.map((c, i) => h('th', { scope: 'col', id: colIds[i], headers: capId, colspan: spanOf(i) }, text(c.label))),
    );
    const rows = part.rows.map((row) => {
      const rowId = idOf('t2', row.key);
      return h(
        'tr',
        {},
        h('th', { scope: 'row', id: rowId, headers: labelId }, text(row.label)),
        row.cells.map((cell, i) =>
          valueCell(cell, [capId, colIds[i]!, rowId], decor, { colspan: spanOf(i), 'data-unit': report.units[cell.path] }),
        ),
      );
    });
    return h(
      'tbody',
      {},
      lines([h('tr', {}, h('th', { scope: 'colgroup', colspan: width + 1, id: capId }, text(part.caption))), headRow, ...rows]),
    );
  });
  const units = unitSentence(report);
  const table = h('table', { class: 'report-table t2', id: 'table2' }, lines([h('caption', {}, text(caption)), ...bodies]));
  return units ? lines([table, h('p', { class: 'table-note' }, text(units))]) : table;
}

// ---- Table 3 ---------------------------------------------------------------

export function table3Html(report: AnnualReport, caption: string, decor: CellDecor): Html {
  const colId = (key: string): string => idOf('t3', 'c', key);
  const head = h(
    'thead',
    {},
    lines([
      h(
        'tr',
        {},
        h('td', { class: 'note', rowspan: 3, colspan: 3, id: 't3-note' }, text(T3_NOTE)),
        h('th', { scope: 'colgroup', colspan: T3_COLUMNS.length, id: 't3-applicant' }, text(T3_APPLICANT_HEADER)),
      ),
      h(
        'tr',
        {},
        T3_COLUMNS.filter((c) => c.group === null || c === T3_ORG_COLUMNS[0]).map((c) =>
          c.group === null
            ? h('th', { scope: 'col', rowspan: 2, id: colId(c.key), headers: 't3-applicant' }, text(c.label))
            : h('th', { scope: 'colgroup', colspan: T3_ORG_COLUMNS.length, id: 't3-org', headers: 't3-applicant' }, text(T3_ORG_GROUP)),
        ),
      ),
      h(
        'tr',
        {},
        T3_ORG_COLUMNS.map((c) => h('th', { scope: 'col', id: colId(c.key), headers: 't3-applicant t3-org' }, text(c.label))),
      ),
    ]),
  );
  const groupIds: string[] = [];
  const body = table3Layout(report).map((row, i) => {
    const rowId = idOf('t3', 'r', row.path);
    const cells: Html[] = [];
    if (row.topStart) {
      groupIds[0] = idOf('t3', 'g', String(i));
      cells.push(h('th', { scope: 'rowgroup', rowspan: row.topStart.span, id: groupIds[0] }, text(row.topStart.label)));
    }
    if (row.subStart) {
      groupIds[1] = idOf('t3', 'g', row.path.split('.')[0]!);
      cells.push(h('th', { scope: 'rowgroup', rowspan: row.subStart.span, id: groupIds[1] }, text(row.subStart.label)));
    }
    const rowGroups = groupIds.slice(0, row.groups.length);
    const colspan = row.level === 1 ? 3 : row.level === 2 ? 2 : undefined;
    cells.push(h('th', { scope: 'row', colspan, id: rowId, headers: rowGroups.join(' ') || undefined }, text(row.label)));
    for (const cell of row.cells) {
      const colHeaders = T3_ORG_COLUMNS.some((c) => c.key === cell.col) ? ['t3-applicant', 't3-org'] : ['t3-applicant'];
      cells.push(valueCell(cell, [...colHeaders, colId(cell.col), ...rowGroups, rowId], decor));
    }
    return h('tr', {}, cells);
  });
  return h(
    'table',
    { class: 'report-table t3', id: 'table3' },
    lines([h('caption', {}, text(caption)), head, h('tbody', {}, lines(body))]),
  );
}

// ---- Table 4 ---------------------------------------------------------------

export function table4Html(report: AnnualReport, caption: string, decor: CellDecor): Html {
  const groups = table4Layout(report);
  const parentId = (label: string): string => `t4-p${groups.findIndex((g) => g.parent === label)}`;
  const top: Html[] = [];
  const second: Html[] = [];
  groups.forEach((g, i) => {
    const span = g.cells.length;
    if (g.parent === null) {
      top.push(h('th', { scope: 'colgroup', colspan: span, rowspan: 2, id: idOf('t4', g.key) }, text(g.label)));
      return;
    }
    if (groups[i - 1]?.parent !== g.parent) {
      const n = groups.filter((x) => x.parent === g.parent).length;
      top.push(h('th', { scope: 'colgroup', colspan: span * n, id: parentId(g.parent) }, text(g.parent)));
    }
    second.push(h('th', { scope: 'colgroup', colspan: span, id: idOf('t4', g.key), headers: parentId(g.parent) }, text(g.label)));
  });
  const groupHeaders = (g: (typeof groups)[number]): string[] =>
    g.parent === null ? [idOf('t4', g.key)] : [parentId(g.parent), idOf('t4', g.key)];
  const third = groups.flatMap((g) =>
    g.cells.map((c) => h('th', { scope: 'col', id: idOf('t4', g.key, c.col), headers: groupHeaders(g).join(' ') }, text(c.label))),
  );
  const values = groups.flatMap((g) =>
    g.cells.map((c) => valueCell(c, [...groupHeaders(g), idOf('t4', g.key, c.col)], decor)),
  );
  return h(
    'table',
    { class: 'report-table t4', id: 'table4' },
    lines([
      h('caption', {}, text(caption)),
      h('thead', {}, lines([h('tr', {}, top), h('tr', {}, second), h('tr', {}, third)])),
      h('tbody', {}, h('tr', {}, values)),
    ]),
  );
}
