import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** What axe-core found wrong with a page, as one line per rule: its id, impact and where. */
export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The WCAG 2.1 A and AA rules; best practices are advice, not failures. */
const RULES = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

/**
 * Runs axe-core in the page (its source injected: no browser extension, no network) and returns
 * the serious and critical violations. The page should have settled first.
 */
export async function seriousViolations(tab: Page): Promise<Violation[]> {
  const injected = await tab.evaluate<boolean>('typeof window.axe !== "undefined"');
  if (!injected) await tab.evaluate(axe.source);
  // As a string: these tests are type-checked without the DOM's types.
  return tab.evaluate<Violation[]>(`(async () => {
    const result = await window.axe.run(document, ${JSON.stringify(RULES)});
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  })()`);
}

/** Fails with a readable list when the page has a serious or critical violation. */
export async function expectAccessible(tab: Page, what: string): Promise<void> {
  const found = await seriousViolations(tab);
  if (found.length === 0) return;
  const lines = found.map((v) => `  ${v.impact} ${v.id}: ${v.help}\n    at ${v.targets.join('\n    at ')}`);
  throw new Error(`accessibility of ${what} (${tab.url()}):\n${lines.join('\n')}`);
}
