import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signedInTab, useBrowserTab, useWebStack } from './support/hooks.ts';
import { CHROMIUM, createOrganisation, hasChromium, requestApi, signUpAs, unique, type SignedInUser, type WebStack } from './support/web-stack.ts';
import { englishShownOn, messageCatalogue } from './support/messages.ts';

/**
 * Matching in the web app, end to end: a company's members see ranked candidates with the same
 * fit explanation a student sees on "Fits you" and in the gap view, with its learning path;
 * opportunities list the trainings that teach their skills and offerings the needs they cover.
 * In English and Bulgarian, and on a phone. Over the production build in front of the real API.
 */
const PROGRAMMING = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97';
/** Narrower than computer programming. */
const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const PROJECT_MANAGEMENT = 'http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388';
const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';

const TITLES = {
  job: 'Стажант програмист',
  upskilling: 'Преквалификация по програмиране',
  offering: 'Курс по програмиране и бази данни',
};
const STUDENT_NAME = 'Мира Петрова';

let stack: WebStack;
let owner: SignedInUser;
let student: SignedInUser;
let stranger: SignedInUser;
let expert: SignedInUser;
let jobId = '';
let upskillingId = '';
let offeringId = '';
let profileId = '';
/** Text that may be English on a Bulgarian page: what people entered and ESCO's labels. */
const dataTexts: string[] = [];

const api = <T>(method: string, path: string, body?: unknown, token?: string) => requestApi<T>(stack.app, method, path, body, token);

