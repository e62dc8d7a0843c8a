/**
 * Upload, visibility by role, the unmatched queue and corrections, from the
 * outside: what a browser would send, what it gets back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countReports, getReport, listReports } from '../../src/persistence/repositories/reports/report-queries.js';
import { listAudit } from '../../src/persistence/repositories/audit/list-audit.js';
import { PACKAGE_SAMPLES } from '../../src/web/server.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
let admin: Client;
let clerk: Client;
let supervisor: Client;
beforeAll(async () => {
  h = await startHarness();
  admin = new Client(h.app);
  clerk = new Client(h.app);
  supervisor = new Client(h.app);
  await admin.signIn('admin', h.password('admin'));
  await clerk.signIn('clerk', h.password('clerk'));
  await supervisor.signIn('supervisor', h.password('supervisor'));
});
afterAll(() => h.close());

const sample = (name: string) => readFileSync(join(PACKAGE_SAMPLES, name), 'utf8');

/** A sample with a line added so its bytes (SHA-256) differ from the stored one. */
function variant(name: string, tag: string): string {
  return `${sample(name)}\n（${tag}）\n`;
}

async function upload(c: Client, files: readonly { name: string; text: string }[], fields: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  form.set('_csrf', await c.csrf());
  for (const f of files) form.append('file', new File([f.text], f.name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return c.post('/upload', form);
}

async function reportIdOf(agencyName: string): Promise<number> {
  const id = await h.agencyId(agencyName);
  const r = (await listReports(h.opened.db, { agencyId: id }))[0];
  if (!r) throw new Error(`no report of ${agencyName}`);
  return r.id;
}

describe('the public site', () => {
  it('lists the five published sample reports on 首页 with filters', async () => {
    const html = await (await new Client(h.app).get('/')).text();
    for (const name of ['兴和县', '成安县', '康乐县', '涧西区', '桦甸市统计局']) expect(html).toContain(name);
    expect(html).toContain('<a class="skip-link" href="#main">');
    expect(html).toMatch(/<th scope="col">年度<\/th>/);
    expect(html).toMatch(/<option value="2024" >2024年<\/option>\s*<option value="2021" >/);
    const only2019 = await (await new Client(h.app).get('/?year=2019')).text();
    expect(only2019).toContain('康乐县');
    expect(only2019).not.toContain('兴和县</a>');
  });

  it('shows a report with its findings highlighted and every download', async () => {
    const id = await reportIdOf('成安县');
    const res = await new Client(h.app).get(`/reports/${id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('finding-error');
    expect(html).toContain('R6');
    for (const f of ['json', 'html', 'docx', 'xlsx', 'csv']) {
      expect(html).toContain(`/reports/${id}/download/${f}`);
      const d = await new Client(h.app).get(`/reports/${id}/download/${f}`);
      expect(d.status).toBe(200);
      expect(d.headers.get('content-disposition')).toMatch(/attachment/);
      expect((await d.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    expect((await new Client(h.app).get(`/reports/${id}/download/exe`)).status).toBe(404);
    expect((await new Client(h.app).get('/reports/99999')).status).toBe(404);
    expect((await new Client(h.app).get('/reports/abc')).status).toBe(404);
  });

  it('shows the source beside the flagged cells and serves the original byte for byte', async () => {
    const id = await reportIdOf('成安县');
    const html = await (await new Client(h.app).get(`/reports/${id}`)).text();
    expect(html).toContain('有发现的单元格及其原文');
    expect(html).toMatch(/<td>第 \d+ 行<\/td>|原文中未找到/);
    const res = await new Client(h.app).get(`/reports/${id}/original`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(PACKAGE_SAMPLES, '2021-成安县.txt')))).toBe(true);
  });

  it('the review pages need a sign-in', async () => {
    const c = new Client(h.app);
    expect((await c.get('/upload')).status).toBe(401);
    expect((await c.get('/queue')).status).toBe(401);
    expect((await c.get(`/reports/${await reportIdOf('兴和县')}/correct`)).status).toBe(401);
  });
});

describe('upload', () => {
  it('stores a good file and reports each file of a multi-file upload', async () => {
    const before = await countReports(h.opened.db);
    const res = await upload(admin, [
      { name: '兴和县-副本.txt', text: variant('2024-兴和县.txt', 'upload-1') },
      { name: '空文件.txt', text: '' },
      { name: '随便写写.txt', text: '这不是一份年度报告。\n只是几行文字。\n' },
    ]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('已入库');
    expect(html).toContain('INPUT_EMPTY');
    expect(html).toContain('NOT_A_REPORT');
    expect(html).toMatch(/文件是空的。.*The file is empty\./s);
    expect(await countReports(h.opened.db)).toBe(before + 1);
  });

  it('a bad file alone gets its coded bilingual error and stores nothing', async () => {
    const before = await countReports(h.opened.db);
    const files = (await h.opened.db.selectFrom('files').select('sha256').execute()).length;
    const res = await upload(admin, [{ name: 'bad.txt', text: '既不是表格也不是报告\n' }]);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('NOT_A_REPORT');
    expect(await countReports(h.opened.db)).toBe(before);
    expect((await h.opened.db.selectFrom('files').select('sha256').execute()).length).toBe(files);
  });

  it('files a clerk’s upload under the clerk’s agency, and refuses another agency', async () => {
    const res = await upload(clerk, [{ name: '成安县-经办人上传.txt', text: variant('2021-成安县.txt', 'clerk') }]);
    expect(res.status).toBe(200);
    const id = Number(/href="\/reports\/(\d+)"/.exec(await res.text())![1]);
    expect((await getReport(h.opened.db, id)).agencyId).toBe(await h.agencyId('兴和县'));
    const other = await upload(clerk, [{ name: 'x.txt', text: variant('2021-成安县.txt', 'clerk-2') }], { agency: String(await h.agencyId('成安县')) });
    expect(other.status).toBe(403);
  });
});

describe('visibility and scope', () => {
  let unmatchedId: number;
  beforeAll(async () => {
    const res = await upload(admin, [{ name: '无名机关.txt', text: variant('2024-兴和县.txt', 'x').replaceAll('兴和县', '某某旗') }]);
    const html = await res.text();
    expect(html).toContain('待匹配机关');
    unmatchedId = Number(/href="\/reports\/(\d+)"/.exec(html)![1]);
  });

  it('the public cannot see an unmatched report: not in the list, 404 on page, download and API', async () => {
    const c = new Client(h.app);
    expect(await (await c.get('/')).text()).not.toContain(`/reports/${unmatchedId}"`);
    expect((await c.get(`/reports/${unmatchedId}`)).status).toBe(404);
    expect((await c.get(`/reports/${unmatchedId}/download/json`)).status).toBe(404);
    expect((await c.get(`/reports/${unmatchedId}/original`)).status).toBe(404);
    expect((await c.get(`/api/reports/${unmatchedId}`)).status).toBe(404);
    const list = (await (await c.get('/api/reports?limit=500')).json()) as { reports: { id: number }[] };
    expect(list.reports.map((r) => r.id)).not.toContain(unmatchedId);
    expect((await c.get('/api/reports?status=unmatched')).status).toBe(401);
  });

  it('a clerk cannot read an unmatched report nor open the queue', async () => {
    expect((await clerk.get(`/reports/${unmatchedId}`)).status).toBe(404);
    expect((await clerk.get('/queue')).status).toBe(403);
  });

  it('a clerk cannot open or post a correction of another agency’s report (403), but can for their own', async () => {
    const other = await reportIdOf('成安县');
    expect((await clerk.get(`/reports/${other}/correct`)).status).toBe(403);
    const token = await clerk.csrf();
    const res = await clerk.post(`/reports/${other}/correct`, { _csrf: token, expectedVersion: '1', path: 'table4.reconsideration.upheld', value: '1', reason: '试图越权' });
    expect(res.status).toBe(403);
    expect((await getReport(h.opened.db, other)).version).toBe(1);
    const own = await reportIdOf('兴和县');
    expect((await clerk.get(`/reports/${own}/correct`)).status).toBe(200);
    expect(await (await clerk.get(`/reports/${other}`)).text()).not.toContain('更正单元格');
  });

  it('a supervisor of 成安县 may correct there but not in 兴和县', async () => {
    expect((await supervisor.get(`/reports/${await reportIdOf('成安县')}/correct`)).status).toBe(200);
    expect((await supervisor.get(`/reports/${await reportIdOf('兴和县')}/correct`)).status).toBe(403);
  });

  it('an admin assigns the unmatched report from the queue; then it is public', async () => {
    const queue = await (await admin.get('/queue')).text();
    expect(queue).toContain('某某旗');
    const res = await admin.post(`/queue/${unmatchedId}/assign`, { _csrf: Client.csrfOf(queue), agency: String(await h.agencyId('兴和县')) });
    expect(res.status).toBe(303);
    expect((await new Client(h.app).get(`/reports/${unmatchedId}`)).status).toBe(200);
    expect(((await listAudit(h.opened.db, { limit: 10_000 })).filter((a) => a.action === 'report.assign')).length).toBeGreaterThan(0);
  });
});

describe('corrections', () => {
  it('corrects a cell with a reason: a new version, audited', async () => {
    const id = await reportIdOf('康乐县');
    const form = await (await admin.get(`/reports/${id}/correct`)).text();
    const res = await admin.post(`/reports/${id}/correct`, {
      _csrf: Client.csrfOf(form),
      expectedVersion: '1',
      path: 'table4.reconsideration.upheld',
      value: '3',
      reason: '与原件核对',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/reports/${id}?corrected=1`);
    expect((await getReport(h.opened.db, id)).version).toBe(2);
    const after = await (await admin.get(`/reports/${id}?corrected=1`)).text();
    expect(after).toContain('更正已保存');
    expect(after).toContain('更正记录');
    expect(after).toContain('与原件核对');
    const publicView = await (await new Client(h.app).get(`/reports/${id}`)).text();
    expect(publicView).toContain('与原件核对');
    expect(publicView).not.toContain('更正人');
    const audit = (await listAudit(h.opened.db, { limit: 10_000 })).filter((a) => a.action === 'report.correct');
    expect(audit.some((a) => a.actor.startsWith('user:'))).toBe(true);
  });

  it('a stale version gets 409 and the clear message; nothing is overwritten', async () => {
    const id = await reportIdOf('康乐县');
    const version = (await getReport(h.opened.db, id)).version;
    const form = await (await admin.get(`/reports/${id}/correct`)).text();
    const res = await admin.post(`/reports/${id}/correct`, {
      _csrf: Client.csrfOf(form),
      expectedVersion: '1',
      path: 'table4.reconsideration.upheld',
      value: '9',
      reason: '过期的页面',
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('该报告已被他人修改');
    expect((await getReport(h.opened.db, id)).version).toBe(version);
  });

  it('a value that is not a number, or no reason, is 422 with the message', async () => {
    const id = await reportIdOf('康乐县');
    const version = String((await getReport(h.opened.db, id)).version);
    const token = await admin.csrf();
    const bad = await admin.post(`/reports/${id}/correct`, { _csrf: token, expectedVersion: version, path: 'table4.reconsideration.upheld', value: '三', reason: 'x' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('不是数字');
    const noReason = await admin.post(`/reports/${id}/correct`, { _csrf: token, expectedVersion: version, path: 'table4.reconsideration.upheld', value: '4', reason: ' ' });
    expect(noReason.status).toBe(422);
  });
});

describe('escaping', () => {
  it('no page carries an unescaped <script> from report text or a file name', async () => {
    const evil = '<script>alert(1)</script>';
    const text = variant('2024-兴和县.txt', 'xss').replaceAll('兴和县', `${evil}兴和县`);
    const up = await upload(admin, [{ name: `${evil}.txt`, text }]);
    const upHtml = await up.text();
    const id = Number(/href="\/reports\/(\d+)"/.exec(upHtml)![1]);
    const stored = await getReport(h.opened.db, id);
    expect(stored.agencyName).toContain(evil);
    // A second copy stays in the queue, so the queue page shows the evil name too.
    await upload(admin, [{ name: 'evil-2.txt', text: `${text}\n（2）\n` }]);
    await admin.post(`/queue/${id}/assign`, { _csrf: await admin.csrf(), agency: String(await h.agencyId('兴和县')) });
    const fixed = await admin.post(`/reports/${id}/correct`, { _csrf: await admin.csrf(), expectedVersion: '1', path: 'table4.reconsideration.upheld', value: '1', reason: evil });
    expect(fixed.status).toBe(303);
    const pages = [
      upHtml,
      await (await new Client(h.app).get('/')).text(),
      await (await new Client(h.app).get(`/reports/${id}`)).text(),
      await (await admin.get(`/reports/${id}`)).text(),
      await (await admin.get(`/reports/${id}/correct`)).text(),
      await (await admin.get('/queue')).text(),
      await (await new Client(h.app).get(`/reports/${id}/download/html`)).text(),
    ];
    for (const html of pages) {
      // The upload page's own script file is the only script there is.
      expect(html.toLowerCase().replace(/<script src="\/assets\/upload\.[0-9a-f]+\.js" defer><\/script>/g, '')).not.toContain('<script');
    }
    expect(pages[2]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(pages[5]).toContain('&lt;script&gt;');
  });
});
