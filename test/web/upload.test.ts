/**
 * Uploading one report or many: the script that enhances the upload page
 * (served from this origin under a content-hashed name, allowed by the CSP,
 * never inline), the markup it works on, the JSON per file it relies on
 * (session cookie + X-CSRF-Token, exactly as the script sends it), and the
 * same per-file results without JavaScript.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSETS_DIR } from '../../src/web/assets/static-assets.js';
import { PACKAGE_SAMPLES } from '../../src/web/server.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  admin = await Client.signedIn(h, 'admin');
});
afterAll(() => h.close());

const sample = (name: string) => readFileSync(join(PACKAGE_SAMPLES, name), 'utf8');

async function scriptUrl(): Promise<string> {
  const $ = cheerio.load(await (await admin.get('/upload')).text());
  const src = $('script[src]').attr('src');
  if (!src) throw new Error('no script on the upload page');
  return src;
}

describe('the upload script', () => {
  it('is one deferred file from /assets with a content hash, and nothing inline', async () => {
    const $ = cheerio.load(await (await admin.get('/upload')).text());
    expect($('script')).toHaveLength(1);
    const script = $('script').first();
    expect(script.attr('defer')).toBeDefined();
    expect(script.text()).toBe('');
    const bytes = readFileSync(join(ASSETS_DIR, 'upload.js'));
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    expect(script.attr('src')).toBe(`/assets/upload.${hash}.js`);
  });

  it('is served with a year-long immutable cache, as JavaScript, byte for byte', async () => {
    const res = await new Client(h.app).get(await scriptUrl());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(body).equals(readFileSync(join(ASSETS_DIR, 'upload.js')))).toBe(true);
    // Small, and no way to run strings as code or to write markup.
    expect(body.length).toBeLessThan(10_000);
    const text = Buffer.from(body).toString('utf8');
    for (const banned of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'eval(', 'new Function', 'document.write']) expect(text).not.toContain(banned);
    // Another version's name, or any other file: 404.
    expect((await new Client(h.app).get('/assets/upload.000000000000.js')).status).toBe(404);
    expect((await new Client(h.app).get('/assets/upload.js')).status).toBe(404);
    expect((await new Client(h.app).get('/assets/..%2Fpackage.json')).status).toBe(404);
  });

  it('the CSP allows scripts and requests from this origin only: no inline script, no eval', async () => {
    const res = await admin.get('/upload');
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('the page carries what the script needs: drop zone, progress table, live region, ordinary file input', async () => {
    const $ = cheerio.load(await (await admin.get('/upload')).text());
    const zone = $('#drop-zone');
    expect(zone.attr('role')).toBe('button');
    expect(zone.attr('tabindex')).toBe('0');
    // Hidden until the script shows it: without JavaScript the page has no dead control.
    expect(zone.attr('hidden')).toBeDefined();
    expect($('#upload-progress-section').attr('hidden')).toBeDefined();
    expect($('#upload-progress caption').text()).not.toBe('');
    expect($('#upload-progress-body').length).toBe(1);
    expect($('#upload-status').attr('aria-live')).toBe('polite');
    expect($('#upload-status').attr('role')).toBe('status');
    expect($('#upload-form input[type=file]#file[multiple][name=file]').length).toBe(1);
    expect($('#upload-form input[name=_csrf]').val()).toBe(await admin.csrf());
  });

  it('public pages load no script at all', async () => {
    for (const path of ['/', '/reports/1', '/login']) expect(await (await new Client(h.app).get(path)).text()).not.toContain('<script');
  });
});

/** What the script sends for one file: multipart to /api/reports with the session cookie and X-CSRF-Token. */
async function sendOne(c: Client, name: string, text: string, extra: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  form.append('file', new File([text], name));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return c.request('/api/reports', { method: 'POST', body: form, headers: { 'x-csrf-token': await c.csrf(), accept: 'application/json', origin: 'null' } });
}

interface UploadJson {
  report: { id: number; status: string };
  created: boolean;
  outcome: string;
  findings: { severity: string }[];
}