async function created(path: string, body: unknown, token: string): Promise<{ id: string }> {
  const res = await api<{ id: string }>('POST', path, body, token);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Polls an API read until `ready`: the outbox worker indexes what matching shortlists in the background. */
async function waitFor<T>(path: string, ready: (body: T) => boolean, token?: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    const res = await api<T>('GET', path, undefined, token);
    last = res.body;
    if (res.status === 200 && ready(res.body)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`GET ${path} never answered as expected; last answer: ${JSON.stringify(last).slice(0, 1000)}`);
}

useWebStack(async (started) => {
  stack = started;
  owner = await signUpAs(stack, 'Owner Olga');
  const company = await createOrganisation(stack, owner.token, 'company', `Витоша Софтуер ${unique()}`);
  const provider = await createOrganisation(stack, owner.token, 'training_provider', `Академия Изток ${unique()}`);
  jobId = (
    await created(
      '/api/v1/opportunities',
      {
        organisationId: company.id,
        kind: 'internship',
        title: TITLES.job,
        description: 'Работа по вътрешни инструменти.',
        status: 'open',
        skills: [
          { uri: PROGRAMMING, level: 3, importance: 'essential' },
          { uri: PROJECT_MANAGEMENT, level: 2, importance: 'optional' },
          { uri: SQL, level: 2, importance: 'optional' },
        ],
      },
      owner.token,
    )
  ).id;
  upskillingId = (
    await created(
      '/api/v1/opportunities',
      { organisationId: company.id, kind: 'upskilling', title: TITLES.upskilling, status: 'open', skills: [{ uri: PROGRAMMING, level: 2, importance: 'essential' }] },
      owner.token,
    )
  ).id;
  offeringId = (
    await created(
      '/api/v1/offerings',
      {
        providerId: provider.id,
        kind: 'course',
        status: 'published',
        title: TITLES.offering,
        description: 'Осем седмици практика.',
        language: 'bg',
        format: 'online',
        hours: 60,
        costEur: 400,
        skills: [
          { uri: PROGRAMMING, level: 3 },
          { uri: SQL, level: 2 },
        ],
      },
      owner.token,
    )
  ).id;
  student = await signUpAs(stack, STUDENT_NAME);
  profileId = (
    await created(
      '/api/v1/students',
      {
        visibility: 'public',
        headline: 'Студентка по информатика',
        programme: 'Информатика',
        institutionName: 'Софийски университет',
        studyYear: 3,
        availability: 'part_time',
        district: 'Lozenets',
        skills: [
          { uri: PYTHON, level: 2 },
          { uri: PROJECT_MANAGEMENT, level: 3 },
        ],
      },
      student.token,
    )
  ).id;
  stranger = await signUpAs(stack, 'Stranger Stefan');
  expert = await signUpAs(stack, 'Expert Emil');
  await created(
    '/api/v1/students',
    {
      visibility: 'private',
      skills: [
        { uri: PROGRAMMING, level: 4 },
        { uri: PROJECT_MANAGEMENT, level: 4 },
        { uri: SQL, level: 4 },
      ],
    },
    expert.token,
  );
  await waitFor<{ total: number }>(`/api/v1/opportunities/${jobId}/candidates`, (b) => b.total > 0, owner.token);
  await waitFor<{ total: number }>('/api/v1/me/opportunities', (b) => b.total >= 2, student.token);
  await waitFor<{ total: number }>(`/api/v1/opportunities/${upskillingId}/offerings`, (b) => b.total > 0);
  const skills = await api<{ skills: { preferredLabel: string }[] }>('GET', `/api/v1/opportunities/${jobId}`);
  dataTexts.push(...skills.body.skills.map((s) => s.preferredLabel), 'Python', STUDENT_NAME, company.slug, provider.slug);
});

const bg = messageCatalogue('bg');
/** A Bulgarian text by its key. */
const t = (key: string): string => {
  const text = bg[key];
  if (!text) throw new Error(`no Bulgarian text for ${key}`);
  return text;
};

describe('matching pages, over HTTP', () => {
  it('builds for production', () => {
    expect(stack.build.status, stack.build.stderr).toBe(0);
  });

  it('shows a 403 page on the candidates address to someone outside the organisation, and sends visitors to sign in', async () => {
    const path = `/opportunities/${jobId}/candidates`;
    const forbidden = await fetch(`${stack.webUrl}${path}`, { headers: { cookie: `kc_session=${stranger.token}` } });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain('can see the candidates for its opportunities');
    const anonymous = await fetch(`${stack.webUrl}${path}`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    const hidden = await fetch(`${stack.webUrl}/students/00000000-0000-4000-8000-000000000000`);
    expect(hidden.status).toBe(404);
  });

  const html = async (path: string, token: string) => {
    const res = await fetch(`${stack.webUrl}${path}`, { headers: { cookie: `kc_session=${token}` } });
    expect(res.status, path).toBe(200);
    return res.text();
  };

  it('says what to do when there is nothing to match: no profile skills, nothing left to learn, an unknown occupation', async () => {
    const fits = await html('/opportunities?order=fit', stranger.token);
    expect(fits).toContain('You have no student profile yet');
    expect(fits).toContain('href="/account#skills-heading"');
    const full = await html(`/me/gap?opportunity=${jobId}`, expert.token);
    expect(full).toContain('Fit 100/100');
    expect(full).toContain('Nothing to learn: your skills already fit this fully.');
    const unknown = await html(`/me/gap?occupation=${encodeURIComponent('http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000')}`, expert.token);
    expect(unknown).toContain('There is no ESCO occupation at that address');
  });
});

describe.skipIf(!hasChromium)(`matching in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let browser: Browser;
  const { errors } = useBrowserTab((opened) => ({ browser } = opened));

  const signedIn = (token: string, options: Parameters<Browser['newContext']>[0] = {}) => signedInTab(browser, stack.webUrl, token, errors, options);

  it('shows a company member ranked candidates with matched, partial and missing skills, and opens a profile', async () => {
    const { context, tab } = await signedIn(owner.token);
    try {
      await tab.goto(`${stack.webUrl}/opportunities/${jobId}`);
      await tab.getByRole('link', { name: 'See candidates' }).click();
      await tab.waitForURL(`**/opportunities/${jobId}/candidates`);
      await tab.getByRole('heading', { level: 1, name: `Candidates for ${TITLES.job}` }).waitFor();
      const candidate = tab.getByTestId('candidate').first();
      await candidate.getByRole('link', { name: STUDENT_NAME }).waitFor();
      await candidate.getByText(/^Fit \d+\/100$/).waitFor();
      for (const outcome of ['matched', 'partial', 'missing']) {
        expect(await candidate.locator(`[data-outcome="${outcome}"]`).count(), outcome).toBeGreaterThan(0);
      }
      const partial = candidate.locator('[data-outcome="partial"]').first();
      expect(await partial.innerText()).toContain('via Python (computer programming) — a narrower skill');
      expect(await partial.innerText()).toContain('level Intermediate, Advanced asked');
      // Essential or optional is said in words too, not by colour alone.
      expect(await partial.locator('.visually-hidden').innerText()).toContain('Essential');
      await candidate.getByRole('list', { name: `Missing skills for ${STUDENT_NAME}` }).waitFor();

      await candidate.getByRole('link', { name: STUDENT_NAME }).click();
      await tab.waitForURL(`**/students/${profileId}`);
      await tab.getByRole('heading', { level: 1, name: STUDENT_NAME }).waitFor();
      await tab.getByText('Информатика', { exact: true }).waitFor();
      await tab.locator('section.skills').getByText('Python (computer programming)', { exact: true }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('gives someone outside the organisation no candidates link, and a 403 page on its address', async () => {
    const { context, tab } = await signedIn(stranger.token);
    try {
      await tab.goto(`${stack.webUrl}/opportunities/${jobId}`);
      await tab.getByRole('heading', { level: 2, name: 'Your fit' }).waitFor();
      expect(await tab.getByRole('link', { name: 'See candidates' }).count()).toBe(0);
      const answer = await tab.goto(`${stack.webUrl}/opportunities/${jobId}/candidates`);
      expect(answer?.status()).toBe(403);
      await tab.getByText('can see the candidates for its opportunities').waitFor();
    } finally {
      await context.close();
    }
  }, 150_000);

  it('shows a student the opportunities that fit, with the explanation, and the gap view with its learning path', async () => {
    const { context, tab } = await signedIn(student.token);
    try {
      await tab.goto(`${stack.webUrl}/opportunities`);
      await tab.getByRole('navigation', { name: 'Order of the opportunities' }).getByRole('link', { name: 'Fits you' }).click();
      await tab.waitForURL('**/opportunities?order=fit');
      const item = tab.locator('.fitting').filter({ hasText: TITLES.job });
      await item.getByTestId('fit').getByText(/^Fit \d+\/100$/).waitFor();
      expect(await item.locator('[data-outcome="partial"]').innerText()).toContain('via Python');
      await tab.getByLabel('Internships first').check();
      await tab.getByRole('button', { name: 'Apply' }).click();
      await tab.waitForURL((url) => url.searchParams.get('internshipsFirst') === 'true');
      expect(await tab.locator('.fitting').first().innerText()).toContain(TITLES.job);

      await item.getByRole('link', { name: TITLES.job }).click();
      await tab.waitForURL(`**/opportunities/${jobId}`);
      const yourFit = tab.getByTestId('your-fit');
      await yourFit.getByText(/^Fit \d+\/100$/).waitFor();
      await yourFit.getByRole('link', { name: 'What to learn for this opportunity' }).click();
      await tab.waitForURL(`**/me/gap?opportunity=${jobId}`);
      await tab.getByRole('heading', { level: 1, name: `What to learn for ${TITLES.job}` }).waitFor();
      const step = tab.getByTestId('path-step').first();
      await step.getByRole('link', { name: TITLES.offering }).waitFor();
      expect(await step.innerText()).toMatch(/Raises your fit from \d+ to \d+/);
      await tab.getByTestId('learning-path').getByText(/Exact|Within/).waitFor();

      await tab.getByRole('navigation', { name: 'Keep smallest' }).getByRole('link', { name: 'Money' }).click();
      await tab.waitForURL((url) => url.searchParams.get('minimise') === 'money');
      await tab.getByTestId('path-step').first().waitFor();

      // An occupation instead, chosen from the suggestions.
      await tab.getByLabel('Occupation', { exact: true }).fill('software developer');
      await tab.getByRole('button', { name: 'Find occupations' }).click();
      await tab.waitForURL((url) => url.searchParams.get('q') === 'software developer');
      await tab.getByRole('list', { name: 'Occupations for “software developer”' }).getByRole('link').first().click();
      await tab.waitForURL((url) => url.searchParams.has('occupation'));
      await tab.getByRole('heading', { level: 2, name: 'Your fit now' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('shows trainings on an upskilling opportunity, and the needs an offering covers', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${stack.webUrl}/opportunities/${upskillingId}`);
      const trainings = tab.getByTestId('trainings-heading');
      await trainings.getByRole('heading', { name: 'Trainings that teach these skills' }).waitFor();
      await trainings.getByRole('link', { name: TITLES.offering }).waitFor();
      await trainings.getByText(/^Fit \d+\/100$/).first().waitFor();

      await tab.goto(`${stack.webUrl}/offerings/${offeringId}`);
      const needs = tab.getByTestId('needs-heading');
      await needs.getByRole('heading', { name: 'Open needs this training covers' }).waitFor();
      await needs.getByRole('link', { name: TITLES.job }).waitFor();
      await needs.getByRole('link', { name: TITLES.upskilling }).waitFor();
      // Visitors see no "Your fit".
      expect(await tab.getByTestId('your-fit').count()).toBe(0);
    } finally {
      await tab.close();
    }
  }, 150_000);

  it('takes a student through "fits you" and the gap view wholly in Bulgarian', async () => {
    const { context, tab } = await signedIn(student.token, { locale: 'bg-BG' });
    try {
      const expectBulgarian = async (path: string) => {
        expect(await tab.evaluate<string>('document.documentElement.lang'), path).toBe('bg');
        expect(await englishShownOn(tab, dataTexts, '.chip, .skill-name'), `English on ${path}`).toEqual([]);
        const links = await tab.evaluate<string[]>(
          `[...document.querySelectorAll('a[href^="/"], form[action^="/"]')].map((el) => el.getAttribute('href') ?? el.getAttribute('action'))`,
        );
        expect(links.filter((href) => !/^\/(bg|en)(\/|$|\?)/.test(href)), `links on ${path}`).toEqual([]);
      };

      await tab.goto(`${stack.webUrl}/bg/opportunities`);
      await tab.getByRole('navigation', { name: t('opportunities_order') }).getByRole('link', { name: t('opportunities_order_fit') }).click();
      await tab.waitForURL('**/bg/opportunities?order=fit');
      await tab.locator('.fitting').filter({ hasText: TITLES.job }).getByText(/^Съответствие \d+\/100$/).waitFor();
      await expectBulgarian('/bg/opportunities?order=fit');

      await tab.locator('.fitting').getByRole('link', { name: TITLES.job }).click();
      await tab.waitForURL(`**/bg/opportunities/${jobId}`);
      await tab.getByRole('heading', { level: 2, name: t('opportunity_your_fit') }).waitFor();
      await expectBulgarian(`/bg/opportunities/${jobId}`);

      await tab.getByRole('link', { name: t('opportunity_your_fit_gap') }).click();
      await tab.waitForURL(`**/bg/me/gap?opportunity=${jobId}`);
      expect(await tab.getByTestId('path-step').first().innerText()).toMatch(/Повишава съответствието ви от \d+ на \d+/);
      await expectBulgarian('/bg/me/gap');

      await tab.goto(`${stack.webUrl}/bg/me/gap?q=${encodeURIComponent('програмист')}`);
      await tab.getByRole('heading', { level: 2, name: t('gap_choose_occupation') }).waitFor();
      await expectBulgarian('/bg/me/gap?q=програмист');
    } finally {
      await context.close();
    }
  }, 150_000);

  it('fits a phone 390 px wide without scrolling sideways', async () => {
    const { context, tab } = await signedIn(owner.token, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const pages = [`/opportunities/${jobId}`, `/opportunities/${jobId}/candidates`, `/students/${profileId}`, `/offerings/${offeringId}`, '/opportunities?order=fit', `/me/gap?opportunity=${jobId}`];
      const studentTab = await signedIn(student.token, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      try {
        for (const path of pages) {
          const on = path.includes('order=fit') || path.startsWith('/me/') ? studentTab.tab : tab;
          await on.goto(`${stack.webUrl}${path}`, { waitUntil: 'networkidle' });
          await on.locator('h1').waitFor();
          const widths = await on.evaluate<{ scroll: number; client: number }>('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');
          expect(widths.scroll, path).toBeLessThanOrEqual(widths.client);
        }
      } finally {
        await studentTab.context.close();
      }
    } finally {
      await context.close();
    }
  }, 150_000);
});
