/**
 * One browser test file = one `describeBrowser` block with `useBrowserSuite()`:
 * the real server (`site.ts`) and one Chromium are started once for the file,
 * each test opens its own contexts (separate cookies, like separate people),
 * which are closed after the test; the file ends with a clean shutdown of both.
 *
 *   describeBrowser('某功能', () => {
 *     const s = useBrowserSuite();
 *     it('…', async () => {
 *       const page = await s.newPage();
 *       await signIn(page, s.site.user('clerk'));
 *     });
 *   });
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { CHROMIUM_ARGS, planBrowserTests } from './browser-plan.js';
import { startSite, type Site } from './site.js';

export const BROWSER_PLAN = planBrowserTests(process.env);

/** Longest a single browser action or expectation waits before it fails. */
export const ACTION_TIMEOUT_MS = 10_000;

/** Longest one browser test may take (a shared machine can be slow). */
export const BROWSER_TEST_TIMEOUT_MS = 60_000;

/** `describe`, skipped (with the reason in its name) only where the plan says skip. */
export function describeBrowser(name: string, fn: () => void): void {
  if (BROWSER_PLAN.kind === 'skip') describe.skip(`${name} — ${BROWSER_PLAN.reason}`, fn);
  else describe(name, { timeout: BROWSER_TEST_TIMEOUT_MS }, fn);
}

export interface BrowserSuite {
  readonly site: Site;
  readonly browser: Browser;
  /**
   * A fresh context (its own cookies) on the site, closed after the test —
   * or, with `'file'` (for a `beforeAll`), after the last test of the file.
   */
  newContext(options?: BrowserContextOptions, lifetime?: Lifetime): Promise<BrowserContext>;
  /** A page in a fresh context. */
  newPage(options?: BrowserContextOptions, lifetime?: Lifetime): Promise<Page>;
}

export type Lifetime = 'test' | 'file';

export function launchChromium(): Promise<Browser> {
  if (BROWSER_PLAN.kind !== 'run') throw new Error(BROWSER_PLAN.reason);
  return chromium.launch({ executablePath: BROWSER_PLAN.executablePath, args: [...CHROMIUM_ARGS] });
}

export function useBrowserSuite(): BrowserSuite {
  let site: Site | undefined;
  let browser: Browser | undefined;
  const open: Record<Lifetime, BrowserContext[]> = { test: [], file: [] };

  beforeAll(async () => {
    if (BROWSER_PLAN.kind === 'fail') throw new Error(BROWSER_PLAN.reason);
    const [s, b] = await Promise.allSettled([startSite(), launchChromium()]);
    if (s.status === 'fulfilled') site = s.value;
    if (b.status === 'fulfilled') browser = b.value;
    if (s.status === 'rejected') throw s.reason;
    if (b.status === 'rejected') throw b.reason;
  }, 60_000);

  afterEach(async () => {
    await Promise.all(open.test.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await Promise.all(open.file.splice(0).map((c) => c.close()));
    await browser?.close();
    const code = await site?.close();
    if (site) expect(code, 'gongkai serve stops cleanly on SIGTERM').toBe(0);
  }, 30_000);

  const suite: BrowserSuite = {
    get site() {
      if (!site) throw new Error('the site is not running');
      return site;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running');
      return browser;
    },
    async newContext(options = {}, lifetime = 'test') {
      const context = await suite.browser.newContext({ baseURL: suite.site.url, locale: 'zh-CN', ...options });
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      open[lifetime].push(context);
      return context;
    },
    async newPage(options = {}, lifetime = 'test') {
      return (await suite.newContext(options, lifetime)).newPage();
    },
  };
  return suite;
}
