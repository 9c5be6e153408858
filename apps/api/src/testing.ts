import type { Database } from '@kc/db';
import { createTestDatabase } from '@kc/testing';
import { createApp } from './app.ts';
import { parseProxyTrust } from '@kc/runtime';
import type { AppDeps, AuthSettings } from './context.ts';
import type { Logger } from './lib/logger.ts';
import { createLogMailer, type Mailer } from './ports/mailer.ts';
import { MailOutbox } from './services/mail-outbox.ts';
import { createSkillIntelligence } from './services/skill-intelligence.ts';
import { createPostgresEngine, SearchSync, type SearchEngine } from '@kc/search';
import type { SearchService } from './context.ts';

const quietLog: Logger = { info() {}, warn() {}, error() {} };

export const CLUSTER_ADMIN_EMAIL = 'admin@cluster.example.org';
/** Also listed as a cluster administrator, and never signed up by the helpers: free for a test to claim. */
export const DEPUTY_ADMIN_EMAIL = 'deputy@cluster.example.org';
export const PASSWORD = 'correct horse battery';

export const testAuthSettings: AuthSettings = {
  sessionTtlHours: 24,
  clusterAdminEmails: [CLUSTER_ADMIN_EMAIL, DEPUTY_ADMIN_EMAIL],
  trustProxy: parseProxyTrust('true'),
  cookieSecure: 'never',
  webUrl: 'http://web.test',
};

export interface TestUser {
  id: string;
  email: string;
  token: string;
  csrfToken: string;
  profileId: string | null;
}

export interface RequestOptions {
  /** Sign the request with this user's bearer token. */
  as?: TestUser | null;
  headers?: Record<string, string>;
  /** Answer as soon as the API does, before the mail outbox has sent what the request made. */
  mailAfter?: boolean;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any;
}

export interface TestApi {
  database: Database;
  /** The search engine and its outbox worker; tests drain it explicitly (`search.sync.drain()`). */
  search: SearchService;
  /** Every e-mail the API sent, as the default mail adapter logged it, in order. */
  mailbox: string[];
  /** Sends the inbox's mail; each request waits for it unless asked not to (`mailAfter`). */
  mailOutbox: AppDeps['mailOutbox'];
  request(method: string, path: string, body?: unknown, options?: RequestOptions): Promise<TestResponse>;
  signUp(options?: { email?: string; displayName?: string; student?: 'private' | 'cluster' | 'public'; locale?: 'en' | 'bg' }): Promise<TestUser>;
  /** A signed-in user who administers a fresh organisation. */
  newOrganisation(overrides?: Record<string, unknown>): Promise<{ organisation: any; admin: TestUser }>;
  clusterAdmin(): Promise<TestUser>;
  /** The token in the last e-mail to an address (verification, reset, invitation). */
  tokenFromMail(to: string): string;
  close(): Promise<void>;
}

let counter = 0;
/** A unique suffix so factories never collide inside one database. */
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface TestDepsOptions {
  searchEngine?: (database: Database) => SearchEngine;
  expensiveRequests?: AppDeps['expensiveRequests'];
  /** Receives every e-mail sent, as the default mail adapter logs it. */
  mailbox?: string[];
  /** Also hands every mail, once logged, to this one (a failing one, say). */
  mailer?: Mailer;
}

function alsoThrough(logged: Mailer, next: Mailer | undefined): Mailer {
  if (!next) return logged;
  return {
    async send(message) {
      await logged.send(message);
      await next.send(message);
    },
  };
}

/**
 * What the API runs with in tests, over `database`: a quiet log, mail into `mailbox`, the
 * Postgres search engine (its worker not started) and fresh health figures. For calling
 * services directly; `createTestApi` runs the whole API on them.
 */
