/**
 * Whether the browser tests run here: with Chromium they run; without it they
 * are skipped, unless `GONGKAI_REQUIRE_BROWSER` is set (CI sets it where it
 * installed Chromium), in which case they fail instead of passing unseen.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM, chromiumPath } from '../../src/render/chromium.js';

export { CHROMIUM_ARGS, DEFAULT_CHROMIUM };

export type BrowserPlan =
  | { readonly kind: 'run'; readonly executablePath: string }
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'fail'; readonly reason: string };

export function planBrowserTests(env: Readonly<Record<string, string | undefined>>, exists: (path: string) => boolean = existsSync): BrowserPlan {
  const executablePath = chromiumPath(env);
  if (exists(executablePath)) return { kind: 'run', executablePath };
  const reason = `Chromium not found at ${executablePath} (apt-get install chromium fonts-noto-cjk)`;
  const required = (env['GONGKAI_REQUIRE_BROWSER'] ?? '').trim();
  return required !== '' && required !== '0' ? { kind: 'fail', reason: `${reason}, but GONGKAI_REQUIRE_BROWSER is set` } : { kind: 'skip', reason };
}
