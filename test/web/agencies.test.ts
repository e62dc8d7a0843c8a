/**
 * 机关管理 and the agency API from the outside: who may see and change the
 * tree (administrators all of it, supervisors their subtree, clerks and the
 * public nothing), CSRF, validation of credit codes, cycles, deletion rules,
 * importing real CSV and XLSX files, and an audit row for every change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidUscc } from '../../src/domain/agency/uscc.js';
import { findAgency, listAgencies } from '../../src/persistence/repositories/agencies/agency-queries.js';
import { findUserByLogin, publicUser } from '../../src/persistence/repositories/accounts/users.js';
import { listAudit } from '../../src/persistence/repositories/audit/list-audit.js';
import { getReport } from '../../src/persistence/repositories/reports/report-queries.js';
import { issueApiToken } from '../../src/web/auth/issue-token.js';
import { PACKAGE_SAMPLES } from '../../src/web/server.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
let admin: Client;
let supervisor: Client;
let clerk: Client;
let adminId: number;
let supervisorId: number;
beforeAll(async () => {
  h = await startHarness();
  admin = await Client.signedIn(h, 'admin');
  supervisor = await Client.signedIn(h, 'supervisor');
  clerk = await Client.signedIn(h, 'clerk');
  adminId = (await findUserByLogin(h.opened.db, 'admin'))!.id;
  supervisorId = (await findUserByLogin(h.opened.db, 'supervisor'))!.id;
});
afterAll(() => h.close());

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A credit code with a correct check character, from its first 17 characters. */
function uscc(first17: string): string {
  const code = [...ALPHABET].map((c) => first17 + c).find(isValidUscc);
  if (!code) throw new Error('no check character');
  return code;
}

async function form(c: Client, path: string, fields: Record<string, string>): Promise<Response> {
  return c.post(path, { _csrf: await c.csrf(), ...fields });
}

async function auditOf(id: number) {
  return listAudit(h.opened.db, { entity: 'agency', entityId: id });
}

async function byName(name: string, parentId?: number) {
  return (await listAgencies(h.opened.db)).filter((a) => a.name === name && (parentId === undefined || a.parentId === parentId));
}

describe('who may open 机关管理', () => {
  it('the public must sign in (401); a clerk is refused (403) and has no link', async () => {
    const anon = new Client(h.app);
    expect((await anon.get('/admin/agencies')).status).toBe(401);
    expect((await anon.get(`/admin/agencies/${await h.agencyId('成安县')}`)).status).toBe(401);
    expect((await clerk.get('/admin/agencies')).status).toBe(403);
    expect((await clerk.get(`/admin/agencies/${await h.agencyId('兴和县')}`)).status).toBe(403);
    expect(await (await clerk.get('/upload')).text()).not.toContain('href="/admin/agencies"');
    const xinghe = await h.agencyId('兴和县');
    const refused = await form(clerk, `/admin/agencies/${xinghe}`, { name: '兴和县改', level: 'county' });
    expect(refused.status).toBe(403);
    expect((await findAgency(h.opened.db, xinghe))!.name).toBe('兴和县');
  });

  it('an administrator sees the whole tree with every form', async () => {
    const res = await admin.get('/admin/agencies');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const name of ['示范市', '兴和县', '成安县教育局', '桦甸市统计局']) expect(html).toContain(`>${name}</a>`);
    for (const id of ['id="agency-tree"', 'id="create-root-form"', 'id="import-form"', 'id="import-file"', 'href="/admin/agencies"']) expect(html).toContain(id);
    // Nested: a county's departments are inside the county's list item.
    const chengan = await h.agencyId('成安县');
    expect(html).toMatch(new RegExp(`<li id="agency-${chengan}"><a href="/admin/agencies/${chengan}">成安县</a>[^]*?<ul><li id="agency-\\d+"><a [^>]+>成安县`));
  });

  it('a supervisor sees only their subtree, and no form for a top-level agency', async () => {
    const html = await (await supervisor.get('/admin/agencies')).text();
    expect(html).toContain('>成安县</a>');
    expect(html).toContain('>成安县民政局</a>');
    expect(html).not.toContain('>兴和县</a>');
    expect(html).not.toContain('>示范市</a>');
    expect(html).not.toContain('id="create-root-form"');
    expect(html).toContain('id="import-form"');
    expect((await supervisor.get(`/admin/agencies/${await h.agencyId('兴和县')}`)).status).toBe(403);
    expect((await supervisor.get(`/admin/agencies/${await h.agencyId('成安县教育局')}`)).status).toBe(200);
    expect((await admin.get('/admin/agencies/99999')).status).toBe(404);
    expect((await admin.get('/admin/agencies/abc')).status).toBe(404);
  });
});

