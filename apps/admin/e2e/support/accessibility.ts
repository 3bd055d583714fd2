import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** What axe reports for one rule a page breaks, cut down to what a failing test needs to say. */
export interface Violation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of (at most five of) the elements that break it. */
  targets: string[];
}

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

let source: string | undefined;
const axeSource = (): string => (source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** The impacts the team does not ship: a screen reader or keyboard user cannot get through. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (the npm package's own bundle, run in the page) against what the page shows now and returns
 * the serious and critical violations of the WCAG 2.x A/AA rules. Call once the screen has settled (its data shown).
 */
export async function blockingViolations(page: Page): Promise<Violation[]> {
  // Evaluated rather than added as a <script>: the admin's Content-Security-Policy (script-src 'self') rightly
  // refuses inline scripts, and the test must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const results = await page.evaluate(
    () =>
      (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      }) as Promise<AxeResults>,
  );
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
    }));
}
