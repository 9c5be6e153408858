import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useBrowserTab, useWebStack } from './support/hooks.ts';
import { CHROMIUM, hasChromium, PASSWORD, unique, type WebBuild, type WebStack } from './support/web-stack.ts';
import { englishInterfaceTexts, messageCatalogue } from './support/messages.ts';

/**
 * The web app in Bulgarian and English, end to end: the language from the address, the cookie
 * or Accept-Language; the visible switch; and pages switched to Bulgarian showing none of the
 * English interface texts (ESCO skill labels and what people typed aside).
 */
const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
/** Always ahead: an open opportunity may not have its apply-by date behind it. */
const DEADLINE = `${new Date().getUTCFullYear() + 1}-03-15`;

let stack: WebStack;
let webUrl: string;
let build: WebBuild;
let organisation: { id: string; slug: string };
let opportunity: { id: string };
let offering: { id: string };
let student: { email: string };
/** Text that may be English on a Bulgarian page: ESCO skill labels and what people entered. */
const dataTexts: string[] = [];

const en = messageCatalogue('en');
const bg = messageCatalogue('bg');
/** A Bulgarian text by its key. */
const t = (key: string): string => {
  const text = bg[key];
  if (!text) throw new Error(`no Bulgarian text for ${key}`);
  return text;
};
/**
 * The English interface texts a Bulgarian page must not show: each English message that differs
 * from its Bulgarian one, cut at its parameters, in pieces longer than a few characters.
 */
const englishTexts = englishInterfaceTexts(en, bg, /^[,.;:·()]+|[,.;:·()]+$/g);

async function created<T>(path: string, body: unknown, token: string): Promise<T> {
  const res = await stack.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

useWebStack(async (started) => {
  stack = started;
  ({ webUrl, build } = stack);
  const owner = await stack.signUp({ email: `i18n-owner-${unique()}@example.org`, password: PASSWORD, displayName: 'Елена Иванова' });
  organisation = await created('/api/v1/organisations', { kind: 'university', name: 'Витошки университет', sector: 'образование', district: 'Studentski' }, owner.token);
  const posted = await created<{ id: string; skills: { preferredLabel: string }[] }>(
    '/api/v1/opportunities',
    {
      organisationId: organisation.id,
      kind: 'internship',
      title: 'Стаж по анализ на данни',
      description: 'Работа с данни от сензори.\n\nВтори абзац.',
      location: 'София',
      deadline: DEADLINE,
      headcount: 1200,
      status: 'open',
      skills: [{ uri: PYTHON, level: 3, importance: 'essential' }],
    },
    owner.token,
  );
  opportunity = posted;
  const taught = await created<{ id: string; skills: { preferredLabel: string }[] }>(
    '/api/v1/offerings',
    { providerId: organisation.id, kind: 'course', status: 'published', title: 'Курс по програмиране', description: 'Дванайсет седмици практика.', language: 'bg', format: 'hybrid', costEur: 1250, hours: 240, skills: [{ uri: PYTHON, level: 2 }] },
    owner.token,
  );
  offering = taught;
  dataTexts.push(...posted.skills.map((s) => s.preferredLabel), ...taught.skills.map((s) => s.preferredLabel));
  student = { email: `i18n-student-${unique()}@example.org` };
  await stack.signUp({ email: student.email, password: PASSWORD, displayName: 'Мира Петрова', student: 'cluster' });
  dataTexts.push(student.email);
});

describe('the language of a page, over HTTP', () => {
  it('builds for production', () => {
    expect(build.status, build.stderr).toBe(0);
  });

  const page = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${webUrl}${path}`, { headers, redirect: 'manual' });
    return { status: res.status, headers: res.headers, html: await res.text() };
  };

  it('is English without any hint, and for an English browser', async () => {
    const browsers: Record<string, string>[] = [{}, { 'accept-language': 'en-US,en;q=0.9' }, { 'accept-language': 'de-DE,de;q=0.9' }];
    for (const headers of browsers) {
      const { status, html } = await page('/opportunities', headers);
      expect(status).toBe(200);
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('>Opportunities</h1>');
      expect(html).toContain('href="/organisations"');
    }
  });

  it('is Bulgarian for a browser that asks for it, on the same address', async () => {
    const { html, headers } = await page('/opportunities', { 'accept-language': 'bg-BG,bg;q=0.9,en;q=0.8' });
    expect(html).toContain('<html lang="bg">');
    expect(html).toContain('>Възможности</h1>');
    // Its links carry the language, so every next page is Bulgarian too.
    expect(html).toContain('href="/bg/organisations"');
    expect(headers.get('content-language')).toBe('bg');
    expect(headers.get('vary')).toMatch(/accept-language/i);
  });

  it('is the language the address names, whatever the cookie or the browser say, and remembers it', async () => {
    const bgPage = await page('/bg/organisations', { 'accept-language': 'en-US', cookie: 'PARAGLIDE_LOCALE=en' });
    expect(bgPage.html).toContain('<html lang="bg">');
    expect(bgPage.html).toContain('>Организации</h1>');
    expect(bgPage.headers.get('set-cookie')).toMatch(/PARAGLIDE_LOCALE=bg;/);
    const enPage = await page('/en/organisations', { 'accept-language': 'bg', cookie: 'PARAGLIDE_LOCALE=bg' });
    expect(enPage.html).toContain('<html lang="en">');
    expect(enPage.html).toContain('href="/opportunities"');
    expect(enPage.headers.get('set-cookie')).toMatch(/PARAGLIDE_LOCALE=en;/);
  });

  it('follows the cookie when the address names no language, before Accept-Language', async () => {
    expect((await page('/', { cookie: 'PARAGLIDE_LOCALE=bg', 'accept-language': 'en' })).html).toContain('<html lang="bg">');
    expect((await page('/', { cookie: 'PARAGLIDE_LOCALE=en', 'accept-language': 'bg' })).html).toContain('<html lang="en">');
  });

  it('keeps the language on server-side redirects', async () => {
    const res = await page('/bg/account');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/bg/sign-in?next=${encodeURIComponent('/bg/account')}`);
  });

  it('writes dates and numbers as Bulgarians do', async () => {
    const { html } = await page(`/bg/opportunities/${opportunity.id}`);
    const date = new Intl.DateTimeFormat('bg-BG', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(DEADLINE));
    expect(html).toContain(date);
    expect(html).toContain(new Intl.NumberFormat('bg-BG').format(1200));
    const english = await page(`/opportunities/${opportunity.id}`);
    expect(english.html).toContain('15 Mar 2027');
    expect(english.html).toContain('1,200');
  });

  it('words errors in the visitor’s language, the error page included', async () => {
    const missing = await page('/bg/opportunities/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('<html lang="bg">');
    expect(missing.html).toContain(t('error_no_opportunity'));
    expect(missing.html).not.toContain(en.error_no_opportunity ?? 'missing');
    const nowhere = await page('/bg/no-such-page');
    expect(nowhere.status).toBe(404);
    expect(nowhere.html).toContain(t('error_heading_not_found'));
  });
});

