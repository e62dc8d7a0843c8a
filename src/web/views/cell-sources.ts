/**
 * @module The source beside the tables: every value cell of the report page
 * links (`#src-…`, a plain in-page link) to its entry here — label, value, raw
 * text in the document, where it stands (line, element, page, sheet cell) and,
 * for text and HTML originals, the surrounding lines of the original with the
 * cell's line marked; each entry links back to its cell. `:target` highlights
 * both ends. The cells that findings name are listed first. Original text is
 * escaped like all other text: an HTML original shows as its source.
 */
import { html } from 'hono/html';
import { cellSpecs, type CellSpec } from '../../domain/annual-report/formats/index.js';
import { getCell, type AnnualReport, type CellSource, type SourceLocation, type SourceTree } from '../../domain/annual-report/report.js';
import type { Finding } from '../../domain/shared/finding.js';
import { TABLE_NAMES, type TableKey } from '../../render/layout.js';
import type { OriginalText } from '../public/original-text.js';
import type { Markup } from './markup.js';

const slug = (path: string): string => path.replace(/\./g, '-');
/** The id of a cell's source entry (`src-table3-newReceived-total`). */
export const sourceId = (path: string): string => `src-${slug(path)}`;
/** The id of a value cell in the rendered tables (`cell-table3-newReceived-total`). */
export const cellId = (path: string): string => `cell-${slug(path)}`;

/** Lines of context above and below the cell's line. */
const CONTEXT = 2;
/** Longer lines are cut (an HTML page may be one long line). */
const MAX_CHARS = 160;

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

/** A line cut to `MAX_CHARS`, around `column` when given. */
function clip(line: string, column?: number): string {
  if (line.length <= MAX_CHARS) return line;
  const start = column === undefined ? 0 : Math.max(0, Math.min(column - 40, line.length - MAX_CHARS));
  const end = start + MAX_CHARS;
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
}

/** The original's lines around the cell's, the cell's marked; '' when the original cannot say. */
export function sourceContext(original: OriginalText | null, at: SourceLocation): Markup | '' {
  const hit = original?.lineOf(at);
  if (!original || !hit || hit.line < 1 || hit.line > original.lines.length) return '';
  const from = Math.max(1, hit.line - CONTEXT);
  const to = Math.min(original.lines.length, hit.line + CONTEXT);
  const items = [];
  for (let n = from; n <= to; n++) {
    const text = clip(original.lines[n - 1]!, n === hit.line ? hit.column : undefined);
    items.push(
      n === hit.line
        ? html`<li class="hit"><mark><code>${text}</code></mark><span class="visually-hidden">（单元格所在行）</span></li>`
        : html`<li><code>${text}</code></li>`,
    );
  }
  return html`<ol class="source-lines" start="${from}" aria-label="原文第 ${from}–${to} 行">${items}</ol>`;
}

function valueText(report: AnnualReport, path: string): string {
  const v = getCell(report, path);
  return v === null || v === undefined ? '空白' : String(v);
}

function entry(report: AnnualReport, spec: CellSpec, severity: 'error' | 'warning' | undefined, original: OriginalText | null): Markup {
  const src = sourceOf(report, spec.path);
  return html`<li id="${sourceId(spec.path)}" class="cell-source${severity ? ` finding-${severity}` : ''}">
<div class="cell-source-head"><strong>${spec.label}</strong> <code>${spec.path}</code> <a href="#${cellId(spec.path)}">回到表格<span class="visually-hidden">中的“${spec.label}”</span></a></div>
<dl><div><dt>现值</dt><dd>${valueText(report, spec.path)}</dd></div><div><dt>原文</dt><dd>${src ? (src.raw === '' ? '（空白）' : src.raw) : '—'}</dd></div><div><dt>位置</dt><dd>${
    src ? locationText(src.at) : '原文中未找到'
  }</dd></div></dl>
${src ? sourceContext(original, src.at) : ''}
</li>`;
}

export function cellSourcesSection(report: AnnualReport, findings: readonly Finding[], originalHref: string, original: OriginalText | null = null): Markup {
  const severity = new Map<string, 'error' | 'warning'>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    for (const p of f.paths) if (severity.get(p) !== 'error') severity.set(p, f.severity);
  }
  const specs = cellSpecs(report.format);
  const flagged = specs.filter((s) => severity.has(s.path));
  const rows = flagged.map((s) => {
    const src = sourceOf(report, s.path);
    return html`<tr><th scope="row"><a href="#${sourceId(s.path)}">${s.label}</a><br><code>${s.path}</code></th><td>${valueText(report, s.path)}</td><td>${
      src ? (src.raw === '' ? '（空白）' : src.raw) : '—'
    }</td><td>${src ? locationText(src.at) : '原文中未找到'}</td></tr>`;
  });
  const tables = (Object.keys(TABLE_NAMES) as TableKey[]).map((t) => {
    const inTable = specs.filter((s) => s.path.startsWith(`${t}.`));
    return html`<h3 id="sources-${t}">${TABLE_NAMES[t]}</h3>
<ol class="cell-sources">${inTable.map((s) => entry(report, s, severity.get(s.path), original))}</ol>`;
  });
  return html`<section aria-labelledby="sources-heading" id="cell-sources">
<h2 id="sources-heading">单元格与原文</h2>
<p class="hint">点击表格中的数字，即可看到它在原文中的文字和位置${original ? '及前后几行原文' : ''}；对照原件核对：<a href="${originalHref}" download>下载原件</a>。</p>
<h3 id="flagged-heading">有发现的单元格及其原文</h3>
${
  rows.length
    ? html`<div class="table-wrap"><table class="list" id="flagged-cells"><caption>单元格、现值、原文与位置</caption>
<thead><tr><th scope="col">单元格</th><th scope="col">现值</th><th scope="col">原文</th><th scope="col">位置</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
    : html`<p>没有被发现标记的单元格。</p>`
}
${tables}
</section>`;
}
