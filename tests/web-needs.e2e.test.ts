import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { saveScreenshot, signedInTab, useBrowserTab, useWebStack } from './support/hooks.ts';
import { englishShownOn, messageCatalogue, messageText } from './support/messages.ts';
import { CHROMIUM, createOrganisation, hasChromium, postForm, requestApi, signUpAs, unique, type SignedInUser, type WebStack } from './support/web-stack.ts';

/**
 * "Respond to a need" in the web app, end to end: a training provider puts one of its published
 * trainings forward for a company's open opportunity from the opportunity page, with a message,
 * in Bulgarian and on a phone, and takes it back; the company sees what was offered on the same
 * page. Without JavaScript too. Over the production build in front of the real API.
 */
const TITLE = 'Стажант анализатор на данни';
const OFFERING = 'Python for data analysis';
const DRAFT = 'Unpublished SQL course';
const MESSAGE = 'Курсът покрива Python и SQL, които търсите; следващият започва през март.';

let stack: WebStack;
let owner: SignedInUser;
let trainer: SignedInUser;
let outsider: SignedInUser;
let companyName = '';
let providerName = '';
let provider: { id: string; slug: string };
let offeringId = '';
/** The opportunity the browser tests respond to, and one for the requests without JavaScript. */
const opportunityIds = { browser: '', plain: '' };

const api = <T>(method: string, path: string, body?: unknown, token?: string) => requestApi<T>(stack.app, method, path, body, token);

