/**
 * The browser tests never pass unseen where they are required: skipped only
 * when Chromium is absent and GONGKAI_REQUIRE_BROWSER is unset.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, planBrowserTests } from './browser-plan.js';

const present = (...paths: string[]) => (p: string) => paths.includes(p);

describe('planBrowserTests', () => {
  it('runs with Debian’s Chromium when it is installed', () => {
    expect(planBrowserTests({}, present(DEFAULT_CHROMIUM))).toEqual({ kind: 'run', executablePath: DEFAULT_CHROMIUM });
    expect(planBrowserTests({ GONGKAI_REQUIRE_BROWSER: '1' }, present(DEFAULT_CHROMIUM)).kind).toBe('run');
  });

  it('skips without Chromium when nothing requires it', () => {
    for (const env of [{}, { GONGKAI_REQUIRE_BROWSER: '' }, { GONGKAI_REQUIRE_BROWSER: '0' }]) {
      const plan = planBrowserTests(env, present());
      expect(plan.kind).toBe('skip');
    }
  });

  it('fails without Chromium when GONGKAI_REQUIRE_BROWSER is set', () => {
    const plan = planBrowserTests({ GONGKAI_REQUIRE_BROWSER: '1' }, present());
    expect(plan.kind).toBe('fail');
    expect(plan.kind === 'fail' && plan.reason).toContain(DEFAULT_CHROMIUM);
  });

  it('uses GONGKAI_CHROMIUM when given, and only that', () => {
    const other = '/opt/chromium/chrome';
    expect(planBrowserTests({ GONGKAI_CHROMIUM: other }, present(other))).toEqual({ kind: 'run', executablePath: other });
    expect(planBrowserTests({ GONGKAI_CHROMIUM: other, GONGKAI_REQUIRE_BROWSER: '1' }, present(DEFAULT_CHROMIUM)).kind).toBe('fail');
  });
});
