import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signedInTab, useBrowserTab, useWebStack } from './support/hooks.ts';
import { CHROMIUM, createOrganisation, hasChromium, postForm, requestApi, signUpAs, unique, type SignedInUser, type WebStack } from './support/web-stack.ts';
import { messageCatalogue, messageText } from './support/messages.ts';

/**
 * Occupations in the web app, end to end: a new posting gets one suggested from its title, which
 * its organisation sees on its page and changes on the edit form by looking another up; a
 * student keeps the occupations they aim at on the account page and opens the gap view from
 * them. In English and Bulgarian, and on a phone. Over the production build in front of the real API.
 */
const SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
const SOFTWARE_DEVELOPER_BG = 'разработчик на софтуер';

let stack: WebStack;
let owner: SignedInUser;
let student: SignedInUser;
let company: { id: string; slug: string };
let opportunityId = '';

useWebStack(async (started) => {
  stack = started;
  owner = await signUpAs(stack, 'Owner Olga');
  company = await createOrganisation(stack, owner.token, 'company', `Lozenets Code ${unique()}`);
  student = await signUpAs(stack, 'Student Mira', 'public');
});

const en = messageCatalogue('en');
const bg = messageCatalogue('bg');
/** An interface text by its key, with its parameters filled in. */
const e = (key: string, params?: Record<string, string>) => messageText(en, key, params);
const t = (key: string, params?: Record<string, string>) => messageText(bg, key, params);

describe('occupation forms, without JavaScript', () => {
  it('builds for production', () => {
    expect(stack.build.status, stack.build.stderr).toBe(0);
  });

  it('looks occupations up on the new-posting form without saving, keeping what was typed', async () => {
    const { status, html } = await postForm(stack, `/organisations/${company.slug}/opportunities/new`, owner.token, {
      title: 'Software developer',
      kind: 'job',
      description: 'Kept as typed',
      headcount: '1',
      workMode: 'remote',
      status: 'open',
      skills: '[]',
      occupationUri: '',
      occupationQuery: 'web developer',
      intent: 'find-occupations',
    });
    expect(status, html.slice(0, 2000)).toBe(200);
    expect(html).toContain('value="Software developer"');
    expect(html).toContain('Kept as typed');
    expect(html).toContain(e('opportunity_occupation_found_status', { q: 'web developer' }));
    // What fits the title is offered too.
    expect(html).toContain(`value="${SOFTWARE_DEVELOPER}"`);
    // Nothing was published.
    const listed = await requestApi<{ total: number }>(stack.app, 'GET', `/api/v1/opportunities?organisationId=${company.id}`);
    expect(listed.status).toBe(200);
    expect(listed.body.total).toBe(0);
  });

  it('opens the edit form with the saved occupation chosen, the ones that fit the title offered, and none', async () => {
    const created = await requestApi<{ id: string }>(
      stack.app,
      'POST',
      '/api/v1/opportunities',
      { organisationId: company.id, kind: 'job', title: 'Software developer', status: 'draft', occupationUri: SOFTWARE_DEVELOPER },
      owner.token,
    );
    expect(created.status).toBe(201);
    const res = await fetch(`${stack.webUrl}/opportunities/${created.body.id}/edit`, { headers: { cookie: `kc_session=${owner.token}` } });
    const html = await res.text();
    expect(res.status, html.slice(0, 3000)).toBe(200);
    expect(html).toMatch(new RegExp(`<option value="${SOFTWARE_DEVELOPER}" selected`));
    expect(html).toContain('<option value="none"');
    expect(html).not.toContain(e('opportunity_occupation_auto'));
    const deleted = await stack.app.request(`/api/v1/opportunities/${created.body.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${owner.token}` } });
    expect(deleted.status).toBe(204);
  });
});