describe.skipIf(!hasChromium)(`the language switch in a browser (${CHROMIUM})`, () => {
  let browser: Browser;
  let tab: Page;
  const { errors } = useBrowserTab((opened) => ({ browser, tab } = opened), { locale: 'en-US' }, { consoleErrors: false });

  const LANG = 'document.documentElement.lang';
  const lang = () => tab.evaluate<string>(LANG);

  /**
   * What a person reads or hears on the page: its text, title and readable attributes, without
   * the data (ESCO skills' labels and descriptions, and what people entered).
   */
  async function readableText(on: Page): Promise<string> {
    // Run in the page (as a string: these tests are type-checked without the DOM's types).
    const { text, data } = await on.evaluate<{ text: string; data: string[] }>(`(() => {
      const names = ['aria-label', 'title', 'placeholder', 'alt'];
      const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
        names.map((name) => el.getAttribute(name) ?? ''),
      );
      const data = [...document.querySelectorAll('.excerpt, .also, .chip, .skill-name, [data-testid="search-hit"] h3')].map((el) => el.innerText);
      return { text: [document.title, document.body.innerText, ...attributes].join('\\n'), data };
    })()`);
    return [...data, ...dataTexts]
      .filter((piece) => piece.trim().length > 0)
      .sort((x, y) => y.length - x.length)
      .reduce((rest, piece) => rest.split(piece).join(' '), text);
  }

  async function expectBulgarian(on: Page, path: string): Promise<void> {
    expect(await on.evaluate<string>(LANG), path).toBe('bg');
    const text = await readableText(on);
    expect(englishTexts.filter((english) => text.includes(english)), `English on ${path}`).toEqual([]);
    // Every link of the site keeps the language (the switch names the other one).
    const links = await on.evaluate<string[]>(
      `[...document.querySelectorAll('a[href^="/"], form[action^="/"]')].map((el) => el.getAttribute('href') ?? el.getAttribute('action'))`,
    );
    expect(links.filter((href) => !/^\/(bg|en)(\/|$|\?)/.test(href)), `links on ${path}`).toEqual([]);
  }

  it('switches to Bulgarian with the visible switch, and the choice survives navigation', async () => {
    await tab.goto(`${webUrl}/`);
    expect(await lang()).toBe('en');
    await tab.getByRole('navigation', { name: 'Choose a language' }).getByRole('link', { name: 'Български' }).click();
    await tab.waitForURL(`${webUrl}/bg`);
    expect(await lang()).toBe('bg');
    await expectBulgarian(tab, '/bg');

    await tab.getByRole('navigation', { name: t('nav_main') }).getByRole('link', { name: t('nav_opportunities') }).click();
    await tab.waitForURL('**/bg/opportunities');
    await tab.getByRole('heading', { name: t('opportunities_heading'), level: 1 }).waitFor();
    // An address without a language now follows the choice.
    await tab.goto(`${webUrl}/organisations`);
    expect(await lang()).toBe('bg');
    await tab.getByRole('heading', { name: t('organisations_heading'), level: 1 }).waitFor();
  });

  it('shows no English interface text on the main pages in Bulgarian', async () => {
    const pages = [
      '/bg',
      '/bg/opportunities',
      `/bg/opportunities/${opportunity.id}`,
      '/bg/organisations',
      `/bg/organisations/${organisation.slug}`,
      `/bg/offerings/${offering.id}`,
      '/bg/search',
      `/bg/search?in=opportunities&q=${encodeURIComponent('анализ')}`,
      '/bg/search?in=skills&q=python',
      '/bg/search?in=organisations',
      '/bg/sign-in',
      '/bg/sign-up',
      '/bg/forgot-password',
      '/bg/no-such-page',
    ];
    for (const path of pages) {
      await tab.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' });
      await expectBulgarian(tab, path);
    }
  });

  it('signs in in Bulgarian, with a failed attempt worded in Bulgarian, and shows the account in Bulgarian', async () => {
    await tab.goto(`${webUrl}/bg/sign-in`, { waitUntil: 'networkidle' });
    await tab.getByLabel(t('form_email'), { exact: true }).fill(student.email);
    await tab.getByLabel(t('form_password'), { exact: true }).fill('not the password');
    await tab.getByRole('button', { name: t('sign_in_button'), exact: true }).click();
    await tab.getByRole('alert').getByText(t('sign_in_failed')).waitFor();
    await expectBulgarian(tab, '/bg/sign-in (failed)');

    await tab.getByLabel(t('form_password'), { exact: true }).fill(PASSWORD);
    await tab.getByRole('button', { name: t('sign_in_button'), exact: true }).click();
    await tab.waitForURL('**/bg');
    await tab.getByTestId('account-menu').click();
    await tab.getByRole('navigation', { name: t('nav_account_menu') }).getByRole('link', { name: t('nav_account') }).click();
    await tab.waitForURL('**/bg/account');
    await tab.getByRole('heading', { name: t('account_title'), level: 1 }).waitFor();
    await expectBulgarian(tab, '/bg/account');
    for (const path of ['/bg/account/delete', '/bg/sign-out', '/bg/invitations/accept?token=x', '/bg/verify-email', '/bg/reset-password?token=x']) {
      await tab.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' });
      await expectBulgarian(tab, path);
    }
    await tab.goto(`${webUrl}/bg/account`);
  });

  it('switches back to English, remembered for addresses without a language', async () => {
    await tab.getByRole('navigation', { name: t('language_switch') }).getByRole('link', { name: 'English' }).click();
    await tab.waitForURL('**/en/account');
    expect(await lang()).toBe('en');
    await tab.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    // The check above finds English where there is some.
    const text = await readableText(tab);
    expect(englishTexts.filter((english) => text.includes(english)).length).toBeGreaterThan(20);
    await tab.goto(`${webUrl}/account`);
    expect(await lang()).toBe('en');
    expect(errors).toEqual([]);
  });

  it('has the switch and Bulgarian pages on a phone too', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'bg-BG' });
    try {
      const onPhone = await phone.newPage();
      // A Bulgarian phone gets Bulgarian at once, on the plain address.
      await onPhone.goto(`${webUrl}/opportunities`, { waitUntil: 'networkidle' });
      await expectBulgarian(onPhone, '/opportunities (phone)');
      const toEnglish = onPhone.getByRole('navigation', { name: t('language_switch') }).getByRole('link', { name: 'English' });
      const box = await toEnglish.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await toEnglish.tap();
      await onPhone.waitForURL('**/en/opportunities');
      expect(await onPhone.evaluate<string>(LANG)).toBe('en');
      await onPhone.getByRole('navigation', { name: 'Choose a language' }).getByRole('link', { name: 'Български' }).tap();
      await onPhone.waitForURL('**/bg/opportunities');
      await onPhone.goto(`${webUrl}/bg/opportunities/${opportunity.id}`, { waitUntil: 'networkidle' });
      await expectBulgarian(onPhone, `/bg/opportunities/${opportunity.id} (phone)`);
    } finally {
      await phone.close();
    }
  });
});
