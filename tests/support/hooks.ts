import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Cookie, Page } from 'playwright-core';
import { expectAccessible } from './accessibility.ts';
import { launchChromium, signUpInBrowser, startWebStack, type WebStack } from './web-stack.ts';

/**
 * The web stack of a test file: built and started before its tests, stopped after them. `ready`
 * gets it as soon as it runs, for the file's own variables and data.
 */
export function useWebStack(ready: (stack: WebStack) => unknown, options?: Parameters<typeof startWebStack>[0]): void {
  let stack: WebStack | undefined;
  beforeAll(async () => {
    stack = await startWebStack(options);
    await ready(stack);
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
  });
}

export interface BrowserTab {
  browser: Browser;
  context: BrowserContext;
  tab: Page;
  /** The page's script errors and, unless left out, what it logged as an error. */
  errors: string[];
}

/**
 * Headless Chromium for a describe block: one context with one tab, opened before its tests and
 * closed after them; `ready` gets them when they are open.
 */
export function useBrowserTab(
  ready: (opened: BrowserTab) => void,
  contextOptions: BrowserContextOptions = {},
  { consoleErrors = true }: { consoleErrors?: boolean } = {},
): { errors: string[] } {
  const errors: string[] = [];
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext(contextOptions);
    // A loaded machine (the fuzz suites run beside these) can be slow; slow is not wrong.
    context.setDefaultTimeout(60_000);
    const tab = await context.newPage();
    tab.on('pageerror', (e) => errors.push(e.message));
    if (consoleErrors) {
      tab.on('console', (message) => {
        // A failed form submission answers 4xx on purpose; anything else logged as an error is a bug (e.g. CSP).
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
      });
    }
    ready({ browser, context, tab, errors });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });
  return { errors };
}

/** The web app's session cookie in a browser context, if it has one. */
/**
 * A browser context signed in with a session token, as the web app's own cookie; its page's
 * script errors go to `errors`.
 */
export async function signedInTab(
  browser: Browser,
  webUrl: string,
  token: string,
  errors: string[],
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; tab: Page }> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(60_000);
  await context.addCookies([{ name: 'kc_session', value: token, url: webUrl }]);
  const tab = await context.newPage();
  tab.on('pageerror', (error) => errors.push(error.message));
  return { context, tab };
}

export async function sessionCookie(context: BrowserContext, webUrl: string): Promise<Cookie | undefined> {
  return (await context.cookies(webUrl)).find((c) => c.name === 'kc_session');
}

/**
 * Signs up in the browser (see signUpInBrowser), lands on /account, and returns the session's
 * token ('' without one) for calls to the API as that person.
 */
export async function signUpForToken(tab: Page, stack: WebStack, account: Parameters<typeof signUpInBrowser>[2]): Promise<string> {
  await signUpInBrowser(tab, stack, account);
  await tab.waitForURL('**/account');
  return (await sessionCookie(tab.context(), stack.webUrl))?.value ?? '';
}

/** Fills in and sends the sign-in form the tab shows. */
export async function signInInBrowser(tab: Page, email: string, password: string): Promise<void> {
  await tab.getByLabel('E-mail address', { exact: true }).fill(email);
  await tab.getByLabel('Password', { exact: true }).fill(password);
  await tab.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Where browser tests leave screenshots of the journeys they walk, for people to look at (not compared). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));

/**
 * A full-page screenshot of what the tab shows, as `<name>.png` in SCREENSHOT_DIR, once axe-core
 * found no serious or critical accessibility violation on it: each page a journey shows is checked.
 */
export async function saveScreenshot(tab: Page, name: string): Promise<void> {
  await expectAccessible(tab, name);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await tab.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true });
}