describe.skipIf(!hasChromium)(`occupations in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let browser: Browser;
  const { errors } = useBrowserTab((opened) => ({ browser } = opened));

  const signedIn = (token: string, options: Parameters<Browser['newContext']>[0] = {}) => signedInTab(browser, stack.webUrl, token, errors, options);

  it('suggests an occupation for a new posting, shows it on its page in both languages, and changes it on the edit form', async () => {
    const { context, tab } = await signedIn(owner.token);
    try {
      await tab.goto(`${stack.webUrl}/organisations/${company.slug}/opportunities/new`, { waitUntil: 'networkidle' });
      await tab.getByText(e('opportunity_occupation_hint_new')).waitFor();
      const select = tab.getByRole('combobox', { name: e('opportunity_occupation'), exact: true });
      expect(await select.inputValue()).toBe('');
      await tab.getByLabel('Title', { exact: true }).fill('Software developer');
      await tab.getByRole('button', { name: e('opportunity_publish') }).click();
      await tab.waitForURL(/\/opportunities\/[0-9a-f-]{36}$/);
      opportunityId = new URL(tab.url()).pathname.split('/').at(-1) ?? '';

      const stored = await requestApi<{ occupation: { uri: string } | null }>(stack.app, 'GET', `/api/v1/opportunities/${opportunityId}`);
      expect(stored.body.occupation?.uri).toBe(SOFTWARE_DEVELOPER);
      const shown = tab.getByTestId('opportunity-occupation');
      const link = shown.getByRole('link', { name: 'software developer', exact: true });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`/me/gap?occupation=${encodeURIComponent(SOFTWARE_DEVELOPER)}`);

      // In Bulgarian, by its Bulgarian name.
      await tab.goto(`${stack.webUrl}/bg/opportunities/${opportunityId}`);
      const bgLink = tab.getByTestId('opportunity-occupation').getByRole('link', { name: SOFTWARE_DEVELOPER_BG, exact: true });
      await bgLink.waitFor();
      expect(await bgLink.getAttribute('href')).toBe(`/bg/me/gap?occupation=${encodeURIComponent(SOFTWARE_DEVELOPER)}`);

      // The edit form opens with it chosen; another is looked up and chosen instead.
      await tab.goto(`${stack.webUrl}/en/opportunities/${opportunityId}/edit`, { waitUntil: 'networkidle' });
      const editSelect = tab.getByRole('combobox', { name: e('opportunity_occupation'), exact: true });
      expect(await editSelect.inputValue()).toBe(SOFTWARE_DEVELOPER);
      await tab.getByLabel(e('opportunity_occupation_find_label')).fill('web developer');
      await tab.getByRole('button', { name: e('opportunity_occupation_find') }).click();
      await tab.getByRole('status').filter({ hasText: e('opportunity_occupation_found_status', { q: 'web developer' }) }).waitFor();
      // The saved one first, then what was found.
      const found = editSelect.locator('option').nth(1);
      // What was typed and chosen stays as it was.
      expect(await tab.getByLabel('Title', { exact: true }).inputValue()).toBe('Software developer');
      expect(await editSelect.inputValue()).toBe(SOFTWARE_DEVELOPER);
      const other = { uri: (await found.getAttribute('value')) ?? '', name: (await found.innerText()).trim() };
      expect(other.uri).not.toBe(SOFTWARE_DEVELOPER);
      await editSelect.selectOption(other.uri);
      await tab.getByRole('button', { name: e('form_save_changes') }).click();
      await tab.waitForURL(`**/opportunities/${opportunityId}`);
      await tab.getByTestId('opportunity-occupation').getByRole('link', { name: other.name, exact: true }).waitFor();
      const changed = await requestApi<{ occupation: { uri: string } | null }>(stack.app, 'GET', `/api/v1/opportunities/${opportunityId}`);
      expect(changed.body.occupation?.uri).toBe(other.uri);

      // And cleared.
      await tab.goto(`${stack.webUrl}/en/opportunities/${opportunityId}/edit`, { waitUntil: 'networkidle' });
      await tab.getByRole('combobox', { name: e('opportunity_occupation'), exact: true }).selectOption('none');
      await tab.getByRole('button', { name: e('form_save_changes') }).click();
      await tab.waitForURL(`**/opportunities/${opportunityId}`);
      expect((await tab.getByTestId('opportunity-occupation').innerText()).trim()).toBe('—');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('lets a company close a posting unfilled in Bulgarian and say why, which nobody outside it sees', async () => {
    const created = await requestApi<{ id: string; version: number }>(stack.app, 'POST', '/api/v1/opportunities', { organisationId: company.id, kind: 'job', title: 'Data engineer', status: 'open' }, owner.token);
    expect(created.status).toBe(201);
    const id = created.body.id;
    const { context, tab } = await signedIn(owner.token, { locale: 'bg-BG' });
    try {
      await tab.goto(`${stack.webUrl}/bg/opportunities/${id}/edit`, { waitUntil: 'networkidle' });
      await tab.getByLabel(t('opportunities_status'), { exact: true }).selectOption({ label: t('opportunity_status_closed') });
      const cause = tab.getByLabel(t('opportunity_unfilled_cause'));
      expect(await cause.inputValue()).toBe('');
      await cause.selectOption({ label: t('unfilled_cause_pay_or_conditions') });
      await tab.getByRole('button', { name: t('form_save_changes') }).click();
      await tab.waitForURL(`**/bg/opportunities/${id}`);
      const stored = await requestApi<{ status: string; unfilledCause?: string | null }>(stack.app, 'GET', `/api/v1/opportunities/${id}`, undefined, owner.token);
      expect(stored.body).toMatchObject({ status: 'closed', unfilledCause: 'pay_or_conditions' });
      // The form opens again with the answer given.
      await tab.goto(`${stack.webUrl}/bg/opportunities/${id}/edit`, { waitUntil: 'networkidle' });
      expect(await tab.getByLabel(t('opportunity_unfilled_cause')).inputValue()).toBe('pay_or_conditions');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    // Visitors and other people read the posting, not why it went unfilled.
    for (const token of [undefined, student.token]) {
      const html = await (await fetch(`${stack.webUrl}/bg/opportunities/${id}`, token ? { headers: { cookie: `kc_session=${token}` } } : {})).text();
      expect(html).toContain('Data engineer');
      expect(html).not.toContain(t('unfilled_cause_pay_or_conditions'));
      const read = await requestApi<Record<string, unknown>>(stack.app, 'GET', `/api/v1/opportunities/${id}`, undefined, token);
      expect(read.body).not.toHaveProperty('unfilledCause');
    }
    const edit = await fetch(`${stack.webUrl}/bg/opportunities/${id}/edit`, { headers: { cookie: `kc_session=${student.token}` } });
    expect(edit.status).toBe(403);
  }, 150_000);

  it('lets a student add an occupation they aim at on the account page, in Bulgarian, and open the gap view from it', async () => {
    const { context, tab } = await signedIn(student.token, { locale: 'bg-BG' });
    try {
      await tab.goto(`${stack.webUrl}/bg/account`, { waitUntil: 'networkidle' });
      await tab.getByRole('heading', { level: 2, name: t('account_occupations') }).waitFor();
      await tab.getByText(t('account_occupations_none')).waitFor();
      await tab.getByRole('searchbox', { name: t('account_occupations_find_label') }).fill(SOFTWARE_DEVELOPER_BG);
      await tab.getByRole('button', { name: t('account_occupations_find') }).click();
      await tab.waitForURL((url) => url.searchParams.get('occupationQuery') === SOFTWARE_DEVELOPER_BG);
      const results = tab.getByRole('list', { name: t('account_occupations_found', { q: SOFTWARE_DEVELOPER_BG }) });
      await results.getByRole('button', { name: t('account_occupations_add_named', { name: SOFTWARE_DEVELOPER_BG }), exact: true }).click();
      await tab.getByText(t('account_occupations_saved_one', { count: '1' })).waitFor();
      const targets = tab.getByTestId('target-occupations');
      const target = targets.getByRole('link', { name: SOFTWARE_DEVELOPER_BG, exact: true });
      await target.waitFor();
      expect(await target.getAttribute('href')).toBe(`/bg/me/gap?occupation=${encodeURIComponent(SOFTWARE_DEVELOPER)}`);
      await results.getByText(t('account_occupations_added')).first().waitFor();
      expect(errors, 'after adding').toEqual([]);
      const saved = await requestApi<{ targetOccupations: { uri: string }[] }>(stack.app, 'GET', `/api/v1/students/${student.user.profileId}`, undefined, student.token);
      expect(saved.body.targetOccupations.map((o) => o.uri)).toEqual([SOFTWARE_DEVELOPER]);

      // The gap view offers it as a one-click choice.
      await tab.goto(`${stack.webUrl}/bg/me/gap`);
      await tab.getByTestId('gap-targets').getByRole('link', { name: SOFTWARE_DEVELOPER_BG, exact: true }).click();
      await tab.waitForURL((url) => url.searchParams.get('occupation') === SOFTWARE_DEVELOPER);
      await tab.getByRole('heading', { level: 2, name: t('gap_fit_now') }).waitFor();
      expect(await tab.getByTestId('gap-targets').getByRole('link', { name: SOFTWARE_DEVELOPER_BG }).getAttribute('aria-current')).toBe('page');

      // And removed again from the account page.
      await tab.goto(`${stack.webUrl}/bg/account`, { waitUntil: 'networkidle' });
      await tab.getByRole('button', { name: t('account_occupations_remove_named', { name: SOFTWARE_DEVELOPER_BG }) }).click();
      await tab.getByText(t('account_occupations_none')).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('fits a phone 390 px wide without scrolling sideways', async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const ownerTab = await signedIn(owner.token, phone);
    const studentTab = await signedIn(student.token, phone);
    try {
      const pages: [Page, string][] = [
        [ownerTab.tab, `/organisations/${company.slug}/opportunities/new`],
        [ownerTab.tab, `/opportunities/${opportunityId}/edit`],
        [ownerTab.tab, `/opportunities/${opportunityId}`],
        [studentTab.tab, `/account?occupationQuery=${encodeURIComponent('software developer')}`],
        [studentTab.tab, `/me/gap?occupation=${encodeURIComponent(SOFTWARE_DEVELOPER)}`],
      ];
      for (const [on, path] of pages) {
        await on.goto(`${stack.webUrl}${path}`, { waitUntil: 'networkidle' });
        await on.locator('h1').waitFor();
        const widths = await on.evaluate<{ scroll: number; client: number }>('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');
        expect(widths.scroll, path).toBeLessThanOrEqual(widths.client);
      }
    } finally {
      await ownerTab.context.close();
      await studentTab.context.close();
    }
  }, 150_000);
});
