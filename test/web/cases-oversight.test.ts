/**
 * Supervisors' overview, the review register and the annual report from live
 * case data, from the outside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startHarness, type Harness } from './web-harness.js';
import { PERSON, apply } from './case-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await apply(new Client(h.app), await h.agencyId('成安县'));
});
afterAll(() => h.close());

describe('/cases/overview', () => {
  it('shows a supervisor the statistics of their subtree in a table, without personal data; clerks get 403', async () => {
    const sup = await Client.signedIn(h, 'supervisor');
    const res = await sup.get('/cases/overview');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<caption>');
    expect(html).toContain('成安县');
    expect(html).toContain('逾期答复占比');
    expect(html).not.toContain(PERSON.name);
    expect((await (await Client.signedIn(h, 'clerk')).get('/cases/overview')).status).toBe(403);
  });
});

describe('/cases/reviews', () => {
  it('registers a reconsideration and records its result', async () => {
    const clerk = await Client.signedIn(h, 'clerk');
    const agency = await h.agencyId('兴和县');
    const res = await clerk.post('/cases/reviews', { _csrf: await clerk.csrf(), agency: String(agency), kind: 'reconsideration', reference: '兴复〔2026〕1号', filedOn: '2026-01-05' });
    expect(res.status).toBe(303);
    const page = await (await clerk.get('/cases/reviews')).text();
    expect(page).toContain('兴复〔2026〕1号');
    const id = /action="\/cases\/reviews\/(\d+)"/.exec(page)![1]!;
    const done = await clerk.post(`/cases/reviews/${id}`, { _csrf: await clerk.csrf(), expectedVersion: '1', result: 'corrected', decidedOn: '2026-02-05' });
    expect(done.status).toBe(303);
    expect(await (await clerk.get('/cases/reviews')).text()).toContain('纠正');
    const stale = await clerk.post(`/cases/reviews/${id}`, { _csrf: await clerk.csrf(), expectedVersion: '1', result: 'upheld', decidedOn: '2026-02-06' });
    expect(stale.status).toBe(409);
    const bad = await clerk.post('/cases/reviews', { _csrf: await clerk.csrf(), agency: String(agency), kind: 'toString', reference: 'x', filedOn: '2026-01-05' });
    expect(bad.status).toBe(422);
  });
});

describe('/cases/annual-report', () => {
  it('generates the agency’s report from its cases and opens it on the report page', async () => {
    const clerk = await Client.signedIn(h, 'clerk');
    const year = new Date().getFullYear();
    const res = await clerk.post('/cases/annual-report', { _csrf: await clerk.csrf(), agency: String(await h.agencyId('兴和县')), year: String(year) });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/reports\/\d+$/);
    expect((await clerk.get(location)).status).toBe(200);
    const other = await clerk.post('/cases/annual-report', { _csrf: await clerk.csrf(), agency: String(await h.agencyId('成安县')), year: String(year) });
    expect(other.status).toBe(403);
  });
});

describe('/cases/annual-report/draft', () => {
  const sectionsOf = (page: string) => Object.fromEntries([...page.matchAll(/<textarea id="s-(\w+)" name="\w+"[^>]*>([^<]*)<\/textarea>/g)].map((m) => [m[1]!, m[2]!]));
  const hidden = (page: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)![1]!;

  it('shows the computed tables read-only and the six drafted sections to edit; the stored report carries the edited text', async () => {
    const clerk = await Client.signedIn(h, 'clerk');
    const agency = await h.agencyId('兴和县');
    const year = new Date().getFullYear();
    const choice = await (await clerk.get('/cases/annual-report')).text();
    expect(choice).toContain('action="/cases/annual-report/draft"');
    const res = await clerk.get(`/cases/annual-report/draft?agency=${agency}&year=${year}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<caption>表三 依申请公开</caption>');
    expect(page).toContain('<caption>表四 复议诉讼</caption>');
    expect(page).not.toMatch(/<input[^>]+name="table3/);
    const sections = sectionsOf(page);
    expect(Object.keys(sections)).toEqual(['overview', 'proactiveDisclosure', 'applications', 'reviewLitigation', 'problemsImprovements', 'otherMatters']);
    expect(sections['overview']).toContain('本机关共收到政府信息公开申请');
    expect(page).toContain('<label for="s-overview">一、总体情况</label>');
    const saved = await clerk.post('/cases/annual-report', {
      _csrf: hidden(page, '_csrf'),
      agency: String(agency),
      year: String(year),
      figures: hidden(page, 'figures'),
      ...sections,
      problemsImprovements: '（一）存在的主要问题\n一是网站专栏更新不够及时。（经办人修改）',
    });
    expect(saved.status).toBe(303);
    const report = await (await clerk.get(saved.headers.get('location')!)).text();
    expect(report).toContain('一是网站专栏更新不够及时。（经办人修改）');
    // The next draft starts from the saved text while the figures are the same.
    const next = await (await clerk.get(`/cases/annual-report/draft?agency=${agency}&year=${year}`)).text();
    expect(next).toMatch(/id="draft-source">正文为上次保存的内容/);
    expect(sectionsOf(next)['problemsImprovements']).toContain('（经办人修改）');
    expect(hidden(next, 'figures')).toBe(hidden(page, 'figures'));
  });

  it('refuses to store a draft whose figures changed meanwhile (409): new tables shown, the edited text kept', async () => {
    const clerk = await Client.signedIn(h, 'clerk');
    const agency = await h.agencyId('兴和县');
    const year = new Date().getFullYear();
    const page = await (await clerk.get(`/cases/annual-report/draft?agency=${agency}&year=${year}`)).text();
    await apply(new Client(h.app), agency);
    // A fresh draft after the figures changed: drafted anew, and the saved text is linked.
    const fresh = await (await clerk.get(`/cases/annual-report/draft?agency=${agency}&year=${year}`)).text();
    expect(fresh).toMatch(/id="draft-source">上次保存之后统计数字已有变化[^]*href="\/reports\/\d+"/);
    expect(sectionsOf(fresh)['problemsImprovements']).not.toContain('（经办人修改）');
    const edited = { ...sectionsOf(page), otherMatters: '本年度无其他需要报告的事项。（修改稿）' };
    const stale = await clerk.post('/cases/annual-report', { _csrf: hidden(page, '_csrf'), agency: String(agency), year: String(year), figures: hidden(page, 'figures'), ...edited });
    expect(stale.status).toBe(409);
    const again = await stale.text();
    expect(again).toContain('起草之后统计数据已有变化');
    expect(again).toContain('本年度无其他需要报告的事项。（修改稿）');
    expect(hidden(again, 'figures')).not.toBe(hidden(page, 'figures'));
    const tooLong = await clerk.post('/cases/annual-report', { _csrf: hidden(page, '_csrf'), agency: String(agency), year: String(year), figures: hidden(again, 'figures'), ...edited, overview: '字'.repeat(20_001) });
    expect(tooLong.status).toBe(422);
    expect(await tooLong.text()).toContain('href="#s-overview"');
    // Saving the refreshed page works.
    expect((await clerk.post('/cases/annual-report', { _csrf: hidden(again, '_csrf'), agency: String(agency), year: String(year), figures: hidden(again, 'figures'), ...sectionsOf(again) })).status).toBe(303);
    expect((await clerk.get(`/cases/annual-report/draft?agency=${await h.agencyId('成安县')}&year=${year}`)).status).toBe(403);
  });
});
