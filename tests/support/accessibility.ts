import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';

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

/**
 * Checks every page a browser test arrives at: each `goto` and each `waitForURL` of every tab
 * the browser opens, once the page has loaded, before the test goes on. A page reached again at
 * the same address is not checked twice in a row.
 */
export function checkEveryArrival(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    // Without JavaScript nothing can run axe in the page; those visits are checked with it on.
    if (options?.javaScriptEnabled === false) return context;
    const newPage = context.newPage.bind(context);
    context.newPage = async () => checkedOnArrival(await newPage());
    return context;
  };
  return browser;
}

function checkedOnArrival(tab: Page): Page {
  let checked = '';
  const arrived = async () => {
    const url = tab.url();
    if (url === checked) return;
    // Downloads and JSON answers have nothing for axe to read.
    if ((await tab.evaluate<string>('document.contentType')) !== 'text/html') return;
    await expectAccessible(tab, 'a page the test arrived at');
    checked = url;
  };
  const goto = tab.goto.bind(tab);
  tab.goto = async (url, options) => {
    const response = await goto(url, options);
    await arrived();
    return response;
  };
  const waitForURL = tab.waitForURL.bind(tab);
  tab.waitForURL = async (url, options) => {
    await waitForURL(url, options);
    await arrived();
  };
  return tab;
}
