/**
 * Click a cell, see its source: on the report page every value cell is a
 * plain link to its source entry (label, value, raw text, location and, for
 * text and HTML originals, the surrounding lines with the cell's line marked),
 * and each entry links back. An HTML original is shown as escaped source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellSpecs } from '../../src/domain/annual-report/formats/index.js';
import { listReports } from '../../src/persistence/repositories/reports/report-queries.js';
import { PACKAGE_SAMPLES } from '../../src/web/server.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  admin = await Client.signedIn(h, 'admin');
});
afterAll(() => h.close());

async function reportIdOf(agencyName: string): Promise<number> {
  const r = (await listReports(h.opened.db, { agencyId: await h.agencyId(agencyName) }))[0];
  if (!r) throw new Error(`no report of ${agencyName}`);
  return r.id;
}

async function uploadOne(name: string, bytes: string | Uint8Array): Promise<number> {
  const form = new FormData();
  form.append('file', new File([bytes], name));
  const res = await admin.request('/api/reports', { method: 'POST', body: form, headers: { 'x-csrf-token': await admin.csrf() } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { report: { id: number } }).report.id;
}

async function page(id: number) {
  const res = await new Client(h.app).get(`/reports/${id}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  return { html, $: cheerio.load(html) };
}

describe('every cell links to its source, and back', () => {
  it('for a text original: links, entries, locations and the marked line of the original', async () => {
    const id = await reportIdOf('兴和县');
    const { html, $ } = await page(id);
    const cells = $('td[data-path]');
    expect(cells.length).toBe(cellSpecs('2021').length);
    cells.each((_, td) => {
      const path = $(td).attr('data-path')!;
      const a = $(td).children('a.cell-link');
      const target = a.attr('href')!;
      expect(target).toBe(`#src-${path.replace(/\./g, '-')}`);
      const entry = $(target);
      expect(entry.length, path).toBe(1);
      expect(entry.find('code').first().text()).toBe(path);
      // And back to the cell.
      expect(entry.find(`a[href="#${$(td).attr('id')}"]`).length, path).toBe(1);
    });
    // Findings still mark their cells; the marked cells link like the rest.
    const flagged = await page(await reportIdOf('成安县'));
    expect(flagged.$('td.finding-error a.cell-link').length).toBeGreaterThan(0);
    expect(flagged.$('#flagged-cells tbody tr').length).toBeGreaterThan(0);
    expect(flagged.$('#flagged-cells tbody tr th a').first().attr('href')).toMatch(/^#src-/);
    // :target shows where one arrived (the site's stylesheet, a file the page links to).
    const css = await (await new Client(h.app).get(cheerio.load(html)('link[rel=stylesheet]').attr('href')!)).text();
    expect(css).toMatch(/\.cell-source:target/);

    // The entry of a cell read from a line shows that very line of the original, marked, with its neighbours.
    const original = readFileSync(join(PACKAGE_SAMPLES, '2024-兴和县.txt'), 'utf8').replace(/\r\n?/g, '\n').split('\n');
    const withContext = $('.cell-source').filter((_, e) => $(e).find('ol.source-lines').length > 0);
    expect(withContext.length).toBeGreaterThan(cells.length * 0.9);
    withContext.each((_, e) => {
      const entry = $(e);
      const line = Number(/第 (\d+) 行/.exec(entry.find('dd').eq(2).text())![1]);
      const list = entry.find('ol.source-lines');
      const start = Number(list.attr('start'));
      expect(start).toBe(Math.max(1, line - 2));
      const items = list.children('li');
      const hit = list.children('li.hit');
      expect(hit.length).toBe(1);
      expect(items.index(hit)).toBe(line - start);
      expect(hit.find('mark code').text()).toBe(original[line - 1]);
      items.each((k, li) => expect($(li).find('code').text()).toBe(original[start + k - 1]));
      // The raw text stands in the marked line.
      const raw = entry.find('dd').eq(1).text();
      if (raw !== '（空白）' && raw !== '—') expect(original[line - 1]).toContain(raw.trim());
    });
  });

  it('for an HTML original: the page’s source around the cell, escaped, never as markup', async () => {
    const base = await (await new Client(h.app).get(`/reports/${await reportIdOf('兴和县')}/download/html`)).text();
    // A script and an event handler in the page, on the line of a table row.
    const evil = base.replace(/(<th scope="row"[^>]*id="t3-r-newReceived"[^>]*>[^<]*<\/th>)/, '$1<script>alert("gk")</script>').replace('<h1>', '<h1 onclick="alert(2)">');
    expect(evil).toContain('<script>alert("gk")</script>');
    const id = await uploadOne('evil.html', evil);
    const { html, $ } = await page(id);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('onclick="alert(2)"');
    const entry = $('#src-table3-newReceived-total');
    expect(entry.find('dd').eq(2).text()).toMatch(/^网页元素 table\[\d+\]\/tr\[\d+\]\/td\[\d+\]$/);
    const hit = entry.find('ol.source-lines li.hit mark code').text();
    // The marked source line holds the cell's element and, as text, the script beside it.
    expect(hit).toMatch(/<td [^>]*data-path="table3\.newReceived\.total"/);
    expect(hit.startsWith('…')).toBe(true);
    // The first cell of the row stands right after the script: that entry shows it, as text.
    const first = $('#src-table3-newReceived-naturalPerson ol.source-lines li.hit mark code').text();
    expect(first).toContain('<script>alert("gk")</script><td ');
    expect(html).toContain('&lt;script&gt;alert(&quot;gk&quot;)&lt;/script&gt;');
    // Long source lines are cut around the cell, not at the start.
    expect(hit.length).toBeLessThanOrEqual(162);
  });

  it('for an original that is not text (our own JSON): locations, but no lines', async () => {
    const json = await (await new Client(h.app).get(`/reports/${await reportIdOf('康乐县')}/download/json`)).text();
    const id = await uploadOne('copy.json', json.replace('"agency": "康乐县人民政府"', '"agency": "康乐县人民政府 "'));
    const { $ } = await page(id);
    expect($('.cell-source').length).toBe(cellSpecs('2019').length);
    expect($('ol.source-lines').length).toBe(0);
    expect($('td[data-path] a.cell-link').length).toBe(cellSpecs('2019').length);
  });
});
