/**
 * @module The few files the browser loads besides the pages: plain scripts
 * from the package's `assets/` folder, read once, served under a name that
 * carries a hash of their content (`/assets/upload.3f2a…js`) so they can be
 * cached for a year and a new version is a new URL. Unknown names are 404.
 * The CSP allows scripts from this origin only (`script-src 'self'`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../context.js';

export const ASSETS_DIR = fileURLToPath(new URL('../../../assets/', import.meta.url));

export const ASSET_NAMES = ['upload.js'] as const;
export type AssetName = (typeof ASSET_NAMES)[number];

interface Asset {
  readonly path: string;
  readonly body: Uint8Array<ArrayBuffer>;
  readonly type: string;
}

const loaded = new Map<AssetName, Asset>();

function load(name: AssetName): Asset {
  const hit = loaded.get(name);
  if (hit) return hit;
  const body = Uint8Array.from(readFileSync(`${ASSETS_DIR}${name}`));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const dot = name.lastIndexOf('.');
  const asset = { path: `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`, body, type: 'text/javascript; charset=utf-8' };
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
    return c.body(asset.body, 200, {
      'content-type': asset.type,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
  });
  return app;
}
