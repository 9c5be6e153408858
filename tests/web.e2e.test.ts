import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { createApp, createLogMailer, createSkillIntelligence } from '@kc/api';
import { ESCO_ATTRIBUTION } from '@kc/contract';
import type { Database } from '@kc/db';
import { createTestDatabase } from './support/test-database.ts';

/**
 * The web app end to end: built for production, served by its Node adapter, reading from the
 * real API over a real database; pages checked over HTTP and, where Chromium is installed,
 * in a headless browser.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = join(root, 'apps/web');
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

let database: Database;
let apiServer: ServerType;
let web: ChildProcess;
let webUrl: string;
let organisation: { id: string; slug: string; name: string };
let opportunity: { id: string; title: string };
let buildStatus: number | null;
let buildStartedAt: number;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`${url} did not come up`);
}

const log = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  buildStartedAt = Date.now();
  buildStatus = spawnSync(process.execPath, [join(webDir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: webDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  }).status;

  database = await createTestDatabase();
  const app = createApp({
    database,
    log,
    mailer: createLogMailer(() => {}),
    skills: createSkillIntelligence(database.db, log),
    auth: { sessionTtlHours: 1, clusterAdminEmails: [], trustProxy: 'false', cookieSecure: 'never', webUrl: 'http://web.test' },
  });
  const apiPort = await freePort();
  apiServer = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: apiPort });
  const apiUrl = `http://127.0.0.1:${apiPort}`;

  let token = '';
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const res = await app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  token = (await post<{ token: string }>('/api/v1/auth/sign-up', { email: 'e2e@example.org', password: 'long enough password', displayName: 'E2E' })).token;
  organisation = await post<typeof organisation>('/api/v1/organisations', { kind: 'research_institute', name: 'Vitosha Orbital Lab', sector: 'space', district: 'Mladost' });
  opportunity = await post<typeof opportunity>('/api/v1/opportunities', {
    organisationId: organisation.id,
    kind: 'internship',
    title: 'Satellite data internship',
    description: 'Work on <b>telemetry</b>.\n\nSecond paragraph.',
    status: 'open',
    skills: [{ uri: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', level: 2, importance: 'essential' }],
  });

  const webPort = await freePort();
  webUrl = `http://127.0.0.1:${webPort}`;
  web = spawn(process.execPath, [join(webDir, 'build')], {
    cwd: webDir,
    env: { ...process.env, PORT: String(webPort), HOST: '127.0.0.1', API_URL: apiUrl, ORIGIN: webUrl },
    stdio: 'ignore',
  });
  await waitForHttp(webUrl);
}, 180_000);

afterAll(async () => {
  web?.kill('SIGTERM');
  await new Promise<void>((resolve) => (apiServer ? apiServer.close(() => resolve()) : resolve()));
  await database?.close();
});

const page = async (path: string) => {
  const res = await fetch(`${webUrl}${path}`);
  return { status: res.status, html: await res.text() };
};

describe('web app, server-rendered', () => {
  it('builds for production', () => {
    expect(buildStatus).toBe(0);
    expect(statSync(join(webDir, 'build/handler.js')).mtimeMs).toBeGreaterThanOrEqual(buildStartedAt - 1000);
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
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
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