describe('creating and editing', () => {
  it('creates a top-level agency and a child, each with an audit row naming the person', async () => {
    const root = await form(admin, '/admin/agencies', { parent: '', name: '测试省', level: 'province', uscc: '', aliases: '测试省人民政府' });
    expect(root.status).toBe(303);
    const rootId = Number(/\/admin\/agencies\/(\d+)/.exec(root.headers.get('location')!)![1]);
    const page = await (await admin.get(root.headers.get('location')!)).text();
    expect(page).toContain('机关已新建。');
    for (const id of ['id="edit-form"', 'id="child-form"', 'id="delete-form"', 'id="agency-history"', 'id="agency-breadcrumb"']) expect(page).toContain(id);
    const code = uscc('1113000000000011'.padEnd(17, '0'));
    const child = await form(admin, '/admin/agencies', { parent: String(rootId), name: '测试市', level: 'city', uscc: code.toLowerCase(), aliases: '甲市、乙市\n丙市' });
    expect(child.status).toBe(303);
    const [stored] = await byName('测试市', rootId);
    expect(stored).toMatchObject({ level: 'city', uscc: code, aliases: ['甲市', '乙市', '丙市'] });
    const audit = await auditOf(stored!.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'agency.create', actor: `user:${adminId}`, after: { name: '测试市', parentId: rootId, uscc: code } });
    // The history table on the page shows it: who, what, the new values.
    const history = await (await admin.get(`/admin/agencies/${stored!.id}`)).text();
    expect(history).toMatch(/<table class="list" id="agency-history">[^]*系统管理员（admin）[^]*新建[^]*名称：测试市/);
  });

  it('refuses an invalid credit code with a field error, keeping what was typed, storing nothing', async () => {
    const parent = (await byName('测试省'))[0]!;
    const before = (await listAgencies(h.opened.db)).length;
    const bad = await form(admin, '/admin/agencies', { parent: String(parent.id), name: '坏代码局', level: 'department', uscc: '91350100M000100Y44' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('id="child-uscc-error"');
    expect(html).toMatch(/id="child-uscc"[^>]*value="91350100M000100Y44"[^>]*aria-invalid="true"/);
    expect(html).toContain('value="坏代码局"');
    expect(html).toContain('INVALID_VALUE');
    expect((await listAgencies(h.opened.db)).length).toBe(before);
    // Too short, and an empty name with no level.
    expect((await form(admin, '/admin/agencies', { parent: String(parent.id), name: '短代码局', level: 'department', uscc: '12345' })).status).toBe(422);
    const empty = await form(admin, '/admin/agencies', { parent: '', name: ' ', level: '' });
    expect(empty.status).toBe(422);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('id="root-name-error"');
    expect(emptyHtml).toContain('id="root-level-error"');
  });

  it('edits name, aliases, level and code: one audit row with old and new; an unchanged form writes none', async () => {
    const [city] = await byName('测试市');
    const code = uscc('12130000000000021');
    const res = await form(admin, `/admin/agencies/${city!.id}`, { name: '新测试市', level: 'city', uscc: code, aliases: '甲市', parent: String(city!.parentId) });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/\?saved=0$/);
    expect(await findAgency(h.opened.db, city!.id)).toMatchObject({ name: '新测试市', uscc: code, aliases: ['甲市'] });
    const audit = await auditOf(city!.id);
    expect(audit.map((r) => r.action)).toEqual(['agency.update', 'agency.create']);
    expect(audit[0]).toMatchObject({ actor: `user:${adminId}`, before: { name: '测试市', aliases: ['甲市', '乙市', '丙市'] }, after: { name: '新测试市', aliases: ['甲市'], uscc: code } });
    const page = await (await admin.get(`/admin/agencies/${city!.id}`)).text();
    expect(page).toMatch(/修改[^]*名称：测试市<\/li>[^]*名称：新测试市<\/li>/);
    const same = await form(admin, `/admin/agencies/${city!.id}`, { name: '新测试市', level: 'city', uscc: code, aliases: '甲市', parent: String(city!.parentId) });
    expect(same.headers.get('location')).toMatch(/\?unchanged=1$/);
    expect(await auditOf(city!.id)).toHaveLength(2);
    // Taking the code of another agency is a conflict (409), shown on the form.
    const [province] = await byName('测试省');
    const taken = await form(admin, `/admin/agencies/${province!.id}`, { name: '测试省', level: 'province', uscc: code, aliases: '' });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain('CONFLICT');
  });

  it('refuses a form filled from an older version (409), showing the latest, and saves after a second look', async () => {
    const made = await form(admin, '/admin/agencies', { name: '版本县', level: 'county' });
    const id = Number(/(\d+)\?/.exec(made.headers.get('location')!)![1]);
    const versionOn = (page: string) => Number(/name="version" value="(\d+)"/.exec(page)![1]);
    // Two people open the same page.
    const seenByAdmin = versionOn(await (await admin.get(`/admin/agencies/${id}`)).text());
    const seenInAnotherTab = versionOn(await (await admin.get(`/admin/agencies/${id}`)).text());
    expect(seenByAdmin).toBe(1);
    expect(seenInAnotherTab).toBe(1);
    const first = await form(admin, `/admin/agencies/${id}`, { name: '版本县', level: 'county', aliases: '甲名', version: String(seenByAdmin) });
    expect(first.status).toBe(303);
    expect((await findAgency(h.opened.db, id))!.version).toBe(2);
    // The second, from the page read before that save, would undo it: refused, nothing written.
    const stale = await form(admin, `/admin/agencies/${id}`, { name: '版本县', level: 'county', aliases: '乙名', version: String(seenInAnotherTab) });
    expect(stale.status).toBe(409);
    const page = await stale.text();
    expect(page).toContain('已被他人修改');
    expect(page).toContain('乙名'); // what was typed stays in the form
    expect(versionOn(page)).toBe(2); // saving again is a change of the latest version
    expect(await findAgency(h.opened.db, id)).toMatchObject({ aliases: ['甲名'], version: 2 });
    expect((await auditOf(id)).map((r) => r.action)).toEqual(['agency.update', 'agency.create']);
    const again = await form(admin, `/admin/agencies/${id}`, { name: '版本县', level: 'county', aliases: '乙名', version: String(versionOn(page)) });
    expect(again.status).toBe(303);
    expect(await findAgency(h.opened.db, id)).toMatchObject({ aliases: ['乙名'], version: 3 });
    // A move raises the version too.
    const [province] = await byName('测试省');
    expect((await form(admin, `/admin/agencies/${id}`, { name: '版本县', level: 'county', aliases: '乙名', parent: String(province!.id), version: '3' })).status).toBe(303);
    expect((await findAgency(h.opened.db, id))!.version).toBe(4);
    expect((await form(admin, `/admin/agencies/${id}`, { name: '版本县', level: 'county', parent: '', version: '3' })).status).toBe(409);
    expect((await findAgency(h.opened.db, id))!.parentId).toBe(province!.id);
  });

  it('moves an agency, but never below itself (a cycle), and records the move', async () => {
    const [province] = await byName('测试省');
    const [city] = await byName('新测试市');
    const county = await form(admin, '/admin/agencies', { parent: String(city!.id), name: '测试县', level: 'county' });
    const countyId = Number(/(\d+)\?/.exec(county.headers.get('location')!)![1]);
    const cycle = await form(admin, `/admin/agencies/${province!.id}`, { name: '测试省', level: 'province', parent: String(countyId) });
    expect(cycle.status).toBe(422);
    expect(await cycle.text()).toContain('不能把“测试省”移到它自己或它的下级之下');
    expect((await findAgency(h.opened.db, province!.id))!.parentId).toBeNull();
    // The page offers no parent inside its own subtree.
    const page = await (await admin.get(`/admin/agencies/${province!.id}`)).text();
    expect(page).toContain('id="parent"');
    expect(page).not.toContain(`<option value="${countyId}"`);
    const moved = await form(admin, `/admin/agencies/${countyId}`, { name: '测试县', level: 'county', parent: String(province!.id) });
    expect(moved.status).toBe(303);
    expect((await findAgency(h.opened.db, countyId))!.parentId).toBe(province!.id);
    expect((await auditOf(countyId))[0]).toMatchObject({ action: 'agency.move', before: { parentId: city!.id }, after: { parentId: province!.id } });
    // To the top (administrators only).
    expect((await form(admin, `/admin/agencies/${countyId}`, { name: '测试县', level: 'county', parent: '' })).status).toBe(303);
    expect((await findAgency(h.opened.db, countyId))!.parentId).toBeNull();
    expect((await form(admin, `/admin/agencies/${countyId}`, { name: '测试县', level: 'county', parent: 'x' })).status).toBe(422);
  });
});

