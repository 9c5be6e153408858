import { createServer } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@kc/db';
import { createMeilisearchEngine, createPostgresEngine, reindex, searchableCount, SearchSync } from '@kc/search';
import { SEARCH_COLLECTIONS } from '@kc/contract';
import { createTestApi, expectErrorShape, SKILLS, unique, type TestApi } from '@kc/api/testing';

/** An address nothing listens on: a port we opened and closed again. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

interface OutboxRow {
  collection: string;
  document_key: string;
  attempts: number;
  last_error: string | null;
  wait_seconds: number;
}

let api: TestApi;
const tag = unique();
const written: { collection: string; key: string }[] = [];

beforeAll(async () => {
  const meiliUrl = await closedPortUrl();
  api = await createTestApi({ searchEngine: () => createMeilisearchEngine({ url: meiliUrl, timeoutMs: 500 }) });
});
afterAll(() => api?.close());

const outbox = async () =>
  rowsOf<OutboxRow>(
    await api.database.db.execute(sql`select collection, document_key, attempts, last_error,
      extract(epoch from next_attempt_at - now())::float8 as wait_seconds from search_outbox order by seq`),
  );

describe('search while Meilisearch is down', () => {
  it('accepts every write and keeps every change in the outbox', async () => {
    const { organisation, admin } = await api.newOrganisation({ name: `Outage Labs ${tag}` });
    written.push({ collection: 'organisations', key: organisation.id });
    for (const [i, kind] of (['internship', 'job', 'upskilling'] as const).entries()) {
      const res = await api.request(
        'POST',
        '/api/v1/opportunities',
        { organisationId: organisation.id, kind, title: `Outage role ${i} ${tag}`, status: 'open', skills: [{ uri: SKILLS.python, level: 2 }] },
        { as: admin },
      );
      expect(res.status).toBe(201);
      written.push({ collection: 'opportunities', key: res.body.id });
    }
    const student = await api.signUp({ displayName: `Outage Student ${tag}`, student: 'public' });
    written.push({ collection: 'students', key: student.profileId ?? '' });
    const changed = await api.request('PATCH', `/api/v1/students/${student.profileId}`, { headline: 'Still here', version: 1 }, { as: student });
    expect(changed.status).toBe(200);

    const rows = await outbox();
    for (const { collection, key } of written) {
      expect(rows.some((r) => r.collection === collection && r.document_key === key), `${collection} ${key}`).toBe(true);
    }
  });

  it('retries with growing delays, without losing entries or breaking the API', async () => {
    const before = (await outbox()).length;
    const first = await api.search.sync.drain();
    expect(first).toMatchObject({ synced: 0 });
    expect(first.failed).toBe(before);
    const afterFirst = await outbox();
    expect(afterFirst).toHaveLength(before);
    expect(afterFirst.every((r) => r.attempts === 1 && r.wait_seconds > 0 && r.last_error)).toBe(true);

    // Due entries only: nothing is retried before its time.
    expect(await api.search.sync.drain()).toEqual({ synced: 0, failed: 0 });
    await api.search.sync.drain({ includeWaiting: true });
    const afterSecond = await outbox();
    expect(afterSecond.every((r) => r.attempts === 2)).toBe(true);
    const longest = (rows: OutboxRow[]) => Math.max(...rows.map((r) => r.wait_seconds));
    expect(longest(afterSecond)).toBeGreaterThan(longest(afterFirst));

    // The background worker keeps failing quietly while the API goes on answering.
    api.search.sync.start(20);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const health = await api.request('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', search: { engine: 'meilisearch', outbox: { pending: before, failing: before } } });
    const searched = await api.request('GET', `/api/v1/search/opportunities?q=${tag}`);
    expect(searched.status).toBe(503);
    expect(expectErrorShape(searched)).toBe('SERVICE_UNAVAILABLE');
    const write = await api.request('POST', '/api/v1/organisations', { kind: 'company', name: `After outage ${tag}` }, { as: await api.signUp() });
    expect(write.status).toBe(201);
    await api.search.sync.stop();
    expect((await outbox()).some((r) => r.document_key === write.body.id)).toBe(true);
  });

  it('gets every document back from a reindex after the outage (Postgres engine)', async () => {
    const db = api.database.db;
    const engine = createPostgresEngine(db);
    // The ESCO skills were indexed before the outage (the template database holds them).
    const skillsBefore = (await engine.stats()).skills;
    expect(skillsBefore).toBeGreaterThan(13_000);
    const touched = SEARCH_COLLECTIONS.filter((c) => c !== 'skills');
    await db.execute(sql`delete from search_documents where collection <> 'skills'`);
    const counts = await reindex(db, engine, { collections: touched });
    for (const collection of touched) expect(counts[collection], collection).toBe(await searchableCount(db, collection));
    expect(await engine.stats()).toEqual({ ...counts, skills: skillsBefore });

    const found = await engine.search('opportunities', { q: `outage ${tag}`, page: 1, pageSize: 10 });
    expect(found.hits.map((h) => h.document.id).sort()).toEqual(written.filter((w) => w.collection === 'opportunities').map((w) => w.key).sort());
    const people = await engine.search('students', { q: tag, page: 1, pageSize: 10 });
    expect(people.hits.map((h) => (h.document as { headline: string }).headline)).toEqual(['Still here']);

    // With an engine that answers, the outbox drains completely, retries included.
    const report = await new SearchSync(db, engine).drain({ includeWaiting: true });
    expect(report.failed).toBe(0);
    expect(await outbox()).toEqual([]);
  });
});
