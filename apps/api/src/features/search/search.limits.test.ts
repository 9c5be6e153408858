import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@kc/db';
import { createPostgresEngine } from '@kc/search';
import { testDatabaseKind } from '@kc/testing';
import type { ConcurrencyLimit } from '../../lib/concurrency.ts';
import { createTestApi, expectErrorShape, type TestApi } from '../../testing.ts';

/** The database as the engine sees it, counting the statements it sends (a transaction's too). */
function counting(db: Db): { db: Db; statements: () => number } {
  let statements = 0;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value: unknown = Reflect.get(object, property);
        if (property === 'execute') return (...args: unknown[]) => (statements++, (value as (...a: unknown[]) => unknown).apply(object, args));
        if (property === 'transaction') {
          return (work: (tx: Db) => Promise<unknown>, config?: unknown) => (value as (...a: unknown[]) => unknown).call(object, (tx: Db) => work(wrap(tx)), config);
        }
        return typeof value === 'function' ? value.bind(object) : value;
      },
    });
  return { db: wrap(db), statements: () => statements };
}

/** A test API whose search engine counts its statements. */
async function countingApi(expensiveRequests?: ConcurrencyLimit): Promise<{ api: TestApi; statements: () => number }> {
  let statements = () => 0;
  const api = await createTestApi({
    ...(expensiveRequests ? { expensiveRequests } : {}),
    searchEngine: (database) => {
      const counted = counting(database.db);
      statements = counted.statements;
      return createPostgresEngine(counted.db);
    },
  });
  return { api, statements: () => statements() };
}

const letters = 'abcdefghijklmnopqrstuvwxyz';
const randomWord = () => Array.from({ length: 9 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
const attack = () => `q=${Array.from({ length: 20 }, randomWord).join('+')}`;

describe('every search costs a bounded amount', () => {
  let api: TestApi;
  let statements: () => number;
  beforeAll(async () => {
    ({ api, statements } = await countingApi());
  });
  afterAll(async () => {
    await api.close();
  });

  const statementsFor = async (query: string) => {
    const before = statements();
    const res = await api.request('GET', `/api/v1/search/skills?${query}`);
    expect(res.status).toBe(200);
    return statements() - before;
  };

  it('twenty random nine-letter words take no more statements than one misspelt word', async () => {
    const one = await statementsFor('q=javascrpt');
    for (let i = 0; i < 3; i++) expect(await statementsFor(attack())).toBeLessThanOrEqual(one);
    expect(one).toBeLessThanOrEqual(6);
  });

  it('uses the first ten words of a query and ignores the rest', async () => {
    const found = await api.request('GET', `/api/v1/search/skills?q=${encodeURIComponent(`python ${'programming '.repeat(9)}zzzzqqqq`)}`);
    expect(found.status).toBe(200);
    expect(found.body.total).toBeGreaterThan(0);
  });

  it('a query asked again skips its typo lookups', async () => {
    const q = `q=${randomWord()}+developer`;
    const first = await statementsFor(q);
    expect(await statementsFor(q)).toBeLessThan(first);
  });

  it('health keeps answering while expensive searches run', async () => {
    const finished: string[] = [];
    const searches = Array.from({ length: 10 }, (_, i) =>
      api.request('GET', `/api/v1/search/skills?${attack()}`).then((res) => finished.push(`search ${i} ${res.status}`)),
    );
    const health = api.request('GET', '/api/health').then((res) => finished.push(`health ${res.status}`));
    await Promise.all([...searches, health]);
    expect(finished).toContain('health 200');
    // Before the fix health queued behind every search; now only those in their places run ahead of it.
    expect(finished.indexOf('health 200')).toBeLessThan(9);
  });
});

describe('identical searches in flight at the same time', () => {
  let api: TestApi;
  let statements: () => number;
  beforeAll(async () => {
    // One search at a time and nobody waiting: a second search that is not shared is refused.
    ({ api, statements } = await countingApi({ concurrency: 1, maxWaiting: 0, maxWaitMs: 10_000 }));
  });
  afterAll(async () => {
    await api.close();
  });

  const together = async (count: number, query: () => string, options?: Parameters<TestApi['request']>[3]) => {
    const before = statements();
    const answers = await Promise.all(Array.from({ length: count }, () => api.request('GET', `/api/v1/search/skills?${query()}`, undefined, options)));
    return { answers, statements: statements() - before };
  };

  it('are answered by one search when anonymous, without waiting for a place of their own', async () => {
    // Two unknown words of the same shape cost the same (the second's typo lookups are not cached).
    const alone = await together(1, () => `q=${randomWord()}+developer`);
    const word = `q=${randomWord()}+developer`;
    const crowd = await together(10, () => word);
    expect(crowd.answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    for (const answer of crowd.answers) expect(answer.body).toEqual(crowd.answers[0]?.body);
    expect(crowd.statements).toBe(alone.statements);
  });

  it('are each their own search when different, or when the readers are signed in', async () => {
    const different = await together(3, attack);
    expect(different.answers.filter((a) => a.status === 503)).toHaveLength(2);
    const reader = await api.signUp();
    const word = `q=${randomWord()}`;
    const signedIn = await together(3, () => word, { as: reader });
    expect(signedIn.answers.filter((a) => a.status === 503)).toHaveLength(2);
  });
});

describe('a server under more searches than it serves at once', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ expensiveRequests: { concurrency: 1, maxWaiting: 2, maxWaitMs: 10_000 } });
  });
  afterAll(async () => {
    await api.close();
  });

  it('serves some, refuses the rest with 503 and Retry-After, and still answers health and sign-in', async () => {
    const searches = Promise.all(Array.from({ length: 8 }, () => api.request('GET', `/api/v1/search/skills?${attack()}`)));
    const [health, signIn] = await Promise.all([
      api.request('GET', '/api/health'),
      api.request('POST', '/api/v1/auth/sign-in', { email: 'nobody@example.org', password: 'not a password' }, { headers: { 'x-forwarded-for': '10.66.0.1' } }),
    ]);
    expect(health.status).toBe(200);
    expect(signIn.status).toBe(401);
    const answers = await searches;
    const refused = answers.filter((a) => a.status === 503);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(3);
    expect(refused.length).toBeGreaterThan(0);
    for (const res of refused) {
      expect(expectErrorShape(res)).toBe('SERVICE_UNAVAILABLE');
      expect(res.headers.get('retry-after')).toBe('1');
    }
  });
});

describe.skipIf(testDatabaseKind() === 'pglite')(
  `the statement timeout${testDatabaseKind() === 'pglite' ? ' — skipped: PGlite has no timers for statement_timeout; its searches are bounded by the word and candidate limits above' : ''}`,
  () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi({ searchEngine: (database) => createPostgresEngine(database.db, { statementTimeoutMs: 1 }) });
    });
    afterAll(async () => {
      await api.close();
    });

    it('a search over its time is stopped and answered 503, not 500', async () => {
      const res = await api.request('GET', `/api/v1/search/skills?${attack()}`);
      expect(res.status).toBe(503);
      expect(expectErrorShape(res)).toBe('SERVICE_UNAVAILABLE');
      expect(res.body.error.message).toMatch(/took too long/);
      expect((await api.request('GET', '/api/health')).status).toBe(200);
    });
  },
);