describe('a supervisor within their subtree', () => {
  it('adds and edits agencies below their own, with audit rows naming them', async () => {
    const chengan = await h.agencyId('成安县');
    const res = await form(supervisor, '/admin/agencies', { parent: String(chengan), name: '成安县统计局', level: 'department' });
    expect(res.status).toBe(303);
    const [added] = await byName('成安县统计局', chengan);
    expect((await auditOf(added!.id))[0]).toMatchObject({ action: 'agency.create', actor: `user:${supervisorId}` });
    const edu = await h.agencyId('成安县教育局');
    expect((await form(supervisor, `/admin/agencies/${edu}`, { name: '成安县教育局', level: 'department', aliases: '成安县教育和体育局', parent: String(chengan) })).status).toBe(303);
    expect((await findAgency(h.opened.db, edu))!.aliases).toEqual(['成安县教育和体育局']);
    // Moving inside the subtree is fine.
    expect((await form(supervisor, `/admin/agencies/${added!.id}`, { name: '成安县统计局', level: 'department', parent: String(edu) })).status).toBe(303);
    expect((await findAgency(h.opened.db, added!.id))!.parentId).toBe(edu);
  });

  it('cannot touch anything outside: 403 and nothing changes', async () => {
    const xinghe = await h.agencyId('兴和县');
    const chengan = await h.agencyId('成安县');
    const edu = await h.agencyId('成安县教育局');
    expect((await form(supervisor, `/admin/agencies/${xinghe}`, { name: '兴和县', level: 'county', aliases: '被改了' })).status).toBe(403);
    expect((await form(supervisor, '/admin/agencies', { parent: String(xinghe), name: '兴和县某局', level: 'department' })).status).toBe(403);
    expect((await form(supervisor, '/admin/agencies', { parent: '', name: '某省', level: 'province' })).status).toBe(403);
    expect((await form(supervisor, `/admin/agencies/${xinghe}/delete`, {})).status).toBe(403);
    // Out of the subtree, and the subtree's own top: refused.
    expect((await form(supervisor, `/admin/agencies/${edu}`, { name: '成安县教育局', level: 'department', parent: String(xinghe) })).status).toBe(403);
    expect((await form(supervisor, `/admin/agencies/${chengan}`, { name: '成安县', level: 'county', parent: String(xinghe) })).status).toBe(403);
    expect((await form(supervisor, `/admin/agencies/${chengan}/delete`, {})).status).toBe(403);
    expect(await findAgency(h.opened.db, xinghe)).toMatchObject({ aliases: ['兴和县人民政府'] });
    expect((await findAgency(h.opened.db, edu))!.parentId).toBe(chengan);
    expect(await byName('兴和县某局')).toEqual([]);
    // Their own top is editable but shows no parent choice.
    const page = await (await supervisor.get(`/admin/agencies/${chengan}`)).text();
    expect(page).toContain('id="edit-form"');
    expect(page).not.toContain('id="parent"');
    expect(page).not.toContain('id="delete-form"');
  });
});

