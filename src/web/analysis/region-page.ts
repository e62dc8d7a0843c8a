/**
 * @module 汇总页 (`/regions/:id/:year`): Table 3 and Table 4 summed over the current reports of
 * every agency below the node, in the statutory layout (the report renderer's tables, escaped
 * there), with incomplete cells marked and explained; then the status lists — no report, late,
 * date unknown, with errors — each agency linked.
 */
import { html, raw } from 'hono/html';
import type { Agency } from '../../domain/agency/agency.js';
import { cellSpec } from '../../domain/annual-report/formats/index.js';
import type { Finding } from '../../domain/shared/finding.js';
import { ROLLUP_INCOMPLETE, type FormatRollup } from '../../domain/analysis/region-rollup.js';
import type { AgencyStatus } from '../../domain/analysis/region-status.js';
import type { RegionYear } from '../../persistence/repositories/analysis/region-analysis.js';
import { table3Html, table4Html, type CellMarks } from '../../render/html/tables.js';
import { TABLE_NAMES } from '../../render/layout.js';
import type { Principal } from '../auth/principal.js';
import { page } from '../views/layout.js';
import type { Markup } from '../views/markup.js';
import { LEVEL_LABELS, timelinessText } from './analysis-tables.js';
import { breadcrumbs, downloadLinks, yearNav } from './page-parts.js';

export interface RegionPageView {
  readonly principal: Principal;
  readonly data: RegionYear;
  readonly ancestors: readonly Agency[];
  readonly years: readonly number[];
}

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

/**
 * A region may hold thousands of agencies: lists of agencies on the page show the first
 * `LIST_LIMIT` and the count; the complete lists are in the downloads.
 */
const LIST_LIMIT = 30;

function firstOf<T>(items: readonly T[], item: (x: T, i: number) => Markup, more: (n: number) => Markup): Markup {
  return html`${items.slice(0, LIST_LIMIT).map(item)}${items.length > LIST_LIMIT ? more(items.length - LIST_LIMIT) : ''}`;
}

function findingList(findings: readonly Finding[], idPrefix: string): Markup {
  const own = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.rule !== ROLLUP_INCOMPLETE);
  const blanks = findings.filter((f) => f.rule === ROLLUP_INCOMPLETE);
  if (own.length === 0 && blanks.length === 0) return html`<p>合计表符合勾稽关系（R1—R4），没有空白的合计单元格。</p>`;
  return html`${own.length ? html`<ol class="findings">${own.map(
    ({ f, i }) => html`<li id="${idPrefix}-f${i + 1}" class="finding-${f.severity}"><strong>${SEVERITY[f.severity]} ${f.rule}</strong>：${f.message.zh}${f.blanksAsZero ? '（空白按 0 计）' : ''}</li>`,
  )}</ol>` : html`<p>合计表的已知部分符合勾稽关系（R1—R4）。</p>`}
${blanks.length
    ? html`<p>${blanks.length} 个机关的报告有空白单元格，相应合计不完整：</p>
<ul class="findings">${firstOf(
        blanks,
        (f) => html`<li class="finding-warning"><strong>${SEVERITY.warning} ${f.rule}</strong>：${f.message.zh}</li>`,
        (n) => html`<li>……另有 ${n} 个机关（每个机关的空白单元格见合计表下载）</li>`,
      )}</ul>`
    : ''}`;}

/** Marks on the summed tables: the rules' findings, and one mark per incomplete cell (not one per agency). */
function marksOf(part: FormatRollup, idPrefix: string): CellMarks {
  const marks = new Map<string, { severity: 'error' | 'warning'; title: string; describedBy: string[] }>();
  const add = (path: string, severity: 'error' | 'warning', title: string, describedBy: string) => {
    const m = marks.get(path);
    marks.set(path, {
      severity: m?.severity === 'error' || severity === 'error' ? 'error' : 'warning',
      title: m ? `${m.title}\n${title}` : title,
      describedBy: [...(m?.describedBy ?? []), describedBy],
    });
  };
  part.findings.forEach((f, i) => {
    if (f.severity === 'info' || f.rule === ROLLUP_INCOMPLETE) return;
    for (const p of f.paths) add(p, f.severity, `${SEVERITY[f.severity]} ${f.rule}：${f.message.zh}`, `${idPrefix}-f${i + 1}`);
  });
  part.incomplete.forEach((c, i) => add(c.path, 'warning', `合计不完整：${c.blankIn.length} 个机关该格空白，已知部分合计 ${c.knownSum}`, `${idPrefix}-inc${i + 1}`));
  return marks;
}

