/**
 * @module The few files the browser loads besides the pages: plain scripts
 * from the package's `assets/` folder and the site's stylesheet (the report
 * renderer's, then the site's, the analysis pages' and the case pages', as
 * one file). Each is made once, served under a name that carries a hash of
 * its content (`/assets/upload.3f2a…js`, `/assets/site.9c1e…css`) so it can be
 * cached for a year and a new version is a new URL, and kept gzip-compressed
 * as well for browsers that ask for it. Unknown names are 404. The CSP allows
 * scripts and stylesheets from this origin (`script-src 'self'`, `style-src 'self' …`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { STYLESHEET } from '../../render/html/stylesheet.js';
import { ANALYSIS_CSS } from '../analysis/analysis-styles.js';
import { CASES_CSS } from '../cases/case-styles.js';
import type { AppEnv } from '../context.js';
import { SITE_CSS } from '../views/styles.js';

export const ASSETS_DIR = fileURLToPath(new URL('../../../assets/', import.meta.url));

export const ASSET_NAMES = ['upload.js', 'site.css'] as const;
export type AssetName = (typeof ASSET_NAMES)[number];

/** What each asset is made of: a file of `assets/`, or text of the code. */
const SOURCES: Readonly<Record<AssetName, () => Uint8Array>> = {
  'upload.js': () => readFileSync(`${ASSETS_DIR}upload.js`),
  'site.css': () => Buffer.from(STYLESHEET + SITE_CSS + ANALYSIS_CSS + CASES_CSS, 'utf8'),
};

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

interface Asset {
  readonly path: string;
  readonly body: Uint8Array<ArrayBuffer>;
  readonly gzip: Uint8Array<ArrayBuffer>;
  readonly type: string;
}

const loaded = new Map<AssetName, Asset>();

function load(name: AssetName): Asset {
  const hit = loaded.get(name);
  if (hit) return hit;
  const body = Uint8Array.from(SOURCES[name]());
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const dot = name.lastIndexOf('.');
  const asset = {
    path: `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`,
    body,
    gzip: Uint8Array.from(gzipSync(body, { level: 9 })),
    type: TYPES[name.slice(dot)]!,
  };
  loaded.set(name, asset);
  return asset;
}

/** The URL of an asset, with its content hash. */
export function assetPath(name: AssetName): string {
  return load(name).path;
}

export function assetRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const byPath = new Map(ASSET_NAMES.map((n) => [load(n).path, load(n)]));
  app.get('/assets/:file', (c) => {
    const asset = byPath.get(new URL(c.req.url).pathname);
    if (!asset) return c.notFound();
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    };
    if (!/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return c.body(asset.body, 200, headers);
    return c.body(asset.gzip, 200, { ...headers, 'content-encoding': 'gzip' });
  });
  return app;
}
