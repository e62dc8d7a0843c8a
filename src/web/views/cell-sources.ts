/**
 * @module The source beside the table: for every cell a finding names, the
 * cell's label, its value, its raw text in the document and where it stands
 * (line, element, page, sheet cell) — so a reviewer can check it against the
 * original (downloadable from the same page).
 */
import { html } from 'hono/html';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { getCell, type AnnualReport, type CellSource, type SourceLocation, type SourceTree } from '../../domain/annual-report/report.js';
import type { Finding } from '../../domain/shared/finding.js';
import type { Markup } from './markup.js';

function isCellSource(v: CellSource | SourceTree | undefined): v is CellSource {
  return v !== undefined && typeof (v as CellSource).raw === 'string' && typeof (v as CellSource).at === 'object';
}

/** The source of a cell by its path (`table3.newReceived.total`). */
export function sourceOf(report: AnnualReport, path: string): CellSource | undefined {
  const [table, ...rest] = path.split('.');
  if (table !== 'table2' && table !== 'table3' && table !== 'table4') return undefined;
  let node: CellSource | SourceTree | undefined = report.sources[table];
  for (const key of rest) {
    if (node === undefined || isCellSource(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return isCellSource(node) ? node : undefined;
}

export function locationText(at: SourceLocation): string {
  switch (at.kind) {
    case 'line':
      return `第 ${at.line} 行${at.column !== undefined ? `第 ${at.column} 列` : ''}`;
    case 'element':
      return `网页元素 ${at.path}`;
    case 'page':
      return `第 ${at.page} 页${at.line !== undefined ? `第 ${at.line} 行` : ''}`;
    case 'sheet':
      return `工作表“${at.sheet}”${at.cell} 单元格`;
    case 'derived':
      return `推算：${at.note}`;
  }
}

export function cellSourcesSection(report: AnnualReport, findings: readonly Finding[], originalHref: string): Markup {
  const flagged = new Set(findings.flatMap((f) => (f.severity === 'info' ? [] : f.paths)));
  const specs = cellSpecs(report.format).filter((s) => flagged.has(s.path));
  const rows = specs.map((s) => {
    const src = sourceOf(report, s.path);
    const value = getCell(report, s.path);
    return html`<tr><th scope="row">${s.label}<br><code>${s.path}</code></th><td>${value === null || value === undefined ? '空白' : value}</td><td>${
      src ? (src.raw === '' ? '（空白）' : src.raw) : '—'
    }</td><td>${src ? locationText(src.at) : '原文中未找到'}</td></tr>`;
  });
  return html`<section aria-labelledby="sources-heading">
<h2 id="sources-heading">有发现的单元格及其原文</h2>
<p class="hint">对照原件核对：<a href="${originalHref}" download>下载原件</a>。</p>
${
  rows.length
    ? html`<div class="table-wrap"><table class="list"><caption>单元格、现值、原文与位置</caption>
<thead><tr><th scope="col">单元格</th><th scope="col">现值</th><th scope="col">原文</th><th scope="col">位置</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
    : html`<p>没有被发现标记的单元格。</p>`
}
</section>`;
}