/** Longer lists of incomplete cells start folded (`<details>` works without script). */
const OPEN_UP_TO = 20;

function incompleteTable(part: FormatRollup): Markup {
  if (part.incomplete.length === 0) return html``;
  return html`<details ${part.incomplete.length <= OPEN_UP_TO ? 'open' : ''}><summary>空白的合计单元格：${part.incomplete.length} 个（已知部分合计与空白的机关）</summary><div class="table-wrap"><table class="list">
<caption>空白的合计单元格（${part.incomplete.length} 个）</caption>
<thead><tr><th scope="col">单元格</th><th scope="col" class="num">已知部分合计</th><th scope="col">该格空白的机关</th></tr></thead>
<tbody>${part.incomplete.map(
    (c, n) =>
      html`<tr id="part-${part.format}-inc${n + 1}"><th scope="row">${cellSpec(part.format, c.path)?.label ?? c.path}</th><td class="num">${c.knownSum}</td><td>${c.blankIn.length} 个：${c.blankIn.slice(0, 5).map((a, i) => html`${i ? '、' : ''}<a href="/agencies/${a.id}">${a.name}</a>`)}${c.blankIn.length > 5 ? html`等（完整名单见合计表下载）` : ''}</td></tr>`,
  )}</tbody>
</table></div>`;
}

/**
 * The statutory tables name their header cells by fixed ids (`t3-…`, `t4-…`, `table3`). A second
 * roll-up on the page (another format) gets them prefixed, so every id stays unique.
 */
function uniqueIds(markup: string, prefix: string | null): string {
  if (prefix === null) return markup;
  return markup.replace(/ (id|headers)="([^"]*)"/g, (_, attr: string, value: string) => {
    const ids = value.split(' ').map((t) => (/^(t3-|t4-|table[34]$)/.test(t) ? `${prefix}-${t}` : t));
    return ` ${attr}="${ids.join(' ')}"`;
  });
}

function partSection(part: FormatRollup, index: number, alone: boolean): Markup {
  const id = `part-${part.format}`;
  const marks = marksOf(part, id);
  const prefix = index === 0 ? null : id;
  return html`<section aria-labelledby="${id}-heading" class="report-body">
<h2 id="${id}-heading">${alone ? '合计' : `合计：${part.format} 格式的报告`}（${part.members.length} 个机关）</h2>
<p class="hint">空白的合计单元格：至少一个机关的报告该格空白，合计不完整，空白不按 0 计；已知部分之和与空白的机关列在表后。</p>
${raw(uniqueIds(table3Html(part.report, `${TABLE_NAMES.table3}（合计）`, { marks }), prefix))}
${raw(uniqueIds(table4Html(part.report, `${TABLE_NAMES.table4}（合计）`, { marks }), prefix))}
${incompleteTable(part)}
<h3>合计表的校验</h3>
${findingList(part.findings, id)}
<details><summary>参与${index === 0 ? '' : '此'}合计的 ${part.members.length} 个机关</summary>
<ul class="inline-list">${firstOf(
    part.members,
    (m) => html`<li><a href="/agencies/${m.agency.id}">${m.agency.name}</a>（<a href="/reports/${m.reportId}">报告</a>）</li>`,
    (n) => html`<li>……另有 ${n} 个机关（完整名单见报送情况下载）</li>`,
  )}</ul>
</details>
</section>`;
}

const moreRows = (n: number): Markup => html`<li>……另有 ${n} 个（完整名单见报送情况下载）</li>`;
const moreTableRows =
  (columns: number) =>
  (n: number): Markup =>
    html`<tr><td colspan="${columns}">……另有 ${n} 个（完整名单见报送情况下载）</td></tr>`;

function agencyLink(r: AgencyStatus): Markup {
  return html`<a href="/agencies/${r.agency.id}">${r.agency.name}</a>`;
}

