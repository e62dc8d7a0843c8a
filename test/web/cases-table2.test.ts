/**
 * 表二数据 from the outside: the statutory rows and columns of the year's
 * format, server-side checks per field, only changed cells written with an
 * audit row, a cell someone else changed meanwhile refused (409), read-only
 * for supervisors, and the same through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/persistence/repositories/audit/list-audit.js';
import { getTable2Entries } from '../../src/persistence/repositories/cases/table2-entries.js';
import { findUserByLogin, publicUser } from '../../src/persistence/repositories/accounts/users.js';
import { issueApiToken } from '../../src/web/auth/issue-token.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
let xinghe: number;
beforeAll(async () => {
  h = await startHarness();
  xinghe = await h.agencyId('兴和县');
});
afterAll(() => h.close());

/** The page's form as a browser would post it: every field with its shown value, some changed. */
function formOf(page: string, changes: Record<string, string>): Record<string, string> {
  const form: Record<string, string> = {};
  for (const m of page.matchAll(/<input type="(?:text|hidden)"[^>]*?name="([^"]+)" value="([^"]*)"/g)) form[m[1]!] = m[2]!;
  for (const m of page.matchAll(/<input type="text" id="[^"]+" name="([^"]+)" value="([^"]*)"/g)) form[m[1]!] = m[2]!;
  return { ...form, ...changes };
}

describe('/cases/table2', () => {
  it('lays out the 2021 format’s Table 2 with its official labels, a field per cell named by its row and column', async () => {
    const clerk = await Client.signedIn(h, 'clerk');
    const res = await clerk.get(`/cases/table2?year=2025`);
    expect(res.status).toBe(200);
    const page = await res.text();
    for (const label of ['第二十条第（一）项', '规章', '行政规范性文件', '本年制发件数', '现行有效件数', '行政许可', '本年处理决定数量', '行政事业性收费', '本年收费金额（单位：万元）']) {
      expect(page).toContain(label);
    }
    expect(page).toContain('aria-current="page">表二数据');
    expect(page).toMatch(/<th scope="row" id="t2r-art20_5-licensing">行政许可<\/th><td><input type="text" id="t2-licensing-decisions" name="table2\.licensing\.decisions" value="" inputmode="numeric" autocomplete="off" size="12" aria-labelledby="t2r-art20_5-licensing t2c-art20_5-decisions">/);
    expect(page).toContain('name="table2.adminFees.amountWan" value="" inputmode="decimal"');
    // 2020 is in the 2019 format: 本年增/减 may be negative.
    const old = await (await clerk.get('/cases/table2?year=2020')).text();
    expect(old).toContain('本年增/减');
    expect(old).toContain('采购总金额');
  });

  it('saves the changed cells with an audit row, and shows them again', async () => {
    const clerk = await Client.signedIn(h, 'clerk');
    const page = await (await clerk.get('/cases/table2?year=2025')).text();
    const res = await clerk.post('/cases/table2', formOf(page, { 'table2.licensing.decisions': '13,704', 'table2.adminFees.amountWan': '88.78248' }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/table2?agency=${xinghe}&year=2025&done=saved`);
    expect(Object.fromEntries(await getTable2Entries(h.opened.db, xinghe, 2025))).toEqual({ 'table2.licensing.decisions': 13704, 'table2.adminFees.amountWan': 88.78248 });
    const audit = (await listAudit(h.opened.db, { entity: 'table2', entityId: `${xinghe}/2025` }))[0]!;
    const clerkId = (await findUserByLogin(h.opened.db, 'clerk'))!.id;
    expect(audit).toMatchObject({ actor: `user:${clerkId}`, action: 'table2.set', after: { 'table2.licensing.decisions': 13704, 'table2.adminFees.amountWan': 88.78248 } });
    const again = await (await clerk.get(res.headers.get('location')!)).text();
    expect(again).toContain('表二数据已保存。');
    expect(again).toContain('name="table2.licensing.decisions" value="13704"');
    // Posting the page unchanged writes nothing.
    const unchanged = await clerk.post('/cases/table2', formOf(again, {}));
    expect(unchanged.headers.get('location')).toContain('done=unchanged');
    expect((await listAudit(h.opened.db, { entity: 'table2', entityId: `${xinghe}/2025` })).length).toBe(1);
  });

  it('refuses invalid figures field by field (422), keeps what was typed and writes nothing', async () => {
    const clerk = await Client.signedIn(h, 'clerk');
    const page = await (await clerk.get('/cases/table2?year=2024')).text();
    const res = await clerk.post('/cases/table2', formOf(page, { 'table2.penalty.decisions': '-2', 'table2.adminFees.amountWan': '1.0000001', 'table2.coercion.decisions': '7' }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<title>（有错误）');
    expect(html).toContain('提交的内容有 2 处需要修改');
    expect(html).toContain('href="#t2-penalty-decisions"');
    expect(html).toMatch(/id="t2-penalty-decisions" name="table2\.penalty\.decisions" value="-2"[^>]*aria-invalid="true" aria-describedby="t2-penalty-decisions-error"/);
    expect(html).toContain('行政处罚·本年处理决定数量：请填写不小于 0 的整数');
    expect(html).toContain('最多 6 位小数');
    expect(html).toContain('name="table2.coercion.decisions" value="7"');
    expect((await getTable2Entries(h.opened.db, xinghe, 2024)).size).toBe(0);
  });

  it('refuses a cell someone else changed after the page was opened (409), and keeps changes to other cells apart', async () => {
    const first = await Client.signedIn(h, 'clerk');
    const second = await Client.signedIn(h, 'clerk');
    const a = await (await first.get('/cases/table2?year=2023')).text();
    const b = await (await second.get('/cases/table2?year=2023')).text();
    expect((await first.post('/cases/table2', formOf(a, { 'table2.regulations.issued': '3' }))).status).toBe(303);
    // A different cell from the old page: no collision.
    expect((await second.post('/cases/table2', formOf(b, { 'table2.penalty.decisions': '9' }))).status).toBe(303);
    // The same cell from the old page: refused, nothing written, the new figure shown.
    const stale = await second.post('/cases/table2', formOf(b, { 'table2.regulations.issued': '4', 'table2.coercion.decisions': '1' }));
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('CONFLICT');
    expect(html).toContain('他人已将此格由“空白”改为“3”');
    expect(Object.fromEntries(await getTable2Entries(h.opened.db, xinghe, 2023))).toEqual({ 'table2.regulations.issued': 3, 'table2.penalty.decisions': 9 });
    // Submitting the refreshed page again is a deliberate overwrite.
    expect((await second.post('/cases/table2', formOf(html, {}))).status).toBe(303);
    expect(Object.fromEntries(await getTable2Entries(h.opened.db, xinghe, 2023))).toEqual({ 'table2.regulations.issued': 4, 'table2.penalty.decisions': 9, 'table2.coercion.decisions': 1 });
  });

  it('is read-only for supervisors, out of bounds for other agencies, and guarded by the CSRF token', async () => {
    const sup = await Client.signedIn(h, 'supervisor');
    const chengan = await h.agencyId('成安县');
    const page = await (await sup.get(`/cases/table2?agency=${chengan}&year=2025`)).text();
    expect(page).toContain('表二数据由本机关经办人填写，您可以查看。');
    expect(page).not.toContain('name="table2.');
    expect(page).toContain('<optgroup label="成安县">');
    expect((await sup.post('/cases/table2', { _csrf: await sup.csrf(), agency: String(chengan), year: '2025', 'table2.penalty.decisions': '1' })).status).toBe(403);
    const clerk = await Client.signedIn(h, 'clerk');
    expect((await clerk.get(`/cases/table2?agency=${chengan}`)).status).toBe(403);
    expect((await clerk.post('/cases/table2', { agency: String(xinghe), year: '2025', 'table2.penalty.decisions': '1' })).status).toBe(403);
  });
});

describe('/api/agencies/:id/table2/:year', () => {
  it('gives every cell with its labels and kind, and changes cells with expected values (409 when stale)', async () => {
    const clerk = publicUser((await findUserByLogin(h.opened.db, 'clerk'))!);
    const token = await issueApiToken(h.opened.db, clerk, { name: 't2' }, { actor: 'test' });
    const call = (method: string, body?: unknown) =>
      h.app.request(`http://localhost/api/agencies/${xinghe}/table2/2022`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const got = (await (await call('GET')).json()) as { format: string; cells: { path: string; kind: string; value: number | null; colLabel: string }[] };
    expect(got.format).toBe('2021');
    expect(got.cells.find((x) => x.path === 'table2.adminFees.amountWan')).toEqual({ path: 'table2.adminFees.amountWan', rowLabel: '行政事业性收费', colLabel: '本年收费金额（单位：万元）', kind: 'amount', value: null });
    const set = await call('POST', { values: { 'table2.licensing.decisions': 5 }, expected: { 'table2.licensing.decisions': null } });
    expect(set.status).toBe(200);
    expect(((await set.json()) as typeof got).cells.find((x) => x.path === 'table2.licensing.decisions')!.value).toBe(5);
    expect((await call('POST', { values: { 'table2.licensing.decisions': 6 }, expected: { 'table2.licensing.decisions': null } })).status).toBe(409);
    expect((await call('POST', { values: { 'table2.licensing.decisions': -6 } })).status).toBe(422);
    expect((await call('POST', { values: { 'table2.nothing.here': 1 } })).status).toBe(422);
    expect((await call('POST', { value: {} })).status).toBe(422);
    const sup = publicUser((await findUserByLogin(h.opened.db, 'supervisor'))!);
    const supToken = await issueApiToken(h.opened.db, sup, { name: 't2' }, { actor: 'test' });
    expect((await h.app.request(`http://localhost/api/agencies/${xinghe}/table2/2022`, { headers: { authorization: `Bearer ${supToken}` } })).status).toBe(404);
  });
});