export function createTestDeps(database: Database, options: TestDepsOptions = {}): AppDeps {
  const engine = options.searchEngine?.(database) ?? createPostgresEngine(database.db);
  const search: SearchService = { engine, sync: new SearchSync(database.db, engine, quietLog) };
  const mailer = alsoThrough(createLogMailer((entry) => options.mailbox?.push(entry)), options.mailer);
  return {
    database,
    log: quietLog,
    mailer,
    mailOutbox: new MailOutbox({ db: database.db, mailer, log: quietLog, webUrl: testAuthSettings.webUrl }),
    auth: testAuthSettings,
    skills: createSkillIntelligence(database.db, quietLog),
    search,
    healthMaxAgeMs: 0,
    ...(options.expensiveRequests ? { expensiveRequests: options.expensiveRequests } : {}),
  };
}

/** The whole API in-process over a private, migrated database with ESCO loaded. */
export async function createTestApi(options: Omit<TestDepsOptions, 'mailbox'> = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const mailbox: string[] = [];
  const deps = createTestDeps(database, { ...options, mailbox });
  const { search } = deps;
  const app = createApp(deps);

  const request: TestApi['request'] = async (method, path, body, options = {}) => {
    const headers: Record<string, string> = { 'x-forwarded-for': '10.9.9.9', ...(options.headers ?? {}) };
    if (options.as) headers.authorization = `Bearer ${options.as.token}`;
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers = { 'content-type': 'application/json', ...headers };
    }
    const response = await app.request(path, init);
    const text = await response.text();
    // The outbox mails after the answer; tests read the mailbox as soon as the request returns.
    if (!options.mailAfter) await deps.mailOutbox.drain();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };

  const tokenFromMail: TestApi['tokenFromMail'] = (to) => {
    const mail = [...mailbox].reverse().find((entry) => entry.startsWith(`mail to=${to} `));
    const token = mail?.match(/token=([A-Za-z0-9_-]+)/)?.[1];
    if (!token) throw new Error(`no token mailed to ${to}`);
    return token;
  };

  /** Signs up, then confirms the address with the mailed link, choosing the password: that signs the user in. */
  const signUp: TestApi['signUp'] = async (options = {}) => {
    const email = options.email ?? `user-${unique()}@example.org`;
    // Each sign-up comes from its own address, so the per-client limits of a test file never add up.
    const from = { headers: { 'x-forwarded-for': `10.1.${counter % 250}.${(counter++ % 250) + 1}` } };
    const res = await request(
      'POST',
      '/api/v1/auth/sign-up',
      {
        email,
        displayName: options.displayName ?? 'Test User',
        ...(options.student ? { student: { visibility: options.student } } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
      },
      from,
    );
    if (res.status !== 202) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
    const confirmed = await request('POST', '/api/v1/auth/verify-email', { token: tokenFromMail(email), password: PASSWORD }, from);
    if (confirmed.status !== 200) throw new Error(`confirmation failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
    return { id: confirmed.body.user.id, email, token: confirmed.body.token, csrfToken: confirmed.body.csrfToken, profileId: confirmed.body.user.profileId };
  };

  let clusterAdmin: Promise<TestUser> | undefined;
  return {
    database,
    search,
    mailbox,
    mailOutbox: deps.mailOutbox,
    request,
    signUp,
    async newOrganisation(overrides = {}) {
      const admin = await signUp();
      const res = await request('POST', '/api/v1/organisations', { kind: 'company', name: `Test Company ${unique()}`, ...overrides }, { as: admin });
      if (res.status !== 201) throw new Error(`organisation failed: ${res.status} ${JSON.stringify(res.body)}`);
      return { organisation: res.body, admin };
    },
    clusterAdmin: () => (clusterAdmin ??= signUp({ email: CLUSTER_ADMIN_EMAIL, displayName: 'Cluster Admin' })),
    tokenFromMail,
    async close() {
      await search.sync.stop();
      await deps.mailOutbox.stop();
      await database.close();
    },
  };
}

export const SKILLS = {
  python: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
  sql: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
  javascript: 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7',
  projectManagement: 'http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388',
};

/** Asserts the one error shape and returns its code. */
export function expectErrorShape(response: TestResponse): string {
  const error = response.body?.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string' || typeof error.requestId !== 'string') {
    throw new Error(`not the error shape: ${response.status} ${JSON.stringify(response.body)}`);
  }
  if (Object.keys(response.body).length !== 1) throw new Error(`extra top-level keys: ${Object.keys(response.body).join(', ')}`);
  return error.code;
}