function statusSection(d: RegionYear): Markup {
  const s = d.status;
  const missing = s.missing.length
    ? html`<ul class="inline-list">${firstOf(s.missing, (r) => html`<li>${agencyLink(r)}（${LEVEL_LABELS[r.agency.level]}）</li>`, moreRows)}</ul>`
    : html`<p>全部机关均已有报告。</p>`;
  const late = s.late.length
    ? html`<div class="table-wrap"><table class="list"><caption>逾期公布的报告</caption>
<thead><tr><th scope="col">机关</th><th scope="col">发布日期</th><th scope="col">公布期限</th><th scope="col">按期情况</th><th scope="col">报告</th></tr></thead>
<tbody>${firstOf(
        s.late,
        (r) => html`<tr><th scope="row">${agencyLink(r)}</th><td>${r.report!.publishedAt}</td><td>${r.report!.timeliness.kind === 'late' ? r.report!.timeliness.deadline : ''}</td><td>${timelinessText(r.report!.timeliness)}</td><td><a href="/reports/${r.report!.reportId}">查看</a></td></tr>`,
        moreTableRows(5),
      )}</tbody></table></div>`
    : html`<p>没有逾期公布的报告。</p>`;
  const unknown = s.dateUnknown.length
    ? html`<h3>发布日期不明（${s.dateUnknown.length}）</h3><p class="hint">报告中没有可识别的发布日期，无法判断是否按期。</p>
<ul class="inline-list">${firstOf(s.dateUnknown, (r) => html`<li>${agencyLink(r)}（<a href="/reports/${r.report!.reportId}">报告</a>）</li>`, moreRows)}</ul>`
    : '';
  const errors = s.withErrors.length
    ? html`<div class="table-wrap"><table class="list"><caption>校验有错误的报告</caption>
<thead><tr><th scope="col">机关</th><th scope="col" class="num">错误数</th><th scope="col">规则</th><th scope="col">报告</th></tr></thead>
<tbody>${firstOf(
        s.withErrors,
        (r) => html`<tr><th scope="row">${agencyLink(r)}</th><td class="num">${r.report!.errors}</td><td>${r.report!.errorRules.join('、')}</td><td><a href="/reports/${r.report!.reportId}">查看</a></td></tr>`,
        moreTableRows(4),
      )}</tbody></table></div>`
    : html`<p>没有校验错误。</p>`;
  return html`<section aria-labelledby="status-heading">
<h2 id="status-heading">报送情况</h2>
<p class="hint">公布期限（《政府信息公开条例》第四十九条）：政府部门为次年 1 月 31 日，县级以上人民政府为次年 3 月 31 日；乡镇（街道）按当地安排，不计期限。</p>
${downloadLinks(`/regions/${d.region.id}/${d.year}/download`, 'status', '报送情况（全部机关）')}
<h3>未报送（${s.missing.length}）</h3>
${missing}
<h3>逾期公布（${s.late.length}）</h3>
${late}
${unknown}
<h3>有校验错误（${s.withErrors.length}）</h3>
${errors}
</section>`;
}

export function regionPage(v: RegionPageView): string {
  const d = v.data;
  const s = d.status;
  const title = `${d.region.name} ${d.year}年度汇总`;
  const parts = d.rollup.parts;
  return page({
    title,
    principal: v.principal,
    body: html`${breadcrumbs([...v.ancestors, { id: d.region.id, name: d.region.name }], `${d.year}年度汇总`)}
<h1>${d.region.name}${d.year}年度政府信息公开工作年度报告汇总</h1>
${yearNav(v.years, d.year, (y) => `/regions/${d.region.id}/${y}`)}
<dl class="summary-list">
<div><dt>机关</dt><dd>${s.rows.length}</dd></div>
<div><dt>已有报告</dt><dd>${s.rows.length - s.missing.length}</dd></div>
<div><dt>未报送</dt><dd>${s.missing.length}</dd></div>
<div><dt>逾期</dt><dd>${s.late.length}</dd></div>
<div><dt>有错误</dt><dd>${s.withErrors.length}</dd></div>
</dl>
<ul class="inline-list">
<li><a href="/regions/${d.region.id}/${d.year}/comparison">各机关比较</a></li>
<li><a href="/agencies/${d.region.id}">${d.region.name}机关页</a></li>
</ul>
${d.rollup.findings.length ? html`<div class="notice" role="note">${d.rollup.findings.map((f) => html`<p><strong>注意</strong>：${f.message.zh}</p>`)}</div>` : ''}
${parts.length ? downloadLinks(`/regions/${d.region.id}/${d.year}/download`, 'sums', '合计表') : html`<p class="notice">${d.year}年度尚无已公开的报告，无可合计。</p>`}
${parts.map((p, i) => partSection(p, i, parts.length === 1))}
${statusSection(d)}`,
  });
}
