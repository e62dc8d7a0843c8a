/**
 * @module Which Chromium prints PDFs (and runs the browser tests), and how it
 * is started: Debian's package unless `GONGKAI_CHROMIUM` names another build;
 * headless, no sandbox (containers, root in CI), nothing fetched from outside.
 */

/** Debian's package `chromium`. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] as const;

/** The browser to use: `GONGKAI_CHROMIUM`, else Debian's. */
export function chromiumPath(env: Readonly<Record<string, string | undefined>>): string {
  return env['GONGKAI_CHROMIUM']?.trim() || DEFAULT_CHROMIUM;
}
