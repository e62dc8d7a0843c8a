/**
 * @module The report as one self-contained, printable, accessible HTML5 page in
 * the statutory layout: title, the six sections with their text, and the three
 * tables inside sections 二–四. No scripts; every piece of report text escaped.
 */
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { SECTIONS } from '../../domain/annual-report/sections.js';
import type { Finding } from '../../domain/shared/finding.js';
import type { RenderOptions } from '../renderer.js';
import { SEVERITY_LABELS, TABLE_NAMES, paragraphs, reportTitle, sectionTable } from '../layout.js';
import { h, htmlPage, lines, text } from './escape-html.js';
import type { Html } from './escape-html.js';
import { STYLESHEET } from './stylesheet.js';
import { table2Html, table3Html, table4Html } from './tables.js';
import type { CellLinks, CellMark, CellMarks } from './tables.js';

export type { CellLinks } from './tables.js';

export interface HtmlRenderOptions extends RenderOptions {
  /** Make every value cell a link (the web's report page links cells to their sources). */
  readonly cellLinks?: CellLinks;
}

const findingId = (i: number): string => `finding-${i + 1}`;

/** Marks for the cells that error and warning findings name. */
function cellMarks(findings: readonly Finding[]): CellMarks {
  const marks = new Map<string, CellMark>();
  findings.forEach((f, i) => {
    if (f.severity !== 'error' && f.severity !== 'warning') return;
    for (const path of f.paths) {
      const prev = marks.get(path);
      const title = `${SEVERITY_LABELS[f.severity]} ${f.rule}：${f.message.zh}`;
      marks.set(path, {
        severity: prev?.severity === 'error' || f.severity === 'error' ? 'error' : 'warning',
        title: prev ? `${prev.title}\n${title}` : title,
        describedBy: [...(prev?.describedBy ?? []), findingId(i)],
      });
    }
  });
  return marks;
}

function findingsHtml(findings: readonly Finding[]): Html {
  const items = findings.map((f, i) => {
    const figures = [
      f.expected !== undefined ? `应为 ${f.expected}` : '',
      f.actual !== undefined ? `实为 ${f.actual}` : '',
      f.blanksAsZero ? '空白按 0 计' : '',
    ].filter(Boolean);
    return h(
      'li',
      { id: findingId(i), class: `finding-${f.severity}` },
      h('strong', {}, text(`${SEVERITY_LABELS[f.severity]} ${f.rule}`)),
      text('：'),
      text(f.message.zh),
      text(' '),
      h('span', { lang: 'en' }, text(`(${f.message.en})`)),
      figures.length ? text(`（${figures.join('，')}）`) : [],
      f.paths.length
        ? [text(' 单元格：'), ...f.paths.map((p, j) => (j ? [text('、'), h('code', {}, text(p))] : [h('code', {}, text(p))])).flat()]
        : [],
    );
  });
  return h(
    'section',
    { class: 'findings', 'aria-labelledby': 'findings-heading' },
    lines([h('h2', { id: 'findings-heading' }, text('校验结果')), items.length ? h('ol', {}, lines(items)) : h('p', {}, text('未发现问题。'))]),
  );
}

function metaHtml(report: AnnualReport): Html {
  const item = (label: string, value: Html): Html => h('div', {}, h('dt', {}, text(label)), h('dd', {}, value));
  const items: Html[] = [];
  if (report.agency !== null) items.push(item('机关', text(report.agency)));
  if (report.year !== null) items.push(item('年度', text(`${report.year}年`)));
  if (report.publishedAt !== null) items.push(item('发布日期', h('time', { datetime: report.publishedAt }, text(report.publishedAt))));
  return items.length ? h('dl', { class: 'meta' }, items) : lines([]);
}

export function reportToHtml(report: AnnualReport, options: HtmlRenderOptions = {}): string {
  const findings = options.findings;
  const decor = { marks: cellMarks(findings ?? []), ...(options.cellLinks ? { links: options.cellLinks } : {}) };
  const title = reportTitle(report);
  const tables = {
    table2: () => table2Html(report, TABLE_NAMES.table2, decor),
    table3: () => table3Html(report, TABLE_NAMES.table3, decor),
    table4: () => table4Html(report, TABLE_NAMES.table4, decor),
  };
  const sections = SECTIONS.map((s) => {
    const headingId = `section-${s.key}`;
    const key = sectionTable(s.key);
    const table = key ? tables[key]() : null;
    return h(
      'section',
      { id: s.key, 'aria-labelledby': headingId },
      lines([h('h2', { id: headingId }, text(s.heading)), ...paragraphs(report.sections[s.key]).map((p) => h('p', {}, text(p))), table ?? []]),
    );
  });
  const doc = htmlPage(
    title,
    STYLESHEET,
    h(
      'main',
      { 'data-schema': report.schema, 'data-format': report.format },
      lines([h('header', {}, lines([h('h1', {}, text(title)), metaHtml(report)])), ...sections, findings ? findingsHtml(findings) : []]),
    ),
  );
  return `${doc}\n`;
}
