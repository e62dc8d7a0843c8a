/**
 * Reliability of uploads (issue 3): a corrupt DOCX, an oversized body and a
 * web page with scripts each get a clear, coded answer; nothing is half
 * stored; stored HTML is never served unescaped or inline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countReports } from '../../src/persistence/repositories/reports/report-queries.js';
import { createApp } from '../../src/web/app.js';
import { Client, startHarness, type Harness } from './web-harness.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

let h: Harness;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  admin = new Client(h.app);
  await admin.signIn('admin', h.password('admin'));
});
afterAll(() => h.close());

async function uploadBytes(c: Client, name: string, bytes: Uint8Array | string): Promise<Response> {
  const form = new FormData();
  form.set('_csrf', await c.csrf());
  form.append('file', new File([bytes], name));
  form.set('agency', String(await h.agencyId('成安县')));
  return c.post('/upload', form);
}

const fileCount = async () => (await h.opened.db.selectFrom('files').select('sha256').execute()).length;

describe('bad uploads', () => {
  it('a corrupt DOCX: INPUT_UNREADABLE, nothing stored', async () => {
    const docx = readFileSync(join(FIXTURES, 'docx', '003.docx'));
    const broken = new Uint8Array(docx.subarray(0, Math.floor(docx.length / 2)));
    const [reports, files] = [await countReports(h.opened.db), await fileCount()];
    const res = await uploadBytes(admin, '损坏.docx', broken);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/INPUT_UNREADABLE|INPUT_BINARY|NOT_A_REPORT/);
    expect(html).toContain('未保存任何内容');
    expect(await countReports(h.opened.db)).toBe(reports);
    expect(await fileCount()).toBe(files);
  });

  it('a body over the limit: 413 INPUT_TOO_LARGE before anything is read', async () => {
    const small = createApp({ db: h.opened.db, maxFileBytes: 1000, log: () => undefined });
    const c = new Client(small);
    await c.signIn('admin', h.password('admin'));
    const form = new FormData();
    form.set('_csrf', await c.csrf());
    form.append('file', new File(['年'.repeat(10_000)], 'big.txt'));
    const res = await c.post('/upload', form);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('INPUT_TOO_LARGE');
  });

  it('a web page with scripts is stored as a report, shown escaped, and its original only as a download', async () => {
    const page = readFileSync(join(FIXTURES, 'html', '003-word-pasted.html'), 'utf8');
    const evil = page.replace(/<body([^>]*)>/i, '<body$1><script>alert("x")</script><img src=x onerror="alert(2)">');
    expect(evil).toContain('<script>alert("x")</script>');
    const res = await uploadBytes(admin, 'with-script.html', evil);
    expect(res.status).toBe(200);
    const id = Number(/href="\/reports\/(\d+)"/.exec(await res.text())![1]);
    const shown = await (await new Client(h.app).get(`/reports/${id}`)).text();
    expect(shown.toLowerCase()).not.toContain('<script');
    expect(shown).not.toContain('onerror=');
    const original = await new Client(h.app).get(`/reports/${id}/original`);
    expect(original.headers.get('content-type')).toBe('application/octet-stream');
    expect(original.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(original.headers.get('x-content-type-options')).toBe('nosniff');
    expect(original.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
