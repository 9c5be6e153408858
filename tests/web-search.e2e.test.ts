import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { saveScreenshot, useBrowserTab, useWebStack } from './support/hooks.ts';
import { CHROMIUM, freePort, hasChromium, PASSWORD, unique, webDir, type WebBuild, type WebStack } from './support/web-stack.ts';

/**
 * The search page end to end: opportunities and an organisation created through the API,
 * indexed by the outbox worker into the Postgres engine, found through /search with typos,
 * facets and highlights; over the production build in front of the real API, over a real
 * database.
 */
const SKILLS = {
  python: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
  sql: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
  javascript: 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7',
};
const TITLES = {
  dataInternship: 'Python data internship',
  researchInternship: 'Python research internship',
  backendJob: 'Python backend developer',
  frontendInternship: 'JavaScript frontend internship',
};

let stack: WebStack;
let apiUrl: string;
let webUrl: string;
let build: WebBuild;
let organisation: { id: string; slug: string; name: string };
let pythonLabel = '';

async function api<T>(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await fetch(`${apiUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T };
}

async function created<T>(path: string, body: unknown, token?: string): Promise<T> {
  const res = await api<T>('POST', path, body, token);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

interface SearchAnswer {
  total: number;
  hits: { document: Record<string, unknown> }[];
}

/** Waits until the search API answers `path` as `ready` says: the outbox worker indexes in the background. */
async function waitForSearch(path: string, ready: (answer: SearchAnswer) => boolean, timeoutMs = 30_000): Promise<SearchAnswer> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    const res = await api<SearchAnswer>('GET', path);
    last = res.body;
    if (res.status === 200 && ready(res.body)) return res.body;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`GET ${path} never answered as expected; last answer: ${JSON.stringify(last).slice(0, 1000)}`);
}

useWebStack(async (started) => {
  stack = started;
  ({ apiUrl, webUrl, build } = stack);

  const owner = await stack.signUp({ email: `search-owner-${unique()}@example.org`, password: PASSWORD, displayName: 'Search Owner' });
  organisation = await created('/api/v1/organisations', { kind: 'company', name: `Lozenets Analytics ${unique()}`, sector: 'software', district: 'Lozenets' }, owner.token);
  const opportunity = (title: string, kind: string, workMode: string, description: string, skills: string[]) =>
    created<{ id: string; skills: { uri: string; preferredLabel: string }[] }>(
      '/api/v1/opportunities',
      { organisationId: organisation.id, title, kind, workMode, description, location: 'Sofia', status: 'open', skills: skills.map((uri) => ({ uri, level: 2 })) },
      owner.token,
    );
  const first = await opportunity(TITLES.dataInternship, 'internship', 'remote', 'Build data pipelines with our analytics team.', [SKILLS.python]);
  await opportunity(TITLES.researchInternship, 'internship', 'hybrid', 'Help the research team with experiments.', [SKILLS.python, SKILLS.sql]);
  await opportunity(TITLES.backendJob, 'job', 'on_site', 'Write and run the services behind our dashboards.', [SKILLS.python, SKILLS.sql]);
  await opportunity(TITLES.frontendInternship, 'internship', 'remote', 'Build dashboards in the browser.', [SKILLS.javascript]);
  pythonLabel = first.skills[0]?.preferredLabel ?? '';

  await waitForSearch('/api/v1/search/opportunities', (a) => a.total === 4);
  await waitForSearch(`/api/v1/search/organisations?q=${encodeURIComponent(organisation.name)}`, (a) => a.hits.some((h) => h.document.id === organisation.id));
});

/** A page as served, without the markers Svelte leaves for hydration. */
const get = async (path: string) => {
  const res = await fetch(`${webUrl}${path}`);
  return { status: res.status, html: (await res.text()).replace(/<!--[\s\S]*?-->/g, '') };
};

describe('search in the web app, over HTTP', () => {
  it('builds for production', () => {
    expect(build.status, build.stderr).toBe(0);
  });

  it('renders results, highlights, facets and filters on the server', async () => {
    const { status, html } = await get('/search?in=opportunities&q=pyhton&kind=internship');
    expect(status).toBe(200);
    expect(html).toContain('<title>Search opportunities · “pyhton” · Knowledge City Skills Exchange</title>');
    expect(html).toContain('2 results');
    expect(html).toMatch(/<mark[^>]*>Python<\/mark> data internship/);
    expect(html).toMatch(/<mark[^>]*>Python<\/mark> research internship/);
    expect(html).not.toContain(TITLES.backendJob);
    expect(html).not.toContain(TITLES.frontendInternship);
    expect(html).toMatch(/<input type="checkbox" id="facet-kind-0" name="kind" value="internship" checked/);
    expect(html).toContain('aria-label="Remove filter Kind: Internship"');
    expect(html).toMatch(/<a href="\/search\?in=opportunities&amp;q=pyhton" aria-current="page"/);
    // Hits name their organisation by id; its page answers to that as well as to the slug.
    expect(html).toContain(`<a href="/organisations/${organisation.id}">${organisation.name}</a>`);
    const organisationPage = await get(`/organisations/${organisation.id}`);
    expect(organisationPage.status).toBe(200);
    expect(organisationPage.html).toContain(organisation.name);
  });

  it('pages through a long list: previous, next and "page X of Y"', async () => {
    // ESCO's skills are indexed too, so they make a list of many pages.
    const answer = await api<SearchAnswer>('GET', '/api/v1/search/skills?page=2&pageSize=20');
    expect(answer.status).toBe(200);
    const lastPage = Math.ceil(answer.body.total / 20);
    expect(lastPage).toBeGreaterThan(2);
    const { status, html } = await get('/search?in=skills&page=2');
    expect(status).toBe(200);
    expect(html).toContain(`Page 2 of ${new Intl.NumberFormat('en-GB').format(lastPage)}`);
    expect(html).toContain('showing 21–40');
    expect(html).toContain('<a class="button secondary" href="/search?in=skills" rel="prev">');
    expect(html).toContain('<a class="button secondary" href="/search?in=skills&amp;page=3" rel="next">');
    expect(html.match(/data-testid="search-hit"/g)).toHaveLength(20);
  });

  it('says what was wrong with a search the API refuses', async () => {
    const skills = Array.from({ length: 11 }, (_, i) => `skill=${encodeURIComponent(`${SKILLS.python}-${i}`)}`).join('&');
    const { status, html } = await get(`/search?in=opportunities&${skills}`);
    expect(status).toBe(200);
    expect(html).toContain('That search could not be run');
    expect(html).toContain('query.skill');
    expect(html).not.toContain('data-testid="search-hit"');
  });

  it('ignores what it does not know: an unknown collection, sort or vocabulary value', async () => {
    const { status, html } = await get('/search?in=nothing&sort=sideways&kind=astronaut');
    expect(status).toBe(200);
    expect(html).toMatch(/<a href="\/search\?in=opportunities" aria-current="page"/);
    expect(html).toContain('4 results');
    expect(html).not.toContain('Remove filter');
  });
});

describe('search when the search engine is down', () => {
  // The same build in front of a stand-in API whose search answers 503, as the real one does when its engine is down.
  let fakeApi: Server;
  let web: ChildProcess | undefined;
  let downUrl = '';

  beforeAll(async () => {
    fakeApi = createServer((req, res) => {
      const unavailable = req.url?.startsWith('/api/v1/search/');
      res.writeHead(unavailable ? 503 : 404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: unavailable
            ? { code: 'SERVICE_UNAVAILABLE', message: 'Search is unavailable at the moment; please try again shortly.', requestId: 'test' }
            : { code: 'NOT_FOUND', message: 'Not found', requestId: 'test' },
        }),
      );
    });
    const apiPort = await freePort();
    await new Promise<void>((resolve) => fakeApi.listen(apiPort, '127.0.0.1', resolve));
    if (build.status !== 0) return;
    const port = await freePort();
    downUrl = `http://127.0.0.1:${port}`;
    web = spawn(process.execPath, [build.server], {
      cwd: webDir,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', API_URL: `http://127.0.0.1:${apiPort}`, ORIGIN: downUrl },
      stdio: 'ignore',
    });
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      if (await fetch(downUrl).then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 150));
    }
  }, 60_000);

  afterAll(async () => {
    web?.kill('SIGTERM');
    await new Promise((resolve) => fakeApi?.close(resolve));
  });

  it('says search is unavailable instead of showing an error page', async () => {
    expect(build.status, build.stderr).toBe(0);
    const res = await fetch(`${downUrl}/search?in=students&q=python`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Search is unavailable right now');
    expect(html).toContain('<input id="search-q" type="search" name="q" value="python"');
    expect(html).not.toContain('data-testid="search-hit"');
  });
});

