import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signUpForToken, useBrowserTab, useWebStack } from './support/hooks.ts';
import { CHROMIUM, createOrganisation, hasChromium, PASSWORD, postForm, requestApi, signUpAs, unique, type WebStack } from './support/web-stack.ts';

/**
 * Offerings in the web app, end to end: a training provider creates an offering with the
 * SkillPicker, sees it on its page and on the organisation page; others cannot edit it. Over
 * the production build in front of the real API, over a real database.
 */
let stack: WebStack;
useWebStack((started) => (stack = started));

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

interface OfferingBody {
  id: string;
  title: string;
  kind: string;
  format: string;
  language: string;
  hours: number | null;
  ects: number | null;
  costEur: number | null;
  seats: number | null;
  status: string;
  version: number;
  skills: { uri: string; preferredLabel: string; level: number }[];
}

const api = <T>(method: string, path: string, body?: unknown, token?: string) => requestApi<T>(stack.app, method, path, body, token);

const signUp = (displayName: string) => signUpAs(stack, displayName);

const createProvider = (token: string, name: string) => createOrganisation(stack, token, 'training_provider', name);

describe('offerings in the web app, over HTTP', () => {
  it('builds for production', () => {
    expect(stack.build.status, stack.build.stderr).toBe(0);
  });

  it('sends visitors to sign in, shows others than members a 403 page, and keeps what was typed on errors', async () => {
    const owner = await signUp('Owner Olga');
    const provider = await createProvider(owner.token, `Iztok Academy ${unique()}`);
    const newPath = `/organisations/${provider.slug}/offerings/new`;
    const anonymous = await fetch(`${stack.webUrl}${newPath}`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(newPath)}`);

    const stranger = await signUp('Stranger Stefan');
    const forbidden = await fetch(`${stack.webUrl}${newPath}`, { headers: { cookie: `kc_session=${stranger.token}` } });
    expect(forbidden.status).toBe(403);

    const { status, html } = await postForm(stack, newPath, owner.token, {
      title: '',
      kind: 'course',
      description: 'Kept <b>as typed</b>',
      hours: '0',
      language: 'english',
      format: 'online',
      status: 'published',
      skills: JSON.stringify([{ uri: PYTHON, preferredLabel: 'Python', level: 3, importance: 'essential', source: 'declared' }]),
    });
    expect(status, html.slice(0, 2000)).toBe(400);
    expect(html).toContain('id="off-title-error"');
    expect(html).toContain('id="off-hours-error"');
    expect(html).toContain('id="off-language-error"');
    expect(html).toContain('as typed');
    expect(html).not.toContain('<b>as typed</b>');
    expect(html).toContain(PYTHON);
  });
});

describe.skipIf(!hasChromium)(`offerings in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let tab: Page;
  const email = `tina-${unique()}@example.org`;
  let token = '';
  let provider: { id: string; slug: string };
  let offeringId = '';
  const { errors } = useBrowserTab((opened) => ({ tab } = opened));

  it('signs up and creates a training provider', async () => {
    token = await signUpForToken(tab, stack, { name: 'Tina Trainer', email, password: PASSWORD });
    expect(token).not.toBe('');
    provider = await createProvider(token, `Code Academy ${unique()}`);
  }, 150_000);

  it('creates an offering with a typed skill and shows it', async () => {
    await tab.goto(`${stack.webUrl}/organisations/${provider.slug}`);
    await tab.getByRole('link', { name: 'New offering' }).click();
    await tab.waitForURL('**/offerings/new');
    await tab.getByLabel('Title', { exact: true }).fill('Python for data analysis');
    await tab.getByLabel('Kind', { exact: true }).selectOption('bootcamp');
    await tab.getByLabel('Format', { exact: true }).selectOption('hybrid');
    await tab.getByLabel('Description', { exact: true }).fill('Twelve weeks of hands-on Python.');
    await tab.getByLabel('Language', { exact: true }).fill('sl');
    await tab.getByLabel('Hours', { exact: true }).fill('240');
    await tab.getByLabel('ECTS credits', { exact: true }).fill('6');
    await tab.getByLabel('Cost (EUR)', { exact: true }).fill('1200.5');
    await tab.getByLabel('Seats', { exact: true }).fill('24');
    await tab.getByLabel('Places per year', { exact: true }).fill('96');
    await tab.getByLabel('Starts on', { exact: true }).fill('2027-03-01');
    await tab.getByLabel('Ends on', { exact: true }).fill('2027-05-31');

    const combobox = tab.getByRole('combobox', { name: 'Add a skill' });
    await combobox.pressSequentially('pyton');
    const option = tab.getByRole('listbox', { name: 'Suggested skills' }).getByRole('option').first();
    await option.waitFor();
    await combobox.press('Enter');
    const picked = tab.getByTestId('picked-skill');
    await picked.first().waitFor();
    expect(await picked.count()).toBe(1);
    expect(await tab.getByText(/essential|optional/i).count()).toBe(0);
    await tab.getByLabel(/^Level for /).selectOption('3');

    await tab.getByRole('button', { name: 'Save the offering' }).click();
    await tab.waitForURL(/\/offerings\/[0-9a-f-]{36}$/);
    offeringId = tab.url().split('/').at(-1) ?? '';
    await tab.getByRole('heading', { name: 'Python for data analysis' }).waitFor();

    const saved = await api<OfferingBody>('GET', `/api/v1/offerings/${offeringId}`);
    expect(saved.body).toMatchObject({ kind: 'bootcamp', format: 'hybrid', language: 'sl', hours: 240, ects: 6, costEur: 1200.5, seats: 24, status: 'published' });
    expect(saved.body.skills.map((s) => [s.uri, s.level])).toEqual([[PYTHON, 3]]);
    const skillsSection = tab.locator('section.skills');
    await skillsSection.getByText(saved.body.skills[0]?.preferredLabel ?? 'Python', { exact: true }).waitFor();
    await skillsSection.getByText(/advanced|intermediate|basic|expert/i).first().waitFor();
    await tab.getByRole('link', { name: 'Edit' }).waitFor();

    await tab.goto(`${stack.webUrl}/organisations/${provider.slug}`);
    await tab.getByRole('link', { name: 'Python for data analysis' }).click();
    await tab.waitForURL(`**/offerings/${offeringId}`);
    expect(errors).toEqual([]);
  }, 150_000);

  it('edits the offering, and says so when someone else changed it meanwhile', async () => {
    await tab.getByRole('link', { name: 'Edit' }).click();
    await tab.waitForURL('**/edit');
    await tab.getByLabel('Seats', { exact: true }).fill('30');

    const current = await api<OfferingBody>('GET', `/api/v1/offerings/${offeringId}`);
    const other = await api('PATCH', `/api/v1/offerings/${offeringId}`, { hours: 250, version: current.body.version }, token);
    expect(other.status).toBe(200);

    await tab.getByRole('button', { name: 'Save changes' }).click();
    await tab.getByText('Someone changed this offering since you opened the form').waitFor();
    expect(await tab.getByLabel('Seats', { exact: true }).inputValue()).toBe('30');

    await tab.getByRole('link', { name: 'Reload the page' }).click();
    await tab.waitForLoadState('load');
    await tab.getByLabel('Seats', { exact: true }).fill('30');
    await tab.getByRole('button', { name: 'Save changes' }).click();
    await tab.waitForURL(/\/offerings\/[0-9a-f-]{36}$/);
    const saved = await api<OfferingBody>('GET', `/api/v1/offerings/${offeringId}`);
    expect(saved.body).toMatchObject({ hours: 250, seats: 30 });
    expect(saved.body.skills.map((s) => s.uri)).toEqual([PYTHON]);
    expect(errors).toEqual([]);
  }, 150_000);

  it('shows a non-member a 403 page on the edit page and no Edit link', async () => {
    const stranger = await signUp('Stranger Sara');
    const edit = await fetch(`${stack.webUrl}/offerings/${offeringId}/edit`, { headers: { cookie: `kc_session=${stranger.token}` } });
    expect(edit.status).toBe(403);
    const page = await (await fetch(`${stack.webUrl}/offerings/${offeringId}`, { headers: { cookie: `kc_session=${stranger.token}` } })).text();
    expect(page).toContain('Python for data analysis');
    expect(page).not.toContain(`/offerings/${offeringId}/edit`);
  });
});