describe('one request per file (what the script does)', () => {
  it('answers each file on its own: stored, unmatched, duplicate, and a coded bilingual error for a bad file', async () => {
    const stored = await sendOne(admin, 'a.txt', `${sample('2021-成安县.txt')}\n（脚本上传一）\n`);
    expect(stored.status).toBe(201);
    const a = (await stored.json()) as UploadJson;
    expect(a).toMatchObject({ created: true, outcome: 'stored', report: { status: 'matched' } });
    expect(a.findings.length).toBeGreaterThan(0);

    const bad = await sendOne(admin, 'bad.txt', '这不是一份报告。\n');
    expect(bad.status).toBe(400);
    const err = (await bad.json()) as { error: { code: string; message: { zh: string; en: string } } };
    expect(err.error.code).toBe('NOT_A_REPORT');
    expect(err.error.message.zh).toMatch(/年度报告/);
    expect(err.error.message.en).toMatch(/annual report/);

    const unmatched = await sendOne(admin, 'c.txt', sample('2021-成安县.txt').replaceAll('成安县', '某某县'));
    expect(unmatched.status).toBe(201);
    expect(await unmatched.json()).toMatchObject({ created: true, outcome: 'unmatched', report: { status: 'unmatched' } });

    const again = await sendOne(admin, 'a-again.txt', `${sample('2021-成安县.txt')}\n（脚本上传一）\n`);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false, outcome: 'duplicate', report: { id: a.report.id } });

    const empty = await sendOne(admin, 'empty.txt', '');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('INPUT_EMPTY');
  });

  it('refuses a request without the CSRF header (403), and from another site', async () => {
    const form = new FormData();
    form.append('file', new File([sample('2024-兴和县.txt')], 'x.txt'));
    const res = await admin.request('/api/reports', { method: 'POST', body: form });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('CSRF_REJECTED');
    const foreign = await admin.request('/api/reports', { method: 'POST', body: form, headers: { 'x-csrf-token': await admin.csrf(), origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    // Browsers send `Origin: null` under privacy settings: the token still decides, both ways.
    expect((await admin.request('/api/reports', { method: 'POST', body: form, headers: { origin: 'null' } })).status).toBe(403);
    const c = new Client(h.app);
    const login = await (await c.get('/login')).text();
    expect((await c.post('/login', { _csrf: Client.csrfOf(login), login: 'clerk', password: h.password('clerk') }, { origin: 'null' })).status).toBe(303);
    // The session has expired (signed out): a JSON 401 the script can show.
    const gone = new Client(h.app);
    expect((await gone.request('/api/reports', { method: 'POST', body: form, headers: { 'x-csrf-token': 'x' } })).status).toBe(401);
  });
});

describe('many files in one form (without JavaScript)', () => {
  it('lists every file with its outcome; a bad file does not stop the others', async () => {
    const form = new FormData();
    form.set('_csrf', await admin.csrf());
    form.append('file', new File([`${sample('2019-康乐县人民政府.txt')}\n（表单上传）\n`], '康乐.txt'));
    form.append('file', new File(['随便写点什么\n'], 'bad.txt'));
    form.append('file', new File([sample('2019-康乐县人民政府.txt').replaceAll('康乐县', '无名县')], '无名县.txt'));
    form.append('file', new File([sample('2024-兴和县.txt')], '兴和.txt'));
    const res = await admin.post('/upload', form);
    expect(res.status).toBe(200);
    const $ = cheerio.load(await res.text());
    const rows = $('#upload-results tbody tr')
      .map((_, tr) => ({ name: $(tr).find('th').text(), outcome: $(tr).attr('data-outcome'), text: $(tr).find('td').text() }))
      .get();
    expect(rows.map((r) => [r.name, r.outcome])).toEqual([
      ['康乐.txt', 'stored'],
      ['bad.txt', 'error'],
      ['无名县.txt', 'unmatched'],
      ['兴和.txt', 'duplicate'],
    ]);
    expect(rows[1]!.text).toContain('NOT_A_REPORT');
    expect(rows[1]!.text).toContain('未保存任何内容');
    expect($('#upload-results tbody tr[data-outcome="unmatched"] a[href="/queue"]').length).toBe(1);
  });
});
