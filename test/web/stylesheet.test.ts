/**
 * The site's stylesheet is one file from /assets, not a block in every page: each page links it
 * under a name carrying its content hash; it is served as CSS with a year-long immutable cache
 * (plain, or gzip-compressed when asked for), and the CSP allows stylesheets from this origin.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STYLESHEET } from '../../src/render/html/stylesheet.js';
import { ANALYSIS_CSS } from '../../src/web/analysis/analysis-styles.js';
import { CASES_CSS } from '../../src/web/cases/case-styles.js';
import { SITE_CSS } from '../../src/web/views/styles.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
let clerk: Client;
beforeAll(async () => {
  h = await startHarness();
  clerk = await Client.signedIn(h, 'clerk');
});
afterAll(() => h.close());

const expected = Buffer.from(STYLESHEET + SITE_CSS + ANALYSIS_CSS + CASES_CSS, 'utf8');
const hash = createHash('sha256').update(expected).digest('hex').slice(0, 12);

describe('the site stylesheet', () => {
  it('is linked by every page, public or signed in, and no page carries a style block', async () => {
    const anonymous = new Client(h.app);
    const pages = [
      [anonymous, '/'],
      [anonymous, '/login'],
      [anonymous, '/agencies'],
      [anonymous, '/apply'],
      [anonymous, '/no-such-page'],
      [clerk, '/cases'],
      [clerk, '/upload'],
    ] as const;
    for (const [client, path] of pages) {
      const $ = cheerio.load(await (await client.get(path)).text());
      expect($('head link[rel=stylesheet]').map((_, l) => $(l).attr('href')).get(), path).toEqual([`/assets/site.${hash}.css`]);
      expect($('style').length, path).toBe(0);
    }
  });

  it('is served as CSS, byte for byte, with a year-long immutable cache', async () => {
    const res = await new Client(h.app).get(`/assets/site.${hash}.css`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).equals(expected)).toBe(true);
  });

  it('is sent gzip-compressed to a browser that asks for it', async () => {
    const res = await new Client(h.app).request(`/assets/site.${hash}.css`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(expected.length / 3);
    expect(gunzipSync(body).equals(expected)).toBe(true);
  });

  it('is allowed by the CSP; another version is 404', async () => {
    const csp = (await new Client(h.app).get('/')).headers.get('content-security-policy') ?? '';
    const styleSrc = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([k]) => k === 'style-src');
    expect(styleSrc).toContain("'self'");
    expect((await new Client(h.app).get('/assets/site.000000000000.css')).status).toBe(404);
    expect((await new Client(h.app).get('/assets/site.css')).status).toBe(404);
  });
});
