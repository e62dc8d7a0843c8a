/**
 * @module 报告页: the statutory tables as the report renderer draws them
 * (escaped there; findings highlighted on their cells and listed), with the
 * report's place in the registry and the downloads.
 */
import { html, raw } from 'hono/html';
import type { ReportVersion, StoredReport } from '../../persistence/repositories/reports/report-row.js';
import { reportToHtml } from '../../render/html/render-html.js';
import type { Principal } from '../auth/principal.js';
import { page } from './layout.js';
import type { Markup } from './markup.js';
import { cellId, cellSourcesSection, sourceId } from './cell-sources.js';
import type { OriginalText } from '../public/original-text.js';
import { correctionsSection } from './corrections-section.js';
import type { Correction } from '../../persistence/repositories/reports/report-row.js';
import { SECTIONS } from '../../domain/annual-report/sections.js';
import { TABLE_NAMES, sectionTable } from '../../render/layout.js';

export const DOWNLOADS = [
  { id: 'json', label: 'JSON' },
  { id: 'html', label: 'HTML' },
  { id: 'docx', label: 'Word（DOCX）' },
  { id: 'xlsx', label: 'Excel（XLSX）' },
  { id: 'csv', label: 'CSV' },
  { id: 'md', label: 'Markdown' },
] as const;

export interface ReportPageView {
  readonly principal: Principal;
  readonly report: StoredReport;
  readonly current: ReportVersion;
  readonly agencyName: string | null;
  readonly canCorrect: boolean;
  readonly corrections: readonly Correction[];
  readonly notice?: string;
  /** The original's lines, for the context of each cell's source (text and HTML originals). */
  readonly original?: OriginalText | null;
}

/** The renderer's header (title) and the rest of its `<main>`: markup already escaped by `render/html`. */
function renderedBody(v: ReportPageView): { header: string; rest: string } {
  // Every value cell links to its source entry below (`cell-sources.ts`).
  const doc = reportToHtml(v.current.model, { findings: v.current.findings, cellLinks: { id: cellId, href: (p) => `#${sourceId(p)}` } });
  const inner = /<main[^>]*>([\s\S]*)<\/main>/.exec(doc)?.[1] ?? '';
  const m = /^\s*(<header>[\s\S]*?<\/header>)([\s\S]*)$/.exec(inner);
  return m ? { header: m[1]!, rest: m[2]! } : { header: '', rest: inner };
}

/**
 * The page's contents: each table holds a link per value cell (hundreds of Tab stops), so a
 * keyboard user jumps straight to a section, a table, the sources or the corrections (WCAG 2.4.1).
 */
function contentsNav(hasCorrections: boolean): Markup {
  const entries: [string, string][] = SECTIONS.flatMap((s): [string, string][] => {
    const table = sectionTable(s.key);
    return [[`#${s.key}`, s.heading], ...(table ? [[`#${table}`, TABLE_NAMES[table]] as [string, string]] : [])];
  });
  entries.push(['#cell-sources', '单元格与原文']);
  if (hasCorrections) entries.push(['#corrections', '更正记录']);
  return html`<nav class="page-contents" id="page-contents" aria-label="本页目录">
<h2>本页目录</h2>
<ol>${entries.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}</ol>
</nav>`;
}

export function reportPage(v: ReportPageView): string {
  const r = v.report;
  const errors = v.current.findings.filter((f) => f.severity === 'error').length;
  const warnings = v.current.findings.filter((f) => f.severity === 'warning').length;
  const body = renderedBody(v);
  return page({
    title: `${v.agencyName ?? r.agencyName ?? '报告'} ${r.year ?? ''}年度报告`,
    principal: v.principal,
    body: html`<article class="report-body">
${raw(body.header)}
${v.notice ? html`<p class="notice" role="status">${v.notice}</p>` : ''}
<section aria-labelledby="registry-heading">
<h2 id="registry-heading" class="visually-hidden">报告信息</h2>
<dl class="meta">
<div><dt>机关</dt><dd>${v.agencyName ?? '待匹配'}</dd></div>
<div><dt>状态</dt><dd>${r.status === 'matched' ? '已公开' : '待匹配机关'}</dd></div>
<div><dt>版本</dt><dd>${r.version}（${v.current.kind === 'correction' ? '人工更正' : '解析'}）</dd></div>
<div><dt>发现</dt><dd>错误 ${errors} 项，警告 ${warnings} 项</dd></div>
</dl>
<nav class="downloads" aria-label="下载">
<h3>下载</h3>
<ul>${DOWNLOADS.map((d) => html`<li><a href="/reports/${r.id}/download/${d.id}" download>${d.label}</a></li>`)}</ul>
</nav>
${v.canCorrect ? html`<p><a href="/reports/${r.id}/correct">更正单元格</a></p>` : ''}
</section>
${contentsNav(v.corrections.length > 0)}
${raw(body.rest)}
${cellSourcesSection(v.current.model, v.current.findings, `/reports/${r.id}/original`, v.original ?? null)}
${correctionsSection(v.corrections, v.principal.kind === 'user')}
</article>`,
  });
}