describe('deleting', () => {
  it('refuses an agency with reports or children (409, clear reason), deletes a bare leaf with an audit row', async () => {
    const chengan = await h.agencyId('成安县');
    const page = await (await admin.get(`/admin/agencies/${chengan}`)).text();
    expect(page).toContain('id="delete-refusal"');
    const refused = await form(admin, `/admin/agencies/${chengan}/delete`, {});
    expect(refused.status).toBe(409);
    const text = await refused.text();
    expect(text).toMatch(/不能删除“成安县”：它还有\d+ 个下级机关、1 份报告/);
    expect(await findAgency(h.opened.db, chengan)).toBeDefined();
    const [province] = await byName('测试省');
    expect((await form(admin, `/admin/agencies/${province!.id}/delete`, {})).status).toBe(409);
    const leaf = (await byName('测试县'))[0]!;
    const del = await form(admin, `/admin/agencies/${leaf.id}/delete`, {});
    expect(del.status).toBe(303);
    expect(del.headers.get('location')).toBe('/admin/agencies?deleted=1');
    expect(await findAgency(h.opened.db, leaf.id)).toBeUndefined();
    expect((await auditOf(leaf.id))[0]).toMatchObject({ action: 'agency.delete', actor: `user:${adminId}`, before: { name: '测试县' }, after: null });
    expect((await admin.get(`/admin/agencies/${leaf.id}`)).status).toBe(404);
  });
});

