/**
 * @module The web application: the public site, the review side (sign-in,
 * upload, queue, corrections) and the JSON API, composed into one Hono app
 * with authentication, CSRF protection, a body-size limit and a single error
 * boundary. `createApp` is used by `gongkai serve` and, in-process, by tests.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import { GongkaiError } from '../domain/shared/errors.js';
import { DEFAULT_MAX_BYTES } from '../ingest/parse.js';
import type { Db } from '../persistence/database.js';
import { createRateLimiter } from './auth/rate-limit.js';
import type { AppContext, AppEnv, WebDeps } from './context.js';
import { mapError, notFoundPage } from './errors.js';
import { authenticate } from './middleware/authenticate.js';
import { csrfProtection } from './middleware/csrf.js';
import { publicPageCache } from './middleware/public-page-cache.js';
import { publicRoutes } from './public/routes.js';
import { authRoutes } from './admin/auth-routes.js';
import { staffRoutes } from './admin/staff-routes.js';
import { accountRoutes } from './admin/account-routes.js';
import { agencyRoutes } from './admin/agency-routes.js';
import { apiRoutes } from './api/api-routes.js';
import { assetRoutes } from './assets/static-assets.js';
import { analysisRoutes } from './analysis/routes.js';
import { analysisApiRoutes } from './api/analysis-api.js';
import { errorPage } from './views/error-page.js';
import { publicCaseRoutes } from './cases/public-case-routes.js';
import { staffCaseRoutes } from './cases/staff-case-routes.js';
import { oversightRoutes } from './cases/oversight-routes.js';
import { table2Routes } from './cases/table2-routes.js';
import { annualReportRoutes } from './cases/annual-report-routes.js';
import { PUBLIC } from './auth/principal.js';

export interface AppOptions extends Partial<Omit<WebDeps, 'db'>> {
  readonly db: Db;
}

function wantsJson(c: AppContext): boolean {
  const path = new URL(c.req.url).pathname;
  return path.startsWith('/api/') || path === '/api' || path === '/healthz' || (c.req.header('accept') ?? '').startsWith('application/json');
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const deps: WebDeps = {
    db: options.db,
    now: options.now ?? (() => new Date()),
    signInLimiter: options.signInLimiter ?? createRateLimiter(),
    caseLimiter: options.caseLimiter ?? createRateLimiter(20, 15 * 60 * 1000),
    trustProxy: options.trustProxy ?? false,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_BYTES,
    log: options.log ?? ((e) => console.error(e)),
  };
  const app = new Hono<AppEnv>();

  app.onError((e, c) => {
    const { status, body } = mapError(e, deps.log);
    if (wantsJson(c)) return c.json(body, status);
    let principal = PUBLIC;
    try {
      principal = c.get('principal') ?? PUBLIC;
    } catch {
      // The error happened before authentication.
    }
    return c.html(errorPage(status, body, principal, new URL(c.req.url).pathname), status);
  });
  app.notFound((c) => {
    const { status, body } = mapError(notFoundPage());
    if (wantsJson(c)) return c.json(body, status);
    return c.html(errorPage(status, body, c.get('principal') ?? PUBLIC), status);
  });

  // Scripts only as files from this origin (no inline script, no eval); they may call this origin's API.
  // Referrer only within the site: with `no-referrer` browsers send `Origin: null` on their own posts.
  app.use(
    secureHeaders({
      referrerPolicy: 'same-origin',
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        // The stylesheet is a file of this origin; the charts' SVG carries style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    }),
  );
  app.route('/', assetRoutes());

  app.get('/healthz', async (c) => {
    try {
      await sql`select 1`.execute(deps.db);
    } catch (e) {
      throw new GongkaiError('DB_UNAVAILABLE', { zh: '数据库不可用。', en: 'The database is unavailable.' }, { cause: e });
    }
    return c.json({ status: 'ok', database: 'ok' });
  });

  // Several files of up to 50 MB each in one form; a single API upload is checked per file as well.
  const limitBody = bodyLimit({
    maxSize: deps.maxFileBytes * 4 + 1024 * 1024,
    onError: () => {
      throw new GongkaiError('INPUT_TOO_LARGE', { zh: '上传内容过大。', en: 'The upload is too large.' });
    },
  });
  // GET and HEAD carry no body; asking for it would make the Node adapter build a full web Request.
  app.use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use(authenticate(deps));
  app.use(csrfProtection());
  app.use(publicPageCache(deps.db));

  app.route('/api', analysisApiRoutes(deps));
  app.route('/api', apiRoutes(deps));
  app.route('/', authRoutes(deps));
  app.route('/', publicCaseRoutes(deps));
  app.route('/', oversightRoutes(deps));
  app.route('/', table2Routes(deps));
  app.route('/', annualReportRoutes(deps));
  app.route('/', staffCaseRoutes(deps));
  app.route('/', staffRoutes(deps));
  app.route('/', accountRoutes(deps));
  app.route('/', agencyRoutes(deps));
  app.route('/', analysisRoutes(deps));
  app.route('/', publicRoutes(deps));
  return app;
}
