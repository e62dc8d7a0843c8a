/**
 * axe-core in the page: injects node_modules/axe-core/axe.min.js and runs it
 * against WCAG 2.1 A and AA. The site's CSP allows only its own script
 * files, so the context must be opened with `bypassCSP: true` for the injection.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly summary: string }[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  return page.locator('html').evaluate(async (html, tags) => {
    const doc = html.ownerDocument;
    const result = await doc.defaultView.axe.run(doc, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary: string }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, [...WCAG_21_AA]);
}

/** The violations in a few readable lines, for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes
      .slice(0, 5)
      .map((n) => `  ${n.target}\n    ${n.summary.replaceAll('\n', '\n    ')}`)
      .join('\n')}`)
    .join('\n');
}