describe('CSRF', () => {
  it('refuses every agency form without the token, or from another site', async () => {
    const chengan = await h.agencyId('成安县');
    const before = (await listAgencies(h.opened.db)).length;
    expect((await admin.post('/admin/agencies', { parent: String(chengan), name: '无令牌局', level: 'department' })).status).toBe(403);
    expect((await admin.post(`/admin/agencies/${chengan}`, { name: '改名', level: 'county' })).status).toBe(403);
    expect((await admin.post(`/admin/agencies/${chengan}/delete`, {})).status).toBe(403);
    const csv = new FormData();
    csv.set('file', new File(['名称,层级\n无令牌省,省\n'], 'a.csv'));
    expect((await admin.post('/admin/agencies/import', csv)).status).toBe(403);
    const token = await admin.csrf();
    expect((await admin.post('/admin/agencies', { _csrf: token, parent: String(chengan), name: '外站局', level: 'department' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await listAgencies(h.opened.db)).length).toBe(before);
    expect((await findAgency(h.opened.db, chengan))!.name).toBe('成安县');
  });
});

async function importFile(c: Client, bytes: Uint8Array | string, name: string): Promise<Response> {
  const f = new FormData();
  f.set('_csrf', await c.csrf());
  f.set('file', new File([bytes], name));
  return c.post('/admin/agencies/import', f);
}

describe('importing an agency list from the page', () => {
  it('imports a real CSV, matches a waiting report, and a second run changes nothing', async () => {
    // A report of an agency not yet in the tree waits in the queue.
    const text = readFileSync(join(PACKAGE_SAMPLES, '2021-成安县.txt'), 'utf8').replaceAll('成安县', '临漳县');
    const up = new FormData();
    up.set('_csrf', await admin.csrf());
    up.append('file', new File([text], '临漳县.txt'));
    const uploaded = await (await admin.post('/upload', up)).text();
    const reportId = Number(/href="\/reports\/(\d+)"/.exec(uploaded)![1]);
    expect((await getReport(h.opened.db, reportId)).status).toBe('unmatched');
    const csv = ['名称,上级,层级,统一社会信用代码,别名', '临漳县,示范市,县,,临漳县人民政府', '临漳县教育局,示范市/临漳县,部门,,', `临漳县财政局,临漳县,部门,${uscc('11130000000000031')},`].join('\r\n');
    const res = await importFile(admin, `\uFEFF${csv}\r\n`, 'agencies.csv');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('导入完成：共 3 行，新建 3 个，更新 0 个，未变 0 个。另有 1 份待匹配的报告因此归入了机关。');
    expect(html).toContain('>临漳县教育局</a>');
    const [linzhang] = await byName('临漳县');
    expect(await getReport(h.opened.db, reportId)).toMatchObject({ status: 'matched', agencyId: linzhang!.id });
    expect((await auditOf(linzhang!.id))[0]).toMatchObject({ action: 'agency.create', actor: `user:${adminId}` });
    const again = await (await importFile(admin, csv, 'agencies.csv')).text();
    expect(again).toContain('新建 0 个，更新 0 个，未变 3 个');
  });

  it('imports a real XLSX written with exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('机关');
    ws.addRow(['层级', '名称', '上级', '别名']);
    ws.addRow(['乡镇', '临漳镇', '临漳县', '临漳镇人民政府、临漳镇政府']);
    ws.addRow(['部门', '临漳县民政局', '临漳县', '']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await importFile(admin, bytes, 'agencies.xlsx');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('共 2 行，新建 2 个');
    const [town] = await byName('临漳镇');
    expect(town).toMatchObject({ level: 'township', aliases: ['临漳镇人民政府', '临漳镇政府'] });
  });

  it('a bad row stores nothing and says which line (422); an empty or unreadable file is refused', async () => {
    const before = (await listAgencies(h.opened.db)).length;
    const bad = await importFile(admin, '名称,上级,层级\n新甲县,示范市,县\n新乙局,不存在的市,部门\n', 'bad.csv');
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('未导入任何内容。第 3 行：找不到上级“不存在的市”。');
    expect(html).toContain('id="agency-error"');
    expect((await importFile(admin, '名称,上级,层级\n甲,,星系\n', 'bad.csv')).status).toBe(422);
    expect((await importFile(admin, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'bad.xlsx')).status).toBe(400);
    expect((await importFile(admin, '', 'empty.csv')).status).toBe(400);
    expect((await listAgencies(h.opened.db)).length).toBe(before);
  });

  it('a supervisor imports within their subtree only: one row outside and nothing is stored (403)', async () => {
    const ok = await importFile(supervisor, '名称,上级,层级\n成安县审计局,成安县,部门\n', 'mine.csv');
    expect(ok.status).toBe(200);
    expect(await byName('成安县审计局')).toHaveLength(1);
    const before = (await listAgencies(h.opened.db)).length;
    const outside = await importFile(supervisor, '名称,上级,层级\n成安县水利局,成安县,部门\n兴和县水利局,兴和县,部门\n', 'mixed.csv');
    expect(outside.status).toBe(403);
    expect(await outside.text()).toContain('“兴和县水利局”');
    expect((await listAgencies(h.opened.db)).length).toBe(before);
    expect((await importFile(clerk, '名称,层级\n甲,县\n', 'a.csv')).status).toBe(403);
  });
});

describe('the agency API', () => {
  let adminToken: string;
  let clerkToken: string;
  let supervisorToken: string;
  beforeAll(async () => {
    const user = async (login: string) => publicUser((await findUserByLogin(h.opened.db, login))!);
    adminToken = await issueApiToken(h.opened.db, await user('admin'), { name: 'test' }, { actor: 'test:api' });
    clerkToken = await issueApiToken(h.opened.db, await user('clerk'), { name: 'test' }, { actor: 'test:api' });
    supervisorToken = await issueApiToken(h.opened.db, await user('supervisor'), { name: 'test' }, { actor: 'test:api' });
  });

  const call = (method: string, path: string, body?: unknown, token?: string) =>
    h.app.request(`http://localhost${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });

  it('POST /api/agencies creates (201), PATCH changes and moves, DELETE removes — all audited', async () => {
    const city = await h.agencyId('示范市');
    const created = await call('POST', '/api/agencies', { name: '接口县', level: 'county', parentId: city, aliases: ['接口县人民政府'] }, adminToken);
    expect(created.status).toBe(201);
    const { agency } = (await created.json()) as { agency: { id: number; name: string; parentId: number } };
    expect(agency).toMatchObject({ name: '接口县', parentId: city });
    expect(created.headers.get('location')).toBe(`/api/agencies/${agency.id}`);
    expect(((await (await h.app.request(`/api/agencies/${agency.id}`)).json()) as { agency: { aliases: string[] } }).agency.aliases).toEqual(['接口县人民政府']);
    const code = uscc('11130000000000041');
    const patched = await call('PATCH', `/api/agencies/${agency.id}`, { uscc: code, level: 'county' }, adminToken);
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ agency: { uscc: code }, changed: true });
    const xinghe = await h.agencyId('兴和县');
    expect((await call('PATCH', `/api/agencies/${agency.id}`, { parentId: xinghe }, adminToken)).status).toBe(200);
    expect((await findAgency(h.opened.db, agency.id))!.parentId).toBe(xinghe);
    expect((await call('PATCH', `/api/agencies/${xinghe}`, { parentId: agency.id }, adminToken)).status).toBe(422);
    // expectedVersion: a client that read an older version is refused (409) and nothing changes.
    const now = ((await (await h.app.request(`/api/agencies/${agency.id}`)).json()) as { agency: { version: number } }).agency.version;
    expect(now).toBe(3);
    const stale = await call('PATCH', `/api/agencies/${agency.id}`, { aliases: ['旧'], expectedVersion: 2 }, adminToken);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('CONFLICT');
    expect((await call('PATCH', `/api/agencies/${agency.id}`, { expectedVersion: 3 }, adminToken)).status).toBe(422); // nothing to change
    expect((await findAgency(h.opened.db, agency.id))!.aliases).toEqual(['接口县人民政府']);
    const del = await call('DELETE', `/api/agencies/${agency.id}`, undefined, adminToken);
    expect(del.status).toBe(200);
    expect((await auditOf(agency.id)).map((r) => r.action)).toEqual(['agency.delete', 'agency.move', 'agency.update', 'agency.create']);
    expect((await call('DELETE', `/api/agencies/${agency.id}`, undefined, adminToken)).status).toBe(404);
  });

  it('validates the body and the credit code (422)', async () => {
    const city = await h.agencyId('示范市');
    const bad = await call('POST', '/api/agencies', { name: '坏码县', level: 'county', parentId: city, uscc: '11100000000013127X' }, adminToken);
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: { code: string; message: { zh: string; en: string } } };
    expect(body.error.code).toBe('INVALID_VALUE');
    expect(body.error.message.zh).toContain('统一社会信用代码');
    expect(body.error.message.en).toContain('unified social credit code');
    expect((await call('POST', '/api/agencies', { name: '某县', level: 'galaxy' }, adminToken)).status).toBe(422);
    expect((await call('POST', '/api/agencies', { name: '某县', level: 'county', extra: 1 }, adminToken)).status).toBe(422);
    expect((await call('PATCH', `/api/agencies/${city}`, {}, adminToken)).status).toBe(422);
    expect((await h.app.request('/api/agencies', { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: '{' })).status).toBe(422);
  });

  it('token scopes: a clerk token is refused (403), a supervisor token stays in its subtree, no auth is 401', async () => {
    const chengan = await h.agencyId('成安县');
    const xinghe = await h.agencyId('兴和县');
    expect((await call('POST', '/api/agencies', { name: '经办局', level: 'department', parentId: xinghe }, clerkToken)).status).toBe(403);
    expect((await call('PATCH', `/api/agencies/${xinghe}`, { aliases: [] }, clerkToken)).status).toBe(403);
    expect((await call('POST', '/api/agencies', { name: '无权局', level: 'department', parentId: chengan })).status).toBe(401);
    expect((await call('DELETE', `/api/agencies/${chengan}`)).status).toBe(401);
    expect((await call('POST', '/api/agencies', { name: '越界局', level: 'department', parentId: xinghe }, supervisorToken)).status).toBe(403);
    expect((await call('POST', '/api/agencies', { name: '顶级', level: 'province', parentId: null }, supervisorToken)).status).toBe(403);
    const ok = await call('POST', '/api/agencies', { name: '成安县接口局', level: 'department', parentId: chengan }, supervisorToken);
    expect(ok.status).toBe(201);
    const { agency } = (await ok.json()) as { agency: { id: number } };
    expect((await call('PATCH', `/api/agencies/${agency.id}`, { parentId: xinghe }, supervisorToken)).status).toBe(403);
    expect((await call('DELETE', `/api/agencies/${agency.id}`, undefined, supervisorToken)).status).toBe(200);
    // A supervisor's token narrowed to one department cannot add beside it.
    const narrow = await issueApiToken(h.opened.db, publicUser((await findUserByLogin(h.opened.db, 'supervisor'))!), { name: 'narrow', scopeAgencyId: await h.agencyId('成安县民政局') }, { actor: 'test:api' });
    expect((await call('POST', '/api/agencies', { name: '旁边局', level: 'department', parentId: chengan }, narrow)).status).toBe(403);
  });

  it('a session needs the X-CSRF-Token header', async () => {
    const chengan = await h.agencyId('成安县');
    const body = JSON.stringify({ aliases: ['成安', '成安县人民政府'] });
    const headers = { 'content-type': 'application/json' };
    expect((await admin.request(`/api/agencies/${chengan}`, { method: 'PATCH', body, headers })).status).toBe(403);
    const ok = await admin.request(`/api/agencies/${chengan}`, { method: 'PATCH', body, headers: { ...headers, 'x-csrf-token': await admin.csrf() } });
    expect(ok.status).toBe(200);
    expect((await findAgency(h.opened.db, chengan))!.aliases).toEqual(['成安', '成安县人民政府']);
  });

  it('POST /api/agencies/import takes a CSV', async () => {
    const f = new FormData();
    f.set('file', new File(['名称,上级,层级\n接口导入局,兴和县,部门\n'], 'a.csv'));
    const res = await h.app.request('/api/agencies/import', { method: 'POST', body: f, headers: { authorization: `Bearer ${adminToken}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ rows: 1, created: 1, updated: 0, unchanged: 0 });
    const g = new FormData();
    g.set('file', new File(['名称,上级,层级\n接口导入局2,兴和县,部门\n'], 'a.csv'));
    expect((await h.app.request('/api/agencies/import', { method: 'POST', body: g, headers: { authorization: `Bearer ${supervisorToken}` } })).status).toBe(403);
  });
});
