import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { createApp, createLogMailer, createSkillIntelligence, parseProxyTrust } from '@kc/api';
import type { Database } from '@kc/db';
import { createPostgresEngine, SearchSync } from '@kc/search';
import { createTestDatabase } from './test-database.ts';

export const webDir = join(fileURLToPath(new URL('../..', import.meta.url)), 'apps/web');
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export interface WebStack {
  database: Database;
  app: ReturnType<typeof createApp>;
  apiUrl: string;
  webUrl: string;
  /** The production build's outcome; the servers are only started when it succeeded. */
  build: { status: number | null; stderr: string };
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
 * private test database. `outDir` (see apps/web/svelte.config.js) keeps browser test files that
 * run side by side from overwriting each other's builds.
 */
export async function startWebStack(outDir?: string): Promise<WebStack> {
  const result = spawnSync(process.execPath, [join(webDir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: webDir,
    env: { ...process.env, ...(outDir ? { KC_WEB_OUT_DIR: outDir } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const build = { status: result.status, stderr: result.stderr };
  const webPort = await freePort();
  const webUrl = `http://127.0.0.1:${webPort}`;
  const database = await createTestDatabase();
  const skills = createSkillIntelligence(database.db, log);
  // Built before the pages are used, as the server does at start-up.
  await skills.index();
  const engine = createPostgresEngine(database.db);
  const search = { engine, sync: new SearchSync(database.db, engine, log) };
  search.sync.start(250);
  const app = createApp({
    database,
    log,
    mailer: createLogMailer(() => {}),
    skills,
    search,
    auth: { sessionTtlHours: 1, clusterAdminEmails: [], trustProxy: parseProxyTrust('false'), cookieSecure: 'never', webUrl },
  });
  const apiPort = await freePort();
  const apiServer: ServerType = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: apiPort });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  let web: ChildProcess | undefined;
  if (build.status === 0) {
    web = spawn(process.execPath, [join(webDir, outDir ?? '', 'build')], {
      cwd: webDir,
      env: { ...process.env, PORT: String(webPort), HOST: '127.0.0.1', API_URL: apiUrl, ORIGIN: webUrl },
      stdio: 'ignore',
    });
    await waitForHttp(webUrl);
  }
  return {
    database,
    app,
    apiUrl,
    webUrl,
    build,
    async stop() {
      web?.kill('SIGTERM');
      await new Promise<void>((resolve) => apiServer.close(() => resolve()));
      await search.sync.stop();
      await database.close();
    },
  };
}

/** Headless Chromium as this machine allows it: no sandbox as root, no background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
