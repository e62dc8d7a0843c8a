/**
 * @module Pages as the public sees them, kept once rendered: the report page, the agency and
 * region pages and the list are the same for every visitor who is not signed in, and they change
 * only when official data changes — and every change of official data writes an audit row. So
 * the highest audit id is the data's version: a kept page is served while the version is the one
 * it was rendered at, and rendered anew after any change (from this process or another, such as
 * `gongkai import` beside the server).
 *
 * A kept page is also kept gzip-compressed (the report page shrinks about tenfold, which is what
 * counts on a slow connection) and carries an ETag, so a browser that has it gets a 304.
 * Signed-in people always get a freshly rendered page (it shows their name, their CSRF token and
 * what they may change).
 */
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { sql } from 'kysely';
import type { Db } from '../../persistence/database.js';
import type { AppEnv } from '../context.js';

/** Paths whose public page is the same for every visitor (query string included in the key). */
const CACHEABLE = [/^\/$/, /^\/reports\/\d+$/, /^\/agencies(\/\d+)?$/, /^\/regions\/\d+\/\d{4}(\/comparison)?$/];

export interface PublicPageCacheOptions {
  /** Upper bound of the kept pages, plain and compressed together. */
  readonly maxBytes?: number;
}

interface Kept {
  readonly version: string;
  readonly etag: string;
  readonly contentType: string;
  readonly plain: Uint8Array;
  readonly gzip: Uint8Array;
}

async function dataVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ v: number | string | null }>`select max(id) as v from audit_log`.execute(db);
  return String(rows[0]?.v ?? 0);
}

/** A map that forgets the least recently used entries beyond a byte budget. */
class ByteBoundedLru {
  readonly #entries = new Map<string, Kept>();
  #bytes = 0;
  constructor(readonly maxBytes: number) {}

  get(key: string): Kept | undefined {
    const e = this.#entries.get(key);
    if (e) {
      this.#entries.delete(key);
      this.#entries.set(key, e);
    }
    return e;
  }

  set(key: string, e: Kept): void {
    const size = e.plain.byteLength + e.gzip.byteLength;
    if (size > this.maxBytes / 4) return;
    const old = this.#entries.get(key);
    if (old) {
      this.#bytes -= old.plain.byteLength + old.gzip.byteLength;
      this.#entries.delete(key);
    }
    this.#entries.set(key, e);
    this.#bytes += size;
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= v.plain.byteLength + v.gzip.byteLength;
    }
  }
}

function acceptsGzip(header: string | undefined): boolean {
  return header !== undefined && /\bgzip\b/.test(header);
}

export function publicPageCache(db: Db, options: PublicPageCacheOptions = {}): MiddlewareHandler<AppEnv> {
  const kept = new ByteBoundedLru(options.maxBytes ?? 64 * 1024 * 1024);
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (c.req.method !== 'GET' || c.get('principal').kind !== 'public' || !CACHEABLE.some((r) => r.test(url.pathname))) return next();
    const key = url.pathname + url.search;
    const version = await dataVersion(db);
    let page = kept.get(key);
    if (!page || page.version !== version) {
      await next();
      const res = c.res;
      const contentType = res.headers.get('content-type') ?? '';
      if (res.status !== 200 || !contentType.startsWith('text/html') || res.headers.has('set-cookie')) return;
      const plain = new Uint8Array(await res.arrayBuffer());
      const etag = `W/"${version}-${createHash('sha256').update(plain).digest('base64url').slice(0, 16)}"`;
      page = { version, etag, contentType, plain, gzip: gzipSync(plain) };
      kept.set(key, page);
      // Drop the rendered response: its headers must not be merged into the one sent below.
      (c as { res: Response | undefined }).res = undefined;
    }
    const headers: Record<string, string> = { 'content-type': page.contentType, etag: page.etag, vary: 'Accept-Encoding, Cookie', 'cache-control': 'no-cache' };
    if (c.req.header('if-none-match') === page.etag) {
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    const gzip = acceptsGzip(c.req.header('accept-encoding'));
    if (gzip) headers['content-encoding'] = 'gzip';
    c.res = new Response(gzip ? page.gzip : page.plain, { status: 200, headers });
  };
}
