import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { addMonths } from '@kc/analytics';
import { checkDemandAlerts, takeShortageSnapshot } from '@kc/api/analytics';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { saveScreenshot, signUpForToken, useBrowserTab, useWebStack } from './support/hooks.ts';
import { englishShownOn, messageCatalogue } from './support/messages.ts';
import { CHROMIUM, createOrganisation, hasChromium, PASSWORD, postForm, requestApi, signUpAs, unique, type WebStack } from './support/web-stack.ts';

/**
 * Offerings in the web app, end to end: a training provider creates an offering with the
 * SkillPicker and its language from a list, sees it on its page and on the organisation page;
 * others cannot edit it; visitors find it in the trainings index, in English and Bulgarian and
 * on a phone. Over the production build in front of the real API, over a real database.
 */
let stack: WebStack;
useWebStack((started) => (stack = started));

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

const bg = messageCatalogue('bg');
/** A Bulgarian text by its key. */
const t = (key: string): string => {
  const text = bg[key];
  if (!text) throw new Error(`no Bulgarian text for ${key}`);
  return text;
};

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
  let browser: Browser;
  let tab: Page;
  const email = `tina-${unique()}@example.org`;
  const providerName = `Code Academy ${unique()}`;
  let token = '';
  let provider: { id: string; slug: string };
  let offeringId = '';
  const { errors } = useBrowserTab((opened) => ({ browser, tab } = opened));

  /** A tab of someone not signed in, in a context of its own; closed by `done`. */
  async function visitorTab(options: BrowserContextOptions = {}): Promise<{ page: Page; done: () => Promise<void> }> {
    const context = await browser.newContext(options);
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    return { page, done: () => context.close() };
  }

  /** The language select's options as [code, name], in the order it lists them. */
  const languageOptions = (on: Page) =>
    on.evaluate<[string, string][]>(`[...document.querySelectorAll('#off-language option')].map((o) => [o.value, o.textContent.trim()])`);

  /** Bulgarian and English first, then the rest by name in the page's language. */
  function expectLanguageOrder(options: [string, string][], locale: string): void {
    expect(options.slice(0, 2).map(([code]) => code)).toEqual(['bg', 'en']);
    const rest = options.slice(2).map(([, name]) => name);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, locale)));
    expect(options.map(([code]) => code)).not.toContain('bu');
  }

  it('signs up and creates a training provider', async () => {
    token = await signUpForToken(tab, stack, { name: 'Tina Trainer', email, password: PASSWORD });
    expect(token).not.toBe('');
    provider = await createProvider(token, providerName);
  }, 150_000);

  it('creates an offering with a typed skill and shows it', async () => {
    await tab.goto(`${stack.webUrl}/organisations/${provider.slug}`);
    await tab.getByRole('link', { name: 'New offering' }).click();
    await tab.waitForURL('**/offerings/new');
    await tab.getByLabel('Title', { exact: true }).fill('Python for data analysis');
    await tab.getByLabel('Kind', { exact: true }).selectOption('bootcamp');
    await tab.getByLabel('Format', { exact: true }).selectOption('hybrid');
    await tab.getByLabel('Description', { exact: true }).fill('Twelve weeks of hands-on Python.');
    // A list of languages by name, Bulgarian first; a new offering starts at Bulgarian, the first of the list.
    const language = tab.getByLabel('Language', { exact: true });
    const options = await languageOptions(tab);
    expect(options.slice(0, 2)).toEqual([['bg', 'Bulgarian'], ['en', 'English']]);
    expectLanguageOrder(options, 'en');
    expect(await language.inputValue()).toBe('bg');
    await language.selectOption({ label: 'Slovenian' });
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
    // The language by its name, not its code.
    expect(await tab.locator('dt:text-is("Language") + dd').innerText()).toBe('Slovenian');

    await tab.goto(`${stack.webUrl}/organisations/${provider.slug}`);
    await tab.getByRole('link', { name: 'Python for data analysis' }).click();
    await tab.waitForURL(`**/offerings/${offeringId}`);
    expect(errors).toEqual([]);
  }, 150_000);

  it('edits the offering, and says so when someone else changed it meanwhile', async () => {
    await tab.getByRole('link', { name: 'Edit' }).click();
    await tab.waitForURL('**/edit');
    expect(await tab.getByLabel('Language', { exact: true }).inputValue()).toBe('sl');
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

  it('lists the offering in the trainings index, which a visitor opens from the navigation', async () => {
    const { page, done } = await visitorTab();
    try {
      await page.goto(`${stack.webUrl}/`);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trainings', exact: true }).click();
      await page.waitForURL(`${stack.webUrl}/offerings`);
      await page.getByRole('heading', { name: 'Trainings and programmes', level: 1 }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trainings', exact: true }).getAttribute('aria-current')).toBe('page');
      await page.getByRole('status').getByText('Showing 1–1 of 1 training').waitFor();

      const card = page.locator('article').filter({ has: page.getByRole('heading', { name: 'Python for data analysis', level: 2 }) });
      await card.getByRole('link', { name: providerName }).waitFor();
      // After "Taught in", which only screen readers read out.
      await card.locator('li', { hasText: 'Slovenian' }).waitFor();
      await card.getByText('Hybrid', { exact: true }).waitFor();
      await saveScreenshot(page, 'offerings-en-index');
      await card.getByRole('link', { name: 'Python for data analysis' }).click();
      await page.waitForURL(`**/offerings/${offeringId}`);
      await page.getByRole('heading', { name: 'Python for data analysis', level: 1 }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await done();
    }
  }, 150_000);

  it('filters the index by words and kind, and says so when nothing matches', async () => {
    const { page, done } = await visitorTab();
    try {
      // Text typed before the page's script has started may be lost when it hydrates: let it settle.
      await page.goto(`${stack.webUrl}/offerings`, { waitUntil: 'networkidle' });
      const filters = page.getByRole('search', { name: 'Filter trainings' });
      await filters.getByLabel('Title contains').fill('python');
      await filters.getByLabel('Kind').selectOption('bootcamp');
      await filters.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL('**/offerings?q=python&kind=bootcamp');
      await page.getByRole('link', { name: 'Python for data analysis' }).waitFor();

      await filters.getByLabel('Kind').selectOption('degree_programme');
      await filters.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL('**/offerings?q=python&kind=degree_programme');
      const empty = page.getByRole('status');
      await empty.getByRole('heading', { name: 'No trainings match your filters', level: 2 }).waitFor();
      await empty.getByText('No trainings match “python”.').waitFor();
      expect(await page.getByRole('link', { name: 'Python for data analysis' }).count()).toBe(0);

      await filters.getByRole('link', { name: 'Clear' }).click();
      await page.waitForURL(`${stack.webUrl}/offerings`);
      await page.getByRole('link', { name: 'Python for data analysis' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await done();
    }
  }, 150_000);

  it('shows the index and the language list in Bulgarian', async () => {
    const { page, done } = await visitorTab();
    try {
      await page.goto(`${stack.webUrl}/offerings`);
      await page.getByRole('navigation', { name: 'Choose a language' }).getByRole('link', { name: 'Български' }).click();
      await page.waitForURL('**/bg/offerings');
      expect(await page.evaluate<string>('document.documentElement.lang')).toBe('bg');
      await page.getByRole('heading', { name: t('offerings_heading'), level: 1 }).waitFor();
      expect(await page.getByRole('navigation', { name: t('nav_main') }).getByRole('link', { name: t('nav_offerings') }).getAttribute('aria-current')).toBe('page');
      const card = page.locator('article').filter({ hasText: 'Python for data analysis' });
      await card.locator('li', { hasText: 'Словенски' }).waitFor();
      expect(await englishShownOn(page, ['Python for data analysis', providerName], '.chip'), 'English on /bg/offerings').toEqual([]);

      await page.goto(`${stack.webUrl}/bg/offerings?q=${encodeURIComponent('квантови')}`);
      await page.getByRole('heading', { name: t('offerings_none_match_heading'), level: 2 }).waitFor();
      expect(await englishShownOn(page, [providerName], '.chip'), 'English on /bg/offerings (none match)').toEqual([]);

      await page.goto(`${stack.webUrl}/bg/offerings/${offeringId}`);
      expect(await page.locator(`dt:text-is("${t('offering_language')}") + dd`).innerText()).toBe('Словенски');
    } finally {
      await done();
    }

    // The provider's form names the languages in Bulgarian, Bulgarian and English still first.
    await tab.goto(`${stack.webUrl}/bg/organisations/${provider.slug}/offerings/new`);
    await saveScreenshot(tab, 'offerings-bg-form');
    const options = await languageOptions(tab);
    expect(options.slice(0, 2)).toEqual([['bg', 'Български'], ['en', 'Английски']]);
    expectLanguageOrder(options, 'bg');
    expect(await tab.getByLabel(t('offering_language'), { exact: true }).inputValue()).toBe('bg');
    expect(errors).toEqual([]);
  }, 150_000);

  it('fits the index on a phone 390 px wide without scrolling sideways, in both languages', async () => {
    const { page, done } = await visitorTab({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await page.goto(`${stack.webUrl}/`, { waitUntil: 'networkidle' });
      // On a phone the navigation folds behind the menu button.
      await page.getByRole('button', { name: 'Menu' }).tap();
      const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trainings', exact: true });
      const box = await link.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await link.tap();
      await page.waitForURL(`${stack.webUrl}/offerings`);
      for (const path of ['/offerings', '/bg/offerings', '/bg/offerings?kind=degree_programme']) {
        await page.goto(`${stack.webUrl}${path}`, { waitUntil: 'networkidle' });
        expect(await page.evaluate<number>('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(390);
      }
      await page.goto(`${stack.webUrl}/bg/offerings`, { waitUntil: 'networkidle' });
      await saveScreenshot(page, 'offerings-bg-index-phone');
      expect(errors).toEqual([]);
    } finally {
      await done();
    }
  }, 150_000);
  it('shows a visitor the city’s shortages dashboard, its history, unmet demand and causes, with CSV files, in both languages and on a phone', async () => {
    // Six open positions asking for Python, from two companies: enough to publish. Each also closed three postings unfilled, for want of skills.
    for (const name of ['Vitosha Data', 'Serdika Soft']) {
      const owner = await signUp(`Owner of ${name}`);
      const company = await createOrganisation(stack, owner.token, 'company', `${name} ${unique()}`);
      const posted = await api('POST', '/api/v1/opportunities', { organisationId: company.id, kind: 'job', title: `Python developer at ${name}`, headcount: 3, status: 'open', skills: [{ uri: PYTHON, level: 2, importance: 'essential' }] }, owner.token);
      expect(posted.status).toBe(201);
      for (let i = 0; i < 3; i++) {
        const closed = await api('POST', '/api/v1/opportunities', { organisationId: company.id, kind: 'job', title: `Earlier Python role ${i}`, status: 'closed', unfilledCause: 'no_skilled_candidates', skills: [{ uri: PYTHON, level: 2, importance: 'essential' }] }, owner.token);
        expect(closed.status).toBe(201);
      }
    }
    // Seven months of history before this one, recorded as the app records them.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date());
    for (let back = 7; back >= 1; back--) await takeShortageSnapshot(stack.database.db, `${addMonths(today.slice(0, 7), -back)}-15`).catch(() => undefined);
    await takeShortageSnapshot(stack.database.db, today);

    const { page, done } = await visitorTab();
    try {
      await page.goto(`${stack.webUrl}/offerings`, { waitUntil: 'networkidle' });
      await page.getByRole('link', { name: 'Which skills is the city short of?' }).click();
      await page.waitForURL('**/shortages');
      const python = page.getByTestId('shortage').filter({ has: page.getByRole('rowheader', { name: 'Python (computer programming)', exact: true }) });
      const cells = await python.getByRole('cell').allInnerTexts();
      // Demand 6, 6 positions, no student yet, the 10 places a year of the programme above.
      expect(cells.slice(0, 3)).toEqual(['6', '6', '0']);
      await page.getByTestId('shortages-privacy').getByText(/Counts under 5 are shown as “<5”/).waitFor();
      // The bar chart, and the same figures as a table.
      const topChart = page.getByRole('img', { name: 'The ten skills shortest in supply, by shortage index' });
      await topChart.waitFor();
      const topFigure = page.getByRole('figure').filter({ has: topChart });
      await topFigure.getByText('Show as table').click();
      await topFigure.getByRole('rowheader', { name: 'Python (computer programming)', exact: true }).waitFor();

      // Its history: the months recorded, growth, and a projection from six complete months or more.
      await python.getByRole('link', { name: 'Python (computer programming)' }).click();
      await page.waitForURL(/skill=/);
      const trend = page.getByTestId('shortage-trend');
      await trend.getByRole('heading', { name: 'Over time: Python (computer programming)', level: 2 }).waitFor();
      await trend.getByRole('img', { name: 'Demand and supply by month: Python (computer programming)' }).waitFor();
      await trend.getByText('The dashed line projects demand three months on').waitFor();
      await trend.getByText('Show as table').click();
      expect(await trend.getByRole('row').count()).toBe(1 + 24 + 3);

      // Why needs went unfilled: all six for want of skills.
      const causes = page.getByTestId('unfilled-causes');
      await causes.getByText(/6 with a reason given/).waitFor();
      await causes.getByText('Show as table').click();
      expect(await causes.getByRole('row').filter({ hasText: 'No candidate had the skills' }).getByRole('cell').allInnerTexts()).toEqual(['6', '100 %']);

      // The table as a spreadsheet file, UTF-8 with its byte-order mark.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-top').click()]);
      const file = await readFile((await download.path()) ?? '');
      expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.toString('utf8')).toContain('Python (computer programming)');
      expect(download.suggestedFilename()).toMatch(/^shortages-\d{4}-\d{2}-\d{2}\.csv$/);

      // A skill group's trend, from the groups.
      const groupLink = page.getByRole('navigation', { name: 'The trend of a group' }).getByRole('link').first();
      const groupName = await groupLink.innerText();
      await groupLink.click();
      await page.waitForURL(/group=/);
      await trend.getByRole('heading', { name: `Over time: ${groupName}`, level: 2 }).waitFor();

      // A past month: its snapshot's figures, and the causes of that month alone (none closed then).
      const lastMonth = addMonths(today.slice(0, 7), -1);
      await page.goto(`${stack.webUrl}/shortages`, { waitUntil: 'networkidle' });
      await page.getByTestId('shortage-filters').getByLabel('Month').selectOption(lastMonth);
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page.waitForURL(new RegExp(`month=${lastMonth}`));
      expect((await python.getByRole('cell').allInnerTexts()).slice(0, 2)).toEqual(['6', '6']);
      await causes.getByText('Too few postings have closed unfilled with a reason to show the shares yet.').waitFor();
      await page.getByRole('link', { name: 'Clear the filters' }).click();
      await page.waitForURL((url) => !url.search.includes('month='));

      // A slice with no demand says so.
      await page.getByLabel('Kind of opportunity').selectOption('research_collaboration');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page.waitForURL(/opportunityKind=research_collaboration/);
      await page.getByTestId('shortages-empty').waitFor();
      await saveScreenshot(page, 'shortages-en');

      await page.goto(`${stack.webUrl}/bg/shortages?skill=${encodeURIComponent(PYTHON)}`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { name: t('shortages_heading'), level: 1 }).waitFor();
      await page.getByRole('heading', { name: t('shortages_causes_heading'), level: 2 }).waitFor();
      expect(await englishShownOn(page, ['Python (computer programming)'], 'th[scope="row"], figure table, .chart-body, .group-trends a')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await done();
    }
    // A provider sets an alert on Python, in Bulgarian; the next check puts one entry in its inbox.
    const subscriber = await visitorTab();
    try {
      const pavel = await signUpForToken(subscriber.page, stack, { name: 'Pavel Provider', email: `pavel-${unique()}@example.org`, password: PASSWORD });
      // Pavel's academy teaches Python: the dashboard shows it how that meets demand.
      const academy = await createOrganisation(stack, pavel, 'training_provider', `Pavel Academy ${unique()}`);
      const taught = await api('POST', '/api/v1/offerings', { providerId: academy.id, kind: 'course', title: 'Python from scratch', status: 'published', seats: 20, skills: [{ uri: PYTHON, level: 2 }] }, pavel);
      expect(taught.status).toBe(201);
      await subscriber.page.goto(`${stack.webUrl}/bg/shortages?skill=${encodeURIComponent(PYTHON)}`, { waitUntil: 'networkidle' });
      const coverage = subscriber.page.getByTestId('provider-coverage');
      await coverage.getByRole('link', { name: 'Python from scratch' }).waitFor();
      await coverage.getByText(/Python \(computer programming\): 6/).waitFor();
      await subscriber.page.getByTestId('skill-bundles').getByText(t('shortages_bundles_none')).waitFor();
      const alertForm = subscriber.page.getByTestId('alert-form');
      await alertForm.getByRole('spinbutton').fill('5');
      await alertForm.getByRole('button', { name: t('alerts_create') }).click();
      await subscriber.page.getByText(t('alerts_created')).waitFor();
      await subscriber.page.getByTestId('demand-alert').filter({ hasText: 'Python (computer programming)' }).waitFor();
      expect(await checkDemandAlerts(stack.database.db)).toHaveLength(1);
      expect(await checkDemandAlerts(stack.database.db)).toHaveLength(0);
      await subscriber.page.goto(`${stack.webUrl}/bg/inbox`, { waitUntil: 'networkidle' });
      const entry = subscriber.page.getByTestId('inbox-entry').filter({ hasText: 'Python (computer programming)' });
      await entry.getByText(/6 позиции/).waitFor();
      expect(await englishShownOn(subscriber.page, ['Python (computer programming)', 'Pavel Provider'])).toEqual([]);
      await entry.getByRole('link', { name: t('inbox_see_shortages') }).click();
      await subscriber.page.waitForURL(/\/bg\/shortages\?skill=/);
    } finally {
      await subscriber.done();
    }

    const phone = await visitorTab({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await phone.page.goto(`${stack.webUrl}/bg/shortages?skill=${encodeURIComponent(PYTHON)}`, { waitUntil: 'networkidle' });
      expect(await phone.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await saveScreenshot(phone.page, 'shortages-bg-phone');
    } finally {
      await phone.done();
    }
  }, 150_000);
});