describe.skipIf(!hasChromium)(`search in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let browser: Browser;
  let tab: Page;

  const hits = () => tab.getByTestId('search-hit');
  const hitTitles = async () => (await hits().locator('h3').allInnerTexts()).map((t) => t.trim()).sort();

  const { errors } = useBrowserTab((opened) => ({ browser, tab } = opened));

  it('finds opportunities despite a typo and marks the matched word', async () => {
    await tab.goto(`${webUrl}/`);
    await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await tab.waitForURL('**/search');
    expect(await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).getAttribute('aria-current')).toBe('page');
    const tabs = tab.getByRole('navigation', { name: 'What to search' });
    expect(await tabs.getByRole('link', { name: 'Opportunities' }).getAttribute('aria-current')).toBe('page');
    expect(await tabs.getByRole('link', { name: 'Organisations' }).getAttribute('aria-current')).toBeNull();
    // No words, no filters: everything, newest first.
    await expect.poll(() => hits().count()).toBe(4);
    expect(await tab.getByTestId('result-total').innerText()).toBe('4 results');
    expect(await hits().first().locator('h3').innerText()).toBe(TITLES.frontendInternship);

    await tab.getByLabel('Search opportunities').fill('pyhton');
    await tab.getByRole('button', { name: 'Search', exact: true }).click();
    await tab.waitForURL(/[?&]q=pyhton/);
    await expect.poll(hitTitles).toEqual([TITLES.backendJob, TITLES.dataInternship, TITLES.researchInternship]);
    expect(await tab.getByTestId('result-total').innerText()).toBe('3 results');
    const hit = hits().filter({ has: tab.getByRole('link', { name: TITLES.dataInternship }) });
    expect(await hit.locator('h3 mark').allInnerTexts()).toEqual(['Python']);
    expect(await hit.getByRole('link', { name: TITLES.dataInternship }).getAttribute('href')).toMatch(/^\/opportunities\/[0-9a-f-]{36}$/);
    expect(await hit.getByRole('link', { name: organisation.name }).getAttribute('href')).toBe(`/organisations/${organisation.id}`);
    expect(await tab.title()).toBe('Search opportunities · “pyhton” · Knowledge City Skills Exchange');
    expect(errors).toEqual([]);
  }, 150_000);

  it('on a phone, shows the results before the filters, within the first screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const small = await phone.newPage();
      await small.goto(`${webUrl}/search?q=python`, { waitUntil: 'networkidle' });
      const first = await small.getByTestId('search-hit').first().boundingBox();
      const filters = await small.getByRole('form', { name: 'Filter' }).boundingBox();
      expect(first?.y ?? Infinity).toBeLessThan(844);
      expect(first?.y ?? Infinity).toBeLessThan(filters?.y ?? 0);
      expect(await small.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await saveScreenshot(small, 'search-phone');
    } finally {
      await phone.close();
    }
  }, 150_000);

  it('narrows by a facet and removes the filter by its link', async () => {
    const facets = tab.getByRole('form', { name: 'Filter' });
    const kind = facets.getByRole('group', { name: 'Kind' });
    const internship = kind.getByRole('checkbox', { name: /^Internship\s*,\s*2 results$/ });
    expect(await internship.isChecked()).toBe(false);
    expect(await kind.getByRole('checkbox', { name: /^Job\s*,\s*1 result$/ }).count()).toBe(1);

    await internship.check();
    await facets.getByRole('button', { name: 'Apply filters' }).click();
    await tab.waitForURL(/[?&]kind=internship/);
    expect(new URL(tab.url()).searchParams.get('q')).toBe('pyhton');
    await expect.poll(hitTitles).toEqual([TITLES.dataInternship, TITLES.researchInternship]);
    expect(await tab.getByTestId('result-total').innerText()).toBe('2 results');
    expect(await kind.getByRole('checkbox', { name: /^Internship\s*,\s*2 results$/ }).isChecked()).toBe(true);
    // The kind facet is counted without its own filter: the other kinds stay in view to add.
    const job = kind.getByRole('checkbox', { name: /^Job\s*,\s*1 result$/ });
    expect(await job.count()).toBe(1);
    expect(await job.isChecked()).toBe(false);
    const workMode = facets.getByRole('group', { name: 'Work mode' });
    expect(await workMode.getByRole('checkbox', { name: /^Remote\s*,\s*1 result$/ }).count()).toBe(1);
    expect(await workMode.getByRole('checkbox', { name: /^On site\b/ }).count()).toBe(0);

    await tab.getByRole('link', { name: 'Remove filter Kind: Internship' }).click();
    await tab.waitForURL((url) => !url.searchParams.has('kind') && url.searchParams.get('q') === 'pyhton');
    await expect.poll(hitTitles).toEqual([TITLES.backendJob, TITLES.dataInternship, TITLES.researchInternship]);
    expect(await tab.getByRole('link', { name: /^Remove filter/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 150_000);

  it('filters by a skill from a chip', async () => {
    const hit = hits().filter({ has: tab.getByRole('link', { name: TITLES.researchInternship }) });
    await hit.getByRole('link', { name: pythonLabel, exact: true }).click();
    await tab.waitForURL((url) => url.searchParams.get('skill') === SKILLS.python && url.searchParams.get('in') === 'opportunities');
    await expect.poll(hitTitles).toEqual([TITLES.backendJob, TITLES.dataInternship, TITLES.researchInternship]);
    await tab.getByRole('link', { name: `Remove filter Skill: ${pythonLabel}` }).waitFor();
    expect(errors).toEqual([]);
  }, 150_000);

  it('switches to organisations and finds the organisation', async () => {
    await tab.goto(`${webUrl}/search?in=opportunities&q=pyhton`);
    const tabs = tab.getByRole('navigation', { name: 'What to search' });
    await tabs.getByRole('link', { name: 'Organisations' }).click();
    await tab.waitForURL(/[?&]in=organisations/);
    expect(await tabs.getByRole('link', { name: 'Organisations' }).getAttribute('aria-current')).toBe('page');
    expect(await tabs.getByRole('link', { name: 'Opportunities' }).getAttribute('aria-current')).toBeNull();
    // The words come along; no organisation is called anything like them.
    expect(await tab.getByLabel('Search organisations').inputValue()).toBe('pyhton');
    await tab.getByRole('heading', { name: 'No organisations match' }).waitFor();
    expect(await hits().count()).toBe(0);

    await tab.getByLabel('Search organisations').fill('lozenets analytcs');
    await tab.getByRole('button', { name: 'Search', exact: true }).click();
    await tab.waitForURL(/[?&]q=lozenets/);
    const found = tab.getByRole('link', { name: organisation.name });
    await found.waitFor();
    expect(await found.getAttribute('href')).toBe(`/organisations/${organisation.slug}`);
    expect(await found.locator('mark').allInnerTexts()).toEqual(['Lozenets', 'Analytics']);
    await found.click();
    await tab.waitForURL(`**/organisations/${organisation.slug}`);
    await tab.getByRole('heading', { name: organisation.name, level: 1 }).waitFor();
    expect(errors).toEqual([]);
  }, 150_000);

  it('applies facets without JavaScript', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await plain.newPage();
      await page.goto(`${webUrl}/search?in=opportunities&q=pyhton`);
      await page.getByRole('group', { name: 'Work mode' }).getByRole('checkbox', { name: /^Remote\b/ }).check();
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/[?&]workMode=remote/);
      const titles = (await page.getByTestId('search-hit').locator('h3').allInnerTexts()).map((t) => t.trim());
      expect(titles).toEqual([TITLES.dataInternship]);
    } finally {
      await plain.close();
    }
  }, 150_000);
});
