/**
 * Static accessibility checks over every page, signed out and in: language,
 * landmarks, skip link, exactly one h1, every form control labelled, every
 * table with a caption and scoped header cells, no inline scripts.
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  admin = new Client(h.app);
  await admin.signIn('admin', h.password('admin'));
});
afterAll(() => h.close());

function check(html: string, where: string): void {
  const $ = cheerio.load(html);
  expect($('html').attr('lang'), where).toBe('zh-CN');
  expect($('meta[name="viewport"]').length, where).toBe(1);
  expect($('a.skip-link[href="#main"]').length, where).toBe(1);
  expect($('main#main').length, where).toBe(1);
  expect($('header[role="banner"] nav[aria-label]').length, where).toBe(1);
  expect($('footer[role="contentinfo"]').length, where).toBe(1);
  expect($('h1').length, `${where}: one h1`).toBe(1);
  // Scripts only as files from /assets (progressive enhancement), never inline.
  $('script').each((_, el) => {
    expect($(el).attr('src'), `${where}: inline script`).toMatch(/^\/assets\//);
    expect($(el).text(), where).toBe('');
  });
  $('input, select, textarea').each((_, el) => {
    const e = $(el);
    if (e.attr('type') === 'hidden') return;
    const id = e.attr('id');
    expect(id, `${where}: control without id`).toBeTruthy();
    expect($(`label[for="${id}"]`).length, `${where}: no label for #${id}`).toBe(1);
  });
  $('table').each((_, t) => {
    const table = $(t);
    expect(table.find('caption').length, `${where}: table without caption`).toBe(1);
    table.find('th').each((__, th) => {
      const scope = $(th).attr('scope');
      const inHead = $(th).closest('thead').length > 0;
      // The statutory tables use headers/ids for their multi-level heads; every other th has a scope.
      expect(scope !== undefined || inHead || $(th).attr('id') !== undefined, `${where}: th without scope`).toBe(true);
    });
  });
}

describe('accessibility of every page', () => {
  it('signed out: 首页, 报告页, 登录, an error page', async () => {
    const c = new Client(h.app);
    for (const path of ['/', '/?year=2019', '/reports/4', '/reports/5', '/login', '/reports/999', '/upload']) {
      check(await (await c.get(path)).text(), path);
    }
  });

  it('signed in: 上传, 待匹配, 更正, 账户, and the upload result', async () => {
    for (const path of ['/', '/upload', '/queue', '/reports/1/correct', '/account', '/reports/1']) {
      check(await (await admin.get(path)).text(), path);
    }
    const form = new FormData();
    form.set('_csrf', await admin.csrf());
    form.append('file', new File(['不是报告\n'], 'x.txt'));
    check(await (await admin.post('/upload', form)).text(), 'upload result');
  });

  it('机关管理: the tree, an agency, and a refused form with its field errors', async () => {
    for (const path of ['/admin/agencies', '/admin/agencies/1', '/admin/agencies/2']) check(await (await admin.get(path)).text(), path);
    const refused = await admin.post('/admin/agencies', { _csrf: await admin.csrf(), parent: '1', name: '', level: '', uscc: '123' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    check(html, 'refused agency form');
    const $ = cheerio.load(html);
    for (const id of ['child-name', 'child-level', 'child-uscc']) {
      expect($(`#${id}`).attr('aria-invalid'), id).toBe('true');
      expect($(`#${id}`).attr('aria-describedby'), id).toContain(`${id}-error`);
      expect($(`#${id}-error`).text(), id).not.toBe('');
    }
  });

  it('the analysis pages: 机关, 机关页, 汇总, 比较', async () => {
    const c = new Client(h.app);
    const city = (await c.get('/regions/1')).headers.get('location')!;
    for (const path of ['/agencies', '/agencies/1', '/agencies/2', city, '/regions/1/2019', '/regions/1/2021', `${city}/comparison`, '/regions/1/2019/comparison?sort=disclosureRate&dir=asc']) {
      const html = await (await c.get(path)).text();
      check(html, path);
      // Every chart has a text alternative and a caption; ids are unique.
      const $ = cheerio.load(html);
      $('figure').each((_, f) => {
        expect($(f).find('[role="img"][aria-label]').length, path).toBe(1);
        expect($(f).find('figcaption').length, path).toBe(1);
      });
      const ids = $('[id]').map((_, e) => $(e).attr('id')).get();
      expect(new Set(ids).size, `${path}: duplicate ids`).toBe(ids.length);
    }
  });
});
