import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ESCO_ATTRIBUTION } from '@kc/contract';
import { useWebStack } from './support/hooks.ts';
import { CHROMIUM, hasChromium, launchChromium, type WebBuild, type WebStack } from './support/web-stack.ts';

/**
 * The web app end to end: built for production, served by its Node adapter, reading from the
 * real API over a real database; pages checked over HTTP and, where Chromium is installed,
 * in a headless browser.
 */
let stack: WebStack;
let webUrl: string;
let organisation: { id: string; slug: string; name: string };
let opportunity: { id: string; title: string };
let build: WebBuild;

useWebStack(async (started) => {
  stack = started;
  ({ webUrl } = stack);
  build = stack.build;
  const app = stack.app;

  let token = '';
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const res = await app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  token = (await stack.signUp({ email: 'e2e@example.org', password: 'long enough password', displayName: 'E2E' })).token;
  organisation = await post<typeof organisation>('/api/v1/organisations', { kind: 'research_institute', name: 'Vitosha Orbital Lab', sector: 'space', district: 'Mladost' });
  opportunity = await post<typeof opportunity>('/api/v1/opportunities', {
    organisationId: organisation.id,
    kind: 'internship',
    title: 'Satellite data internship',
    description: 'Work on <b>telemetry</b>.\n\nSecond paragraph.',
    status: 'open',
    skills: [{ uri: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', level: 2, importance: 'essential' }],
  });
});

const page = async (path: string) => {
  const res = await fetch(`${webUrl}${path}`);
  return { status: res.status, html: await res.text() };
};

describe('web app, server-rendered', () => {
  it('builds for production', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(join(build.server, 'handler.js'))).toBe(true);
  });

  it('shows the shell with navigation and the ESCO attribution on every page', async () => {
    for (const path of ['/', '/organisations', '/opportunities']) {
      const { status, html } = await page(path);
      expect(status).toBe(200);
      expect(html).toContain(ESCO_ATTRIBUTION);
      expect(html).toContain('href="/opportunities"');
      expect(html).toContain('href="/organisations"');
    }
  });

  it('home shows the live ESCO skill count', async () => {
    const { html } = await page('/');
    expect(html).toMatch(/13[,. \u202f]?896/);
  });

  it('lists organisations and opens one by slug with its open opportunities', async () => {
    expect((await page('/organisations')).html).toContain('Vitosha Orbital Lab');
    const detail = await page(`/organisations/${organisation.slug}`);
    expect(detail.status).toBe(200);
    expect(detail.html).toContain('Satellite data internship');
  });

  it('lists opportunities and shows one with its skills, escaping HTML in the description', async () => {
    expect((await page('/opportunities')).html).toContain('Satellite data internship');
    const detail = await page(`/opportunities/${opportunity.id}`);
    expect(detail.status).toBe(200);
    expect(detail.html).toContain('Python (computer programming)');
    expect(detail.html).not.toContain('<b>telemetry</b>');
    expect(detail.html).toMatch(/&lt;b(&gt;|>)telemetry&lt;\/b/);
  });

  it('answers unknown pages with a 404 page, not a stack trace', async () => {
    const missing = await page('/organisations/no-such-org');
    expect(missing.status).toBe(404);
    expect(missing.html).not.toMatch(/at .*\.js:\d+/);
    expect((await page('/opportunities/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('shows an empty state when a search matches nothing', async () => {
    const { status, html } = await page('/organisations?q=zzzz-nothing');
    expect(status).toBe(200);
    expect(html).toMatch(/No organisations/i);
  });
});

describe.skipIf(!hasChromium)(`web app in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('navigates from the directory to an organisation and on to its opportunity', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${webUrl}/organisations`);
    await tab.getByRole('link', { name: 'Vitosha Orbital Lab' }).first().click();
    await tab.waitForURL(`**/organisations/${organisation.slug}`);
    await tab.getByRole('link', { name: 'Satellite data internship' }).first().click();
    await tab.waitForURL(`**/opportunities/${opportunity.id}`);
    await expect(tab.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Satellite data internship');
    expect(errors).toEqual([]);
    await tab.close();
  });
});
