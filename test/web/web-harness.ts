/**
 * In-process harness for the web tests: a fresh SQLite file with the demo
 * region, the sample reports and the demo users (exactly what `gongkai serve`
 * loads on first start), the app, and a tiny cookie-keeping client that talks
 * to `app.request()` — no sockets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { openConfiguredDatabase, type OpenedDatabase } from '../../src/persistence/open-database.js';
import { findAgenciesByName } from '../../src/persistence/repositories/agencies/agency-queries.js';
import { createApp, type AppOptions } from '../../src/web/app.js';
import type { AppEnv } from '../../src/web/context.js';
import { seedDemo, type SeedResult } from '../../src/web/demo/seed-demo.js';
import { PACKAGE_SAMPLES } from '../../src/web/server.js';
import { openInFreshSchema } from '../contract/postgres-test-db.js';

export interface Harness {
  readonly app: Hono<AppEnv>;
  readonly opened: OpenedDatabase;
  readonly seed: SeedResult;
  password(login: string): string;
  agencyId(name: string): Promise<number>;
  close(): Promise<void>;
}

export interface HarnessOptions extends Partial<Omit<AppOptions, 'db'>> {
  /** Default a temporary SQLite file; `postgres` uses a fresh schema of the test server. */
  readonly engine?: 'sqlite' | 'postgres';
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-web-'));
  const opened: OpenedDatabase =
    options.engine === 'postgres' ? await openInFreshSchema() : await openConfiguredDatabase({ file: join(dir, 'web.sqlite'), env: {} });
  const close = async () => {
    try {
      await opened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  let seed: SeedResult;
  try {
    seed = await seedDemo(opened.db, PACKAGE_SAMPLES);
  } catch (e) {
    await close(); // the caller gets no harness to close: a PostgreSQL schema would be left behind
    throw e;
  }
  const app = createApp({ db: opened.db, log: () => undefined, ...options });
  return {
    app,
    opened,
    seed,
    password(login) {
      const a = seed.accounts.find((x) => x.login === login);
      if (!a) throw new Error(`no demo account ${login}`);
      return a.password;
    },
    async agencyId(name) {
      const a = (await findAgenciesByName(opened.db, name))[0];
      if (!a) throw new Error(`no agency ${name}`);
      return a.id;
    },
    close,
  };
}

const BASE = 'http://localhost';

/** A browser-like client: keeps cookies, sends the Origin of the site on POST. */
export class Client {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly app: Hono<AppEnv>) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await this.app.request(`${BASE}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (!value || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  /** Posts a form (urlencoded, or multipart when a FormData is given). */
  post(path: string, form: Record<string, string> | FormData, headers: Record<string, string> = {}): Promise<Response> {
    const body = form instanceof FormData ? form : new URLSearchParams(form);
    return this.request(path, { method: 'POST', body, headers });
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The CSRF token in a page's forms. */
  static csrfOf(html: string): string {
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!m) throw new Error('no CSRF field on the page');
    return m[1]!;
  }

  /** A client signed in as one of the demo users. */
  static async signedIn(h: Harness, login: string): Promise<Client> {
    const c = new Client(h.app);
    const res = await c.signIn(login, h.password(login));
    if (res.status !== 303) throw new Error(`sign-in of ${login} failed: ${res.status}`);
    return c;
  }

  async signIn(login: string, password: string): Promise<Response> {
    const page = await (await this.get('/login')).text();
    return this.post('/login', { _csrf: Client.csrfOf(page), login, password });
  }

  /** The CSRF token of the signed-in session (from any page's sign-out form). */
  async csrf(): Promise<string> {
    return Client.csrfOf(await (await this.get('/upload')).text());
  }
}
