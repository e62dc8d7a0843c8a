/**
 * @module 更正记录 on the report page: every corrected cell with when, the
 * old and new value and the reason (the audit trail, in plain words). Who
 * corrected is shown to signed-in staff only.
 */
import { html } from 'hono/html';
import type { Correction } from '../../persistence/repositories/reports/report-row.js';
import type { Markup } from './markup.js';

const shown = (v: number | null) => (v === null ? '空白' : String(v));

export function correctionsSection(corrections: readonly Correction[], showActor: boolean): Markup {
  if (!corrections.length) return html``;
  return html`<section aria-labelledby="corrections-heading" id="corrections">
<h2 id="corrections-heading">更正记录</h2>
<div class="table-wrap"><table class="list"><caption>人工更正的单元格（原始解析结果保留不变）</caption>
<thead><tr><th scope="col">单元格</th><th scope="col">版本</th><th scope="col">原值</th><th scope="col">新值</th><th scope="col">理由</th><th scope="col">时间</th>${
    showActor ? html`<th scope="col">更正人</th>` : ''
  }</tr></thead>
<tbody>${corrections.map(
    (c) => html`<tr><th scope="row"><code>${c.path}</code></th><td>${c.version}</td><td>${shown(c.oldValue)}</td><td>${shown(c.newValue)}</td><td>${c.reason}</td><td>${c.at
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ')} UTC</td>${showActor ? html`<td>${c.actor}</td>` : ''}</tr>`,
  )}</tbody></table></div>
</section>`;
}