async function openNeed(organisationId: string, title: string): Promise<string> {
  const res = await api<{ id: string }>('POST', '/api/v1/opportunities', { organisationId, kind: 'internship', title, status: 'open' }, owner.token);
  if (res.status !== 201) throw new Error(`opportunity: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

async function createOffering(title: string, status: 'published' | 'draft'): Promise<string> {
  const res = await api<{ id: string }>('POST', '/api/v1/offerings', { providerId: provider.id, kind: 'course', title, status }, trainer.token);
  if (res.status !== 201) throw new Error(`offering: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

interface Response {
  id: string;
  offering: { id: string; title: string };
  provider: { id: string };
  message: string;
}
const responsesTo = async (opportunityId: string, token: string) =>
  (await api<{ items: Response[] }>('GET', `/api/v1/opportunities/${opportunityId}/responses`, undefined, token)).body.items;

useWebStack(async (started) => {
  stack = started;
  owner = await signUpAs(stack, 'Owner Olga');
  companyName = `Vitosha Data ${unique()}`;
  const company = await createOrganisation(stack, owner.token, 'company', companyName);
  opportunityIds.browser = await openNeed(company.id, TITLE);
  opportunityIds.plain = await openNeed(company.id, 'Back-end intern');
  trainer = await signUpAs(stack, 'Trainer Tina');
  providerName = `Code Academy ${unique()}`;
  provider = await createOrganisation(stack, trainer.token, 'training_provider', providerName);
  offeringId = await createOffering(OFFERING, 'published');
  await createOffering(DRAFT, 'draft');
  outsider = await signUpAs(stack, 'Outsider Oleg');
});

const bg = messageCatalogue('bg');
const en = messageCatalogue('en');
const t = (key: string, params?: Record<string, string>) => messageText(bg, key, params);
const e = (key: string, params?: Record<string, string>) => messageText(en, key, params);
/** How the page writes a text into its HTML. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('responding to a need, over HTTP', () => {
  it('builds for production', () => {
    expect(stack.build.status, stack.build.stderr).toBe(0);
  });

  it('offers the form to a provider’s members only, listing its published trainings and not its drafts', async () => {
    const page = async (token: string) =>
      (await fetch(`${stack.webUrl}/opportunities/${opportunityIds.plain}`, { headers: { cookie: `kc_session=${token}` } })).text();
    const providerPage = await page(trainer.token);
    expect(providerPage).toContain('data-testid="respond"');
    expect(providerPage).toContain(`<option value="${offeringId}"`);
    expect(providerPage).not.toContain(DRAFT);
    expect(providerPage).not.toContain('data-testid="need-responses"');
    for (const html of [await page(outsider.token), await page(owner.token)]) expect(html).not.toContain('data-testid="respond"');
    // The company sees its section, empty for now.
    expect(await page(owner.token)).toContain(escaped(e('needs_responses_none')));
    const visitor = await (await fetch(`${stack.webUrl}/opportunities/${opportunityIds.plain}`)).text();
    expect(visitor).not.toContain('data-testid="respond"');
    expect(visitor).not.toContain('data-testid="need-responses"');
  });

  it('puts a training forward and takes it back without JavaScript, refusing a second time and a message too long', async () => {
    const path = `/opportunities/${opportunityIds.plain}`;
    const none = await postForm(stack, `${path}?/respond`, trainer.token, { offeringId: '', message: '' });
    expect(none.status).toBe(400);
    expect(none.html).toContain('id="respond-offering-error"');
    const long = await postForm(stack, `${path}?/respond`, trainer.token, { offeringId, message: 'x'.repeat(1001) });
    expect(long.status).toBe(400);
    expect(long.html).toContain('id="respond-message-error"');
    expect(await responsesTo(opportunityIds.plain, trainer.token)).toEqual([]);

    const sent = await postForm(stack, `${path}?/respond`, trainer.token, { offeringId, message: 'Twelve weeks of Python.' });
    expect(sent.status, sent.html.slice(0, 1000)).toBe(200);
    expect(sent.html).toContain(escaped(e('needs_sent', { offering: OFFERING })));
    const [response] = await responsesTo(opportunityIds.plain, trainer.token);
    expect(response).toMatchObject({ offering: { id: offeringId }, provider: { id: provider.id }, message: 'Twelve weeks of Python.' });
    // Offered already: not listed in the form again, and refused if sent anyway.
    expect(sent.html).not.toContain(`<option value="${offeringId}"`);
    expect(sent.html).toContain(escaped(e('needs_all_offered')));
    const again = await postForm(stack, `${path}?/respond`, trainer.token, { offeringId, message: 'Again' });
    expect(again.status).toBe(409);
    expect(again.html).toContain(escaped(e('needs_refused')));
    // Someone outside the provider cannot put its training forward, nor take it back.
    const forged = await postForm(stack, `${path}?/respond`, outsider.token, { offeringId });
    expect(forged.status).toBe(403);
    const forgedBack = await postForm(stack, `${path}?/withdraw`, outsider.token, { id: response?.id ?? '' });
    expect(forgedBack.status).toBe(404);
    expect(await responsesTo(opportunityIds.plain, trainer.token)).toHaveLength(1);

    const back = await postForm(stack, `${path}?/withdraw`, trainer.token, { id: response?.id ?? '' });
    expect(back.status).toBe(200);
    expect(back.html).toContain(escaped(e('needs_withdrawn')));
    expect(await responsesTo(opportunityIds.plain, owner.token)).toEqual([]);
  });
});

describe.skipIf(!hasChromium)(`responding to a need in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let browser: Browser;
  const { errors } = useBrowserTab((opened) => ({ browser } = opened));
  const signedIn = (token: string, options: Parameters<Browser['newContext']>[0] = {}) => signedInTab(browser, stack.webUrl, token, errors, options);
  const dataTexts = () => [TITLE, OFFERING, MESSAGE, companyName, providerName, 'Trainer Tina', 'Owner Olga', trainer.user.email];

  it('lets a training provider offer its training for the need wholly in Bulgarian', async () => {
    const { context, tab } = await signedIn(trainer.token, { locale: 'bg-BG' });
    const path = `/bg/opportunities/${opportunityIds.browser}`;
    try {
      // Text typed before the page's script has started may be lost when it hydrates: let it settle.
      await tab.goto(`${stack.webUrl}${path}`, { waitUntil: 'networkidle' });
      expect(await tab.evaluate<string>('document.documentElement.lang')).toBe('bg');
      const respond = tab.getByTestId('respond');
      await respond.getByRole('heading', { level: 2, name: t('needs_respond_heading') }).waitFor();
      expect(await englishShownOn(tab, dataTexts()), `English on ${path}`).toEqual([]);

      const select = respond.getByLabel(t('needs_offering_label'));
      expect(await select.locator('option').allInnerTexts()).toEqual([OFFERING]);
      await select.selectOption({ label: OFFERING });
      await respond.getByLabel(t('needs_message_label')).fill(MESSAGE);
      await respond.getByRole('button', { name: t('needs_submit') }).click();
      await respond.getByText(t('needs_sent', { offering: OFFERING })).waitFor();

      const mine = respond.getByTestId('my-response');
      await mine.getByRole('link', { name: OFFERING }).waitFor();
      await mine.getByText(MESSAGE).waitFor();
      await mine.getByRole('button', { name: t('needs_take_back') }).waitFor();
      await respond.getByText(t('needs_all_offered')).waitFor();
      expect(await englishShownOn(tab, dataTexts()), `English on ${path} (offered)`).toEqual([]);
      await saveScreenshot(tab, 'needs-bg-offered');

      const [stored] = await responsesTo(opportunityIds.browser, trainer.token);
      expect(stored).toMatchObject({ offering: { id: offeringId }, provider: { id: provider.id }, message: MESSAGE });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('shows the company the training offered, with the provider and the message', async () => {
    const { context, tab } = await signedIn(owner.token);
    try {
      await tab.goto(`${stack.webUrl}/opportunities/${opportunityIds.browser}`, { waitUntil: 'networkidle' });
      const section = tab.getByTestId('need-responses');
      await section.getByRole('heading', { level: 2, name: 'Trainings offered for this need' }).waitFor();
      const card = section.getByTestId('need-response');
      expect(await card.count()).toBe(1);
      expect(await card.getByRole('link', { name: OFFERING }).getAttribute('href')).toBe(`/offerings/${offeringId}`);
      expect(await card.getByRole('link', { name: providerName }).getAttribute('href')).toBe(`/organisations/${provider.slug}`);
      await card.getByText(MESSAGE).waitFor();
      await card.getByText(/^Offered on /).waitFor();
      expect(await tab.getByTestId('respond').count()).toBe(0);
      await saveScreenshot(tab, 'needs-en-company');

      await card.getByRole('link', { name: OFFERING }).click();
      await tab.waitForURL(`**/offerings/${offeringId}`);
      await tab.getByRole('heading', { level: 1, name: OFFERING }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('fits a phone 390 px wide without scrolling sideways, and takes the training back there', async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const company = await signedIn(owner.token, { ...phone, locale: 'bg-BG' });
    try {
      await company.tab.goto(`${stack.webUrl}/bg/opportunities/${opportunityIds.browser}`, { waitUntil: 'networkidle' });
      await company.tab.getByTestId('need-response').waitFor();
      expect(await company.tab.evaluate<number>('document.documentElement.scrollWidth'), 'the company’s page').toBeLessThanOrEqual(390);
      expect(await englishShownOn(company.tab, dataTexts()), 'English on the company’s page').toEqual([]);
    } finally {
      await company.context.close();
    }
    const { context, tab } = await signedIn(trainer.token, { ...phone, locale: 'bg-BG' });
    try {
      const path = `/bg/opportunities/${opportunityIds.browser}`;
      await tab.goto(`${stack.webUrl}${path}`, { waitUntil: 'networkidle' });
      const respond = tab.getByTestId('respond');
      await respond.getByTestId('my-response').waitFor();
      expect(await tab.evaluate<number>('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(390);
      await saveScreenshot(tab, 'needs-bg-phone');

      await respond.getByTestId('my-response').getByRole('button', { name: t('needs_take_back') }).tap();
      await respond.getByText(t('needs_withdrawn')).waitFor();
      expect(await respond.getByTestId('my-response').count()).toBe(0);
      // The form offers the training again.
      await respond.getByLabel(t('needs_offering_label')).waitFor();
      expect(await tab.evaluate<number>('document.documentElement.scrollWidth'), `${path} (form)`).toBeLessThanOrEqual(390);
      expect(await englishShownOn(tab, dataTexts()), `English on ${path} (taken back)`).toEqual([]);
      expect(await responsesTo(opportunityIds.browser, owner.token)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);
});
