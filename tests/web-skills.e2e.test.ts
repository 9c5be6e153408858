import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, signUpForToken, useBrowserTab, useWebStack } from './support/hooks.ts';
import { CHROMIUM, createOrganisation, hasChromium, PASSWORD, postForm, requestApi, signUpAs, unique, type WebStack } from './support/web-stack.ts';

/**
 * Choosing skills in the web app, end to end: the SkillPicker in the opportunity form and on
 * /account, over the production build in front of the real API (suggestions and extraction
 * through the web's same-origin proxy), over a real database.
 */
let stack: WebStack;
useWebStack((started) => (stack = started));

const SKILLS = {
  python: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
  sql: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
  javascript: 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7',
};

interface RequiredSkillBody {
  uri: string;
  preferredLabel: string;
  level: number;
  importance: string;
}

const api = <T>(method: string, path: string, body?: unknown, token?: string) => requestApi<T>(stack.app, method, path, body, token);

const signUp = (displayName: string, student = false) => signUpAs(stack, displayName, student ? 'private' : undefined);

const createCompany = (token: string, name: string) => createOrganisation(stack, token, 'company', name);

describe('skills in the web app, over HTTP', () => {
  it('builds for production', () => {
    expect(stack.build.status, stack.build.stderr).toBe(0);
  });

  it('proxies skill suggestions and extraction on the same origin', async () => {
    const suggest = (await (await fetch(`${stack.webUrl}/api-proxy/skills/suggest?q=javascrpt`)).json()) as { items: { uri: string; matchedLabel: string }[] };
    expect(suggest.items[0]?.uri).toBe(SKILLS.javascript);

    const res = await fetch(`${stack.webUrl}/api-proxy/skills/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: stack.webUrl },
      body: JSON.stringify({ text: 'We need SQL and Python skills.' }),
    });
    expect(res.status).toBe(200);
    const extracted = (await res.json()) as { skills: { uri: string; spans: { start: number; end: number }[] }[] };
    expect(extracted.skills.map((s) => s.uri)).toEqual(expect.arrayContaining([SKILLS.sql, SKILLS.python]));
  });

  it('sends visitors to sign in and shows others than members a 403 page', async () => {
    const owner = await signUp('Owner Olga');
    const organisation = await createCompany(owner.token, `Iztok Data ${unique()}`);
    const anonymous = await fetch(`${stack.webUrl}/organisations/${organisation.slug}/opportunities/new`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(`/organisations/${organisation.slug}/opportunities/new`)}`);

    const stranger = await signUp('Stranger Stefan');
    const forbidden = await fetch(`${stack.webUrl}/organisations/${organisation.slug}/opportunities/new`, { headers: { cookie: `kc_session=${stranger.token}` } });
    expect(forbidden.status).toBe(403);

    const created = await api<{ id: string }>('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'job', title: 'Data engineer', status: 'open' }, owner.token);
    const editForbidden = await fetch(`${stack.webUrl}/opportunities/${created.body.id}/edit`, { headers: { cookie: `kc_session=${stranger.token}` } });
    expect(editForbidden.status).toBe(403);
    const page = await (await fetch(`${stack.webUrl}/opportunities/${created.body.id}`, { headers: { cookie: `kc_session=${stranger.token}` } })).text();
    expect(page).not.toContain(`/opportunities/${created.body.id}/edit`);
  });

  it('keeps the chosen skills and what was typed when the form is sent without JavaScript and fails', async () => {
    const owner = await signUp('Owner Pavel');
    const organisation = await createCompany(owner.token, `Mladost Labs ${unique()}`);
    const { status, html } = await postForm(stack, `/organisations/${organisation.slug}/opportunities/new`, owner.token, {
      title: '',
      kind: 'job',
      description: 'Kept <b>as typed</b>',
      headcount: '0',
      workMode: 'remote',
      location: '',
      startsOn: '',
      deadline: '',
      status: 'open',
      skills: JSON.stringify([{ uri: SKILLS.python, preferredLabel: 'Python', level: 3, importance: 'optional', source: 'declared' }]),
    });
    expect(status, html.slice(0, 2000)).toBe(400);
    expect(html).toContain('id="opp-title-error"');
    expect(html).toContain('id="opp-headcount-error"');
    expect(html).toContain('as typed');
    expect(html).not.toContain('<b>as typed</b>');
    // The hidden field keeps the skill; the chip is rendered on the server.
    expect(html).toContain(SKILLS.python);
    expect(html).toMatch(/data-testid="picked-skill"/);
  });
});

describe.skipIf(!hasChromium)(`skills in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let tab: Page;
  const email = `nora-${unique()}@example.org`;
  let token = '';
  let organisation: { id: string; slug: string };
  let opportunityId = '';
  const { errors } = useBrowserTab((opened) => ({ tab } = opened));

  it('signs up and creates an organisation', async () => {
    token = await signUpForToken(tab, stack, { name: 'Nora Nikolova', email, password: PASSWORD, student: { visibility: 'Only me' } });
    expect(token).not.toBe('');
    organisation = await createCompany(token, `Studentski Grad Software ${unique()}`);
  }, 150_000);

  it('creates an opportunity with typed and extracted skills', async () => {
    await tab.goto(`${stack.webUrl}/organisations/${organisation.slug}`);
    await tab.getByRole('link', { name: 'New opportunity' }).click();
    await tab.waitForURL('**/opportunities/new');
    await tab.getByLabel('Title', { exact: true }).fill('Full-stack developer');
    await tab.getByLabel('Description', { exact: true }).fill('Build our booking platform.');

    const combobox = tab.getByRole('combobox', { name: 'Add a skill' });
    await combobox.pressSequentially('javascrpt');
    const option = tab.getByRole('listbox', { name: 'Suggested skills' }).getByRole('option').first();
    await option.getByText('JavaScript', { exact: true }).waitFor();
    expect(await combobox.getAttribute('aria-expanded')).toBe('true');
    // Nothing is highlighted until ↓: then the first suggestion is, and Enter picks it.
    expect(await combobox.getAttribute('aria-activedescendant')).toBeNull();
    await combobox.press('ArrowDown');
    expect(await combobox.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await combobox.press('ArrowDown');
    await combobox.press('ArrowUp');
    expect(await combobox.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await combobox.press('Enter');
    const picked = tab.getByTestId('picked-skill');
    await picked.filter({ hasText: 'JavaScript' }).waitFor();
    expect(await combobox.inputValue()).toBe('');

    await tab.getByRole('button', { name: 'Paste a text' }).click();
    await tab.getByLabel(/we find the skills in it/).fill('We need SQL and Python skills.');
    await tab.getByRole('button', { name: 'Find skills in the text' }).click();
    await tab.getByRole('button', { name: 'Accept all' }).waitFor();
    const marks = await tab.getByTestId('analysed-text').locator('mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['SQL', 'Python']));
    expect(await tab.getByTestId('analysed-text').textContent()).toBe('We need SQL and Python skills.');
    // The confident skills come first, each with how sure the match is; the rest wait behind "Show more".
    const found = tab.getByRole('list', { name: 'Skills found in the text' }).getByTestId('extracted-skill');
    expect(await found.first().textContent()).toMatch(/Python.*strong/s);
    expect(await found.filter({ hasText: 'SQL' }).first().getByTestId('skill-strength').textContent()).toMatch(/strong|likely/);
    await tab.getByRole('button', { name: /^Show more \(\d+\)$/ }).waitFor();
    expect(await tab.getByRole('list', { name: 'Less certain skills found in the text' }).isVisible()).toBe(false);
    await tab.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => picked.count()).toBeGreaterThanOrEqual(3);

    await tab.getByLabel('Level for JavaScript').selectOption('4');
    await tab.getByLabel('Importance of SQL', { exact: true }).selectOption('optional');

    await tab.getByRole('button', { name: 'Publish the opportunity' }).click();
    await tab.waitForURL(/\/opportunities\/[0-9a-f-]{36}$/);
    opportunityId = tab.url().split('/').at(-1) ?? '';
    await tab.getByRole('heading', { name: 'Full-stack developer' }).waitFor();
    const skillsSection = tab.locator('section.skills');
    await skillsSection.getByText('JavaScript').waitFor();
    await skillsSection.getByText(/SQL/).first().waitFor();
    await skillsSection.getByText(/Python/).first().waitFor();

    const saved = await api<{ skills: RequiredSkillBody[] }>('GET', `/api/v1/opportunities/${opportunityId}`);
    const byUri = new Map(saved.body.skills.map((s) => [s.uri, s]));
    expect(byUri.get(SKILLS.javascript)).toMatchObject({ level: 4, importance: 'essential' });
    expect(byUri.get(SKILLS.sql)).toMatchObject({ level: 2, importance: 'optional' });
    expect(byUri.get(SKILLS.python)).toMatchObject({ level: 2, importance: 'essential' });
    expect(errors).toEqual([]);
  }, 150_000);

  it('edits the opportunity, and says so when someone else changed it meanwhile', async () => {
    await tab.getByRole('link', { name: 'Edit' }).click();
    await tab.waitForURL('**/edit');
    const picked = tab.getByTestId('picked-skill');
    const before = await api<{ skills: RequiredSkillBody[] }>('GET', `/api/v1/opportunities/${opportunityId}`);
    const total = before.body.skills.length;
    const python = before.body.skills.find((s) => s.uri === SKILLS.python)?.preferredLabel ?? 'Python';
    await expect.poll(() => picked.count()).toBe(total);
    await tab.getByRole('button', { name: `Remove ${python}`, exact: true }).click();
    await expect.poll(() => picked.count()).toBe(total - 1);

    // Someone else saves first.
    const current = await api<{ version: number }>('GET', `/api/v1/opportunities/${opportunityId}`);
    const other = await api('PATCH', `/api/v1/opportunities/${opportunityId}`, { headcount: 2, version: current.body.version }, token);
    expect(other.status).toBe(200);

    await tab.getByRole('button', { name: 'Save changes' }).click();
    await tab.getByText('Someone changed this opportunity since you opened the form').waitFor();
    expect(await picked.count()).toBe(total - 1);

    await tab.getByRole('link', { name: 'Reload the page' }).click();
    await tab.waitForLoadState('load');
    await expect.poll(() => picked.count()).toBe(total);
    await tab.getByRole('button', { name: `Remove ${python}`, exact: true }).click();
    await tab.getByRole('button', { name: 'Save changes' }).click();
    await tab.waitForURL(/\/opportunities\/[0-9a-f-]{36}$/);
    const saved = await api<{ skills: RequiredSkillBody[]; headcount: number }>('GET', `/api/v1/opportunities/${opportunityId}`);
    expect(saved.body.headcount).toBe(2);
    const uris = saved.body.skills.map((s) => s.uri);
    expect(uris).toHaveLength(total - 1);
    expect(uris).toEqual(expect.arrayContaining([SKILLS.javascript, SKILLS.sql]));
    expect(uris).not.toContain(SKILLS.python);
    expect(errors).toEqual([]);
  }, 150_000);

  it('saves the student skills on /account with their source', async () => {
    // Typing before the page's script has started may be lost when it hydrates: let it settle.
    await tab.goto(`${stack.webUrl}/account`, { waitUntil: 'networkidle' });
    const combobox = tab.getByRole('combobox', { name: 'Add a skill' });
    await combobox.pressSequentially('javascrpt');
    await tab.getByRole('listbox', { name: 'Suggested skills' }).getByRole('option').first().getByText('JavaScript', { exact: true }).waitFor();
    await combobox.press('Enter');
    await tab.getByRole('button', { name: 'Paste a text' }).click();
    await tab.getByLabel(/we find the skills in it/).fill('I write Python every day.');
    await tab.getByRole('button', { name: 'Find skills in the text' }).click();
    await tab.getByRole('button', { name: /Accept Python/ }).click();
    await tab.getByLabel('Level for JavaScript').selectOption('3');
    await tab.getByRole('button', { name: 'Save my skills' }).click();
    await tab.getByText('Saved. Your profile lists 2 skills.').waitFor();

    const me = await api<{ profileId: string }>('GET', '/api/v1/me', undefined, token);
    const profile = await api<{ skills: { uri: string; level: number; source: string }[] }>('GET', `/api/v1/students/${me.body.profileId}`, undefined, token);
    const byUri = new Map(profile.body.skills.map((s) => [s.uri, s]));
    expect(byUri.get(SKILLS.javascript)).toMatchObject({ level: 3, source: 'declared' });
    expect(byUri.get(SKILLS.python)).toMatchObject({ source: 'extracted' });
    expect(errors).toEqual([]);
  }, 150_000);

  it('shows the confident skills first with their strength, folds near-duplicates, and keeps the rest behind "Show more"', async () => {
    await tab.goto(`${stack.webUrl}/account`, { waitUntil: 'networkidle' });
    await tab.getByRole('button', { name: 'Paste a text' }).click();
    await tab.getByLabel(/we find the skills in it/).fill('Strong English skills, written and spoken English. We build with React and Docker.');
    await tab.getByRole('button', { name: 'Find skills in the text' }).click();
    const confident = tab.getByRole('list', { name: 'Skills found in the text' });
    await confident.getByTestId('extracted-skill').first().waitFor();
    const labels = (await confident.getByTestId('extracted-skill').locator(':scope > span:first-child').allTextContents()).map((t) => t.trim());
    expect(labels).toEqual(expect.arrayContaining(['English', 'React', 'Docker']));
    // Five kinds of English are one skill, the others a click away; "React" is the library, not a verb.
    expect(labels.filter((label) => /English/.test(label))).toEqual(['English']);
    expect(labels.filter((label) => /^react /i.test(label))).toEqual([]);
    for (const strength of await confident.getByTestId('skill-strength').allTextContents()) expect(strength.trim()).toMatch(/^(strong|likely)$/);
    const english = confident.getByTestId('extracted-skill').filter({ hasText: 'English' }).first();
    await english.getByText(/^\d+ similar$/).click();
    await english.getByRole('list', { name: 'Skills similar to English' }).getByText('write English', { exact: true }).waitFor();

    const more = tab.getByRole('button', { name: /^Show more \(\d+\)$/ });
    const lessSure = tab.getByRole('list', { name: 'Less certain skills found in the text' });
    expect(await lessSure.isVisible()).toBe(false);
    await more.click();
    await lessSure.waitFor();
    expect(await lessSure.getByTestId('extracted-skill').count()).toBeGreaterThan(0);
    await saveScreenshot(tab, 'skills-en-extracted');
    for (const strength of await lessSure.getByTestId('skill-strength').allTextContents()) expect(strength.trim()).toBe('possible');
    await tab.getByRole('button', { name: 'Show fewer' }).click();
    expect(await lessSure.isVisible()).toBe(false);
    expect(await tab.getByTestId('latin-names-notice').count()).toBe(0);

    // A Bulgarian CV: the names in Latin letters are found, and the page says that is all it reads.
    await tab.getByLabel(/we find the skills in it/).fill('Имам опит с JavaScript, Python, PostgreSQL и Git, както и с Kubernetes (k8s).');
    await tab.getByRole('button', { name: 'Find skills in the text' }).click();
    await tab.getByTestId('latin-names-notice').waitFor();
    expect(await tab.getByTestId('latin-names-notice').textContent()).toContain('Bulgarian sentences are not understood yet');
    await confident.getByTestId('extracted-skill').filter({ hasText: 'Kubernetes' }).waitFor();
    const names = (await confident.getByTestId('extracted-skill').locator(':scope > span:first-child').allTextContents()).map((t) => t.trim());
    expect(names).toEqual(expect.arrayContaining(['JavaScript', 'Python (computer programming)', 'PostgreSQL', 'Git', 'Kubernetes']));
    expect(await tab.getByTestId('analysed-text').locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Kubernetes', 'k8s', 'Git']));
    await saveScreenshot(tab, 'skills-en-bulgarian-text');
    expect(errors).toEqual([]);
  }, 150_000);
});
