import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { createApp, createLogMailer, createSkillIntelligence, MailOutbox } from '@kc/api';
import { parseProxyTrust } from '@kc/runtime';
import type { Database } from '@kc/db';
import { createPostgresEngine, SearchSync } from '@kc/search';
import { createTestDatabase } from '@kc/testing';
import { checkEveryArrival } from './accessibility.ts';
import { webBuild, type WebBuild } from './web-build.ts';

export type { WebBuild };

export const webDir = join(fileURLToPath(new URL('../..', import.meta.url)), 'apps/web');
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export interface SignedInUser {
  token: string;
  csrfToken: string;
  user: { id: string; email: string; displayName: string; profileId: string | null };
}

export interface WebStack {
  database: Database;
  app: ReturnType<typeof createApp>;
  apiUrl: string;
  webUrl: string;
  /** Every e-mail the API sent, as the log mailer wrote it, in order. */
  mailbox: string[];
  /** What the web server wrote to its output and error streams so far. */
  webLog(): string;
  /** The link in the last e-mail to an address. */
  linkFromMail(to: string): string;
  /** An account made through the API: signed up, then confirmed with the mailed link (which sets the password). */
  signUp(account: { email: string; displayName: string; password: string; student?: 'private' | 'cluster' | 'public' }): Promise<SignedInUser>;
  /** The production build's outcome; the servers are only started when it succeeded. */
  build: WebBuild;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
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

/**
 * The web app's production build served by its Node adapter in front of the real API, over a
 * private test database.
 */
export async function startWebStack(options: { clusterAdminEmails?: string[] } = {}): Promise<WebStack> {
  const build = await webBuild(webDir, inject('testRunId'));
  const webPort = await freePort();
  const webUrl = `http://127.0.0.1:${webPort}`;
  const database = await createTestDatabase();
  const skills = createSkillIntelligence(database.db, log);
  // Built before the pages are used, as the server does at start-up.
  await skills.index();
  const engine = createPostgresEngine(database.db);
  const search = { engine, sync: new SearchSync(database.db, engine, log) };
  search.sync.start(250);
  const mailbox: string[] = [];
  const mailer = createLogMailer((entry) => mailbox.push(entry));
  const mailOutbox = new MailOutbox({ db: database.db, mailer, log, webUrl });
  const app = createApp({
    database,
    log,
    mailer,
    mailOutbox,
    skills,
    search,
    auth: { sessionTtlHours: 1, clusterAdminEmails: options.clusterAdminEmails ?? [], trustProxy: parseProxyTrust('false'), cookieSecure: 'never', webUrl },
  });
  const linkFromMail = (to: string) => {
    const mail = [...mailbox].reverse().find((entry) => entry.startsWith(`mail to=${to} `));
    const link = mail?.match(/https?:\/\/\S+token=[A-Za-z0-9_-]+/)?.[0];
    if (!link) throw new Error(`no link mailed to ${to}`);
    return link;
  };
  let signUps = 0;
  /** As if from its own client address: the per-address limits then never add up across a test file's sign-ups. */
  const post = async (path: string, body: unknown, from = `10.2.${Math.floor(signUps / 250) % 250}.${(signUps % 250) + 1}`) => {
    const peer = { incoming: { socket: { remoteAddress: from, remotePort: 40_000, remoteFamily: 'IPv4' } } };
    const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, peer);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const signUp: WebStack['signUp'] = async ({ email, displayName, password, student }) => {
    signUps += 1;
    const asked = await post('/api/v1/auth/sign-up', { email, displayName, ...(student ? { student: { visibility: student } } : {}) });
    if (asked.status !== 202) throw new Error(`sign-up: ${asked.status} ${JSON.stringify(asked.body)}`);
    const token = new URL(linkFromMail(email)).searchParams.get('token');
    const confirmed = await post('/api/v1/auth/verify-email', { token, password });
    if (confirmed.status !== 200) throw new Error(`confirmation: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
    return confirmed.body as unknown as SignedInUser;
  };
  const apiPort = await freePort();
  const apiServer: ServerType = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: apiPort });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  let web: ChildProcess | undefined;
  const webOutput: string[] = [];
  if (build.status === 0) {
    web = spawn(process.execPath, [build.server], {
      cwd: webDir,
      env: { ...process.env, PORT: String(webPort), HOST: '127.0.0.1', API_URL: apiUrl, ORIGIN: webUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    web.stdout?.on('data', (chunk: Buffer) => webOutput.push(chunk.toString()));
    web.stderr?.on('data', (chunk: Buffer) => webOutput.push(chunk.toString()));
    await waitForHttp(webUrl);
  }
  return {
    database,
    app,
    apiUrl,
    webUrl,
    mailbox,
    webLog: () => webOutput.join(''),
    linkFromMail,
    signUp,
    build,
    async stop() {
      web?.kill('SIGTERM');
      await new Promise<void>((resolve) => apiServer.close(() => resolve()));
      await search.sync.stop();
      await mailOutbox.stop();
      await database.close();
    },
  };
}

/** Headless Chromium as this machine allows it: no sandbox as root, no background traffic. */
/** Headless Chromium, whose every tab is checked with axe-core on each page it arrives at. */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return checkEveryArrival(browser);
}

/**
 * Signs up in the browser as a person would: the form, then the link from the e-mail, where
 * the password is chosen. Ends on the page the confirmation leads to.
 */
export async function signUpInBrowser(
  tab: Page,
  stack: WebStack,
  account: { name: string; email: string; password: string; student?: { visibility: 'Only me' | 'Cluster members' | 'Anyone (public)' } },
  start = `${stack.webUrl}/sign-up`,
): Promise<void> {
  // Text typed before the page's script has started may be lost when it hydrates: let it settle.
  await tab.goto(start, { waitUntil: 'networkidle' });
  await tab.getByLabel('Your name').fill(account.name);
  await tab.getByLabel('E-mail address', { exact: true }).fill(account.email);
  if (account.student) {
    await tab.getByLabel('I am a student').check();
    await tab.getByLabel(account.student.visibility).check();
  }
  await tab.getByRole('button', { name: 'Create account' }).click();
  await tab.getByTestId('sign-up-sent').waitFor();
  await tab.goto(stack.linkFromMail(account.email), { waitUntil: 'networkidle' });
  await tab.getByLabel('Password', { exact: true }).fill(account.password);
  await tab.getByLabel('The same password again').fill(account.password);
  await tab.getByRole('button', { name: 'Confirm and sign in' }).click();
  await tab.waitForURL((url) => !url.pathname.startsWith('/verify-email'));
}

/** The password of the accounts the browser tests make. */
export const PASSWORD = 'a long enough password';

/** A short random text that keeps names and addresses apart between tests and runs. */
export const unique = () => Math.random().toString(36).slice(2, 10);

/** A JSON request to the stack's API in process, as a visitor or with a session token. */
export async function requestApi<T>(app: WebStack['app'], method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T };
}

/** An account made through the API (see WebStack.signUp), with an address made from the name. */
export function signUpAs(stack: WebStack, displayName: string, student?: 'private' | 'cluster' | 'public'): Promise<SignedInUser> {
  const email = `${displayName.toLowerCase().replace(/\W+/g, '-')}-${unique()}@example.org`;
  return stack.signUp({ email, password: PASSWORD, displayName, ...(student ? { student } : {}) });
}

/** An organisation made through the API by a signed-up person, who becomes its member. */
export async function createOrganisation(stack: WebStack, token: string, kind: string, name: string): Promise<{ id: string; slug: string }> {
  const res = await requestApi<{ id: string; slug: string }>(stack.app, 'POST', '/api/v1/organisations', { kind, name }, token);
  if (res.status !== 201) throw new Error(`organisation: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A form sent to the web app as a browser without JavaScript sends it, in a session. */
export async function postForm(stack: WebStack, path: string, token: string, fields: Record<string, string>): Promise<{ status: number; html: string }> {
  const res = await fetch(`${stack.webUrl}${path}`, {
    method: 'POST',
    headers: { cookie: `kc_session=${token}`, 'content-type': 'application/x-www-form-urlencoded', origin: stack.webUrl, accept: 'text/html' },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text() };
}
