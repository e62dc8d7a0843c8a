/**
 * @module Beyond single cases: `GET /cases/overview` (supervisors: overdue and
 * due-soon cases across their subtree, per-agency statistics of a year) and
 * `GET/POST /cases/reviews` (the 行政复议/行政诉讼 register, created and decided
 * with the entry's version). The annual report from live data is
 * `annual-report-routes.ts`, Table 2 `table2-routes.ts`.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isIsoDate } from '../../domain/calendar/iso-date.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { caseStatistics, OUTCOME_GROUPS, type CaseStatistics } from '../../persistence/repositories/cases/case-statistics.js';
import { listInbox, type InboxItem } from '../../persistence/repositories/cases/list-inbox.js';
import { createReviewEntry, listReviewEntries, updateReviewEntry, type StoredReviewEntry } from '../../persistence/repositories/cases/review-register.js';
import { chinaToday } from '../../persistence/repositories/clock.js';
import { actorOf, inScope } from '../auth/principal.js';
import type { AppEnv, WebDeps } from '../context.js';
import { forbidden } from '../errors.js';
import { field, readForm } from '../form.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { intParam, yearParam } from '../params.js';
import { page } from '../views/layout.js';
import type { Markup } from '../views/markup.js';
import { agenciesInScope, canHandle, staffOf, type Staff } from './case-access.js';
import { dateZh, daysLeftZh } from './case-labels.js';
import { selectInput, textInput } from './form-fields.js';
import { casesNav } from './cases-nav.js';
import { agencySelect } from './agency-choice.js';

const GROUP_ZH: Readonly<Record<(typeof OUTCOME_GROUPS)[number], string>> = {
  granted: '予以公开',
  partialGrant: '部分公开',
  denied: '不予公开',
  unableToProvide: '无法提供',
  notProcessed: '不予处理',
  otherHandling: '其他处理',
};

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

function statsTable(s: CaseStatistics): Markup {
  return html`<div class="table-wrap"><table class="list"><caption>${s.year} 年各机关依申请公开办理情况</caption>
<thead><tr><th scope="col">机关</th><th scope="col">新收</th><th scope="col">上年结转</th><th scope="col">办结</th>${OUTCOME_GROUPS.map((g) => html`<th scope="col">${GROUP_ZH[g]}</th>`)}<th scope="col">答复用时中位数（工作日）</th><th scope="col">逾期答复占比</th></tr></thead>
<tbody>${s.agencies.map(
    (a) => html`<tr><th scope="row">${a.agency.name}</th><td>${a.received}</td><td>${a.carriedOver}</td><td>${a.closed}</td>${OUTCOME_GROUPS.map((g) => html`<td>${a.outcomes[g]}</td>`)}<td>${a.answered.medianWorkdays ?? '—'}</td><td>${pct(a.lateShare)}</td></tr>`,
  )}</tbody>
<tfoot><tr><th scope="row">合计</th><td>${s.total.received}</td><td>${s.total.carriedOver}</td><td>${s.total.closed}</td>${OUTCOME_GROUPS.map((g) => html`<td>${s.total.outcomes[g]}</td>`)}<td>${s.total.answered.medianWorkdays ?? '—'}</td><td>${pct(s.total.lateShare)}</td></tr></tfoot></table></div>`;
}

const RESULT_ZH = { upheld: '维持', corrected: '纠正', other: '其他结果' } as const;
const KIND_ZH = { reconsideration: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReconsideration: '复议后起诉' } as const;

export function oversightRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const today = () => chinaToday(deps.now());

  app.get('/cases/overview', async (c) => {
    const p = staffOf(c);
    if (p.role === 'clerk') throw forbidden();
    const agencies = await agenciesInScope(deps.db, p);
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    const year = yearParam(c.req.query('year'), Number(today().slice(0, 4)));
    // The inbox is ordered by days left: the urgent cases are its first pages.
    const urgent: InboxItem[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const pageOf = await listInbox(deps.db, { agencyIds: agencies.map((a) => a.id), asOf: today(), limit: 500, after });
      const hits = pageOf.items.filter((x) => x.overdue || x.dueSoon);
      urgent.push(...hits);
      if (!pageOf.next || hits.length < pageOf.items.length) break;
      after = pageOf.next;
    }
    const roots = agencies.filter((a) => a.parentId === null || !names.has(a.parentId));
    const stats = await Promise.all(roots.map((r) => caseStatistics(deps.db, { rootAgencyId: r.id, year })));
    return c.html(
      page({
        title: '督查概览',
        principal: p,
        body: html`${casesNav(p, 'overview')}
<h1>依申请公开督查概览</h1>
<form method="get" action="/cases/overview" class="filters">${textInput({ name: 'year', label: '统计年度', type: 'number', value: String(year) })}<button type="submit">查看</button></form>
<h2>已超期和即将到期的案件（${urgent.length} 件）</h2>
${
  urgent.length === 0
    ? html`<p>没有已超期或 3 个工作日内到期的案件。</p>`
    : html`<div class="table-wrap"><table class="list"><caption>已超期和即将到期的案件</caption><thead><tr><th scope="col">案件编号</th><th scope="col">机关</th><th scope="col">答复期限</th><th scope="col">剩余</th></tr></thead><tbody>${urgent.map(
        (i) => html`<tr class="${i.overdue ? 'overdue' : 'due-soon'}"><th scope="row"><a href="/cases/${i.caseId}">${i.caseNumber}</a></th><td>${i.agencyName}</td><td>${i.deadline ? dateZh(i.deadline) : '—'}</td><td class="days"><span class="tag">${i.overdue ? '已超期' : '即将到期'}</span>${daysLeftZh(i.workdaysLeft)}</td></tr>`,
      )}</tbody></table></div>`
}
<h2>各机关统计</h2>
${stats.map(statsTable)}`,
      }),
    );
  });

  const reviewsPage = async (p: Staff, error?: string) => {
    const agencies = await agenciesInScope(deps.db, p);
    const entries = await listReviewEntries(deps.db, { agencyIds: agencies.map((a) => a.id) });
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    const csrf = p.csrfToken ?? '';
    const decideForm = (e: StoredReviewEntry) =>
      e.result
        ? html`${RESULT_ZH[e.result.outcome]}（${dateZh(e.result.decidedOn)}）`
        : canHandle(p)
          ? html`<form method="post" action="/cases/reviews/${e.id}"><input type="hidden" name="${CSRF_FIELD}" value="${csrf}"><input type="hidden" name="expectedVersion" value="${e.version}">
${selectInput({ idPrefix: `r${e.id}`, name: 'result', label: '结果', options: Object.entries(RESULT_ZH) })}${textInput({ idPrefix: `r${e.id}`, name: 'decidedOn', label: '审结之日', type: 'date', value: today() })}<button type="submit">记录结果</button></form>`
          : '尚未审结';
    return page({
      title: '行政复议和诉讼登记',
      principal: p,
      body: html`${casesNav(p, 'reviews')}
<h1>行政复议和行政诉讼登记</h1>
${error ? html`<div class="error-box" role="alert"><p>${error}</p></div>` : ''}
<div class="table-wrap"><table class="list"><caption>登记的复议和诉讼（表四）</caption><thead><tr><th scope="col">案号或文号</th><th scope="col">机关</th><th scope="col">类型</th><th scope="col">申请或起诉之日</th><th scope="col">关联案件</th><th scope="col">结果</th></tr></thead>
<tbody>${entries.map((e) => html`<tr><th scope="row">${e.reference}</th><td>${names.get(e.agencyId) ?? ''}</td><td>${KIND_ZH[e.kind]}</td><td>${dateZh(e.filedOn)}</td><td>${e.caseNumber ?? '—'}</td><td>${decideForm(e)}</td></tr>`)}</tbody></table></div>
${
  canHandle(p)
    ? html`<h2>新增登记</h2><form method="post" action="/cases/reviews"><input type="hidden" name="${CSRF_FIELD}" value="${csrf}">
${agencySelect({ name: 'agency', label: '机关', required: true, agencies })}
${selectInput({ name: 'kind', label: '类型', required: true, options: Object.entries(KIND_ZH) })}
${textInput({ name: 'reference', label: '案号或决定书文号', required: true })}
${textInput({ name: 'filedOn', label: '申请复议或起诉之日', type: 'date', value: today(), required: true })}
<button type="submit">登记</button></form>`
    : ''
}`,
    });
  };

  app.get('/cases/reviews', async (c) => c.html(await reviewsPage(staffOf(c))));

  app.post('/cases/reviews', async (c) => {
    const p = staffOf(c);
    if (!canHandle(p)) throw forbidden();
    const body = await readForm(c);
    const agencyId = intParam(field(body, 'agency'));
    const kind = field(body, 'kind');
    const filedOn = field(body, 'filedOn');
    const reference = field(body, 'reference');
    if (agencyId === undefined || !inScope(p, agencyId)) throw forbidden();
    if (!Object.hasOwn(KIND_ZH, kind) || !isIsoDate(filedOn) || !reference) return c.html(await reviewsPage(p, '请填写类型、案号和申请或起诉之日。'), 422);
    await createReviewEntry(deps.db, { agencyId, kind: kind as keyof typeof KIND_ZH, filedOn, reference }, { actor: actorOf(p), now: deps.now() });
    return c.redirect('/cases/reviews', 303);
  });

  app.post('/cases/reviews/:id{[0-9]+}', async (c) => {
    const p = staffOf(c);
    if (!canHandle(p)) throw forbidden();
    const body = await readForm(c);
    const id = Number(c.req.param('id'));
    const agencies = await agenciesInScope(deps.db, p);
    const entry = (await listReviewEntries(deps.db, { agencyIds: agencies.map((a) => a.id) })).find((e) => e.id === id);
    if (!entry) throw new GongkaiError('NOT_FOUND', { zh: '找不到该登记。', en: 'No such entry.' });
    const result = field(body, 'result');
    const decidedOn = field(body, 'decidedOn');
    const expectedVersion = intParam(field(body, 'expectedVersion'));
    if ((result !== 'upheld' && result !== 'corrected' && result !== 'other') || !isIsoDate(decidedOn) || expectedVersion === undefined) return c.html(await reviewsPage(p, '请选择结果并填写审结之日。'), 422);
    await updateReviewEntry(deps.db, { id, expectedVersion, patch: { result: { outcome: result, decidedOn } } }, { actor: actorOf(p), now: deps.now() });
    return c.redirect('/cases/reviews', 303);
  });

  return app;
}
