/**
 * `pnpm bench:search`: search latency of the Postgres engine for typical queries over the demo
 * cluster at `--scale` (default 500: 100,000 students, 30,000 opportunities), on PGlite and,
 * with BENCH_DATABASE_URL (an admin database URL; default the local server) on a fresh
 * PostgreSQL database. The query path is the API's: every facet of the collection is counted.
 * `--skip-postgres` / `--skip-pglite` leave one out. The last line is one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { SEARCH_SPECS, type SearchCollection } from '@kc/contract';
import { migrate, openDatabase, rowsOf, type Database } from '@kc/db';
import { createPostgresEngine, reindex, type SearchQuery } from '@kc/search';
import { seedDemo } from '@kc/seed';
import { importEsco } from '@kc/taxonomy';
import { withFreshPostgres } from './support/bench-database.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '500' },
    runs: { type: 'string', default: '15' },
    'skip-postgres': { type: 'boolean', default: false },
    'skip-pglite': { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const runs = Number(values.runs);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Python (computer programming): the demo data uses it; the bench also filters by a group above it. */
const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

interface NamedQuery {
  name: string;
  collection: SearchCollection;
  query: Omit<SearchQuery, 'page' | 'pageSize' | 'facets'>;
}

function typicalQueries(ictGroup: string): NamedQuery[] {
  return [
    { name: 'opportunities: newest, no text', collection: 'opportunities', query: {} },
    { name: 'opportunities: "data analyst"', collection: 'opportunities', query: { q: 'data analyst' } },
    { name: 'opportunities: "pyhton" (typo)', collection: 'opportunities', query: { q: 'pyhton' } },
    { name: 'opportunities: "software engineer" + internship', collection: 'opportunities', query: { q: 'software engineer', filters: { kind: ['internship'] } } },
    { name: 'opportunities: ICT skill group, remote', collection: 'opportunities', query: { skills: [ictGroup], filters: { workMode: ['remote'] } } },
    { name: 'students: newest, no text', collection: 'students', query: { filters: { visibility: ['public', 'cluster'] } } },
    { name: 'students: "python"', collection: 'students', query: { q: 'python', filters: { visibility: ['public'] } } },
    { name: 'students: "machne lerning" (typos)', collection: 'students', query: { q: 'machne lerning', filters: { visibility: ['public', 'cluster'] } } },
    { name: 'students: has Python, available part-time', collection: 'students', query: { skills: [PYTHON], filters: { visibility: ['public', 'cluster'], availability: ['part_time'] } } },
    { name: 'students: ICT skill group + "sofia"', collection: 'students', query: { q: 'sofia', skills: [ictGroup], filters: { visibility: ['public', 'cluster'] } } },
    { name: 'offerings: "project management"', collection: 'offerings', query: { q: 'project management' } },
    { name: 'organisations: "satelite" (typo)', collection: 'organisations', query: { q: 'satelite' } },
    { name: 'organisations: universities in Sofia', collection: 'organisations', query: { q: 'sofia', filters: { kind: ['university'] } } },
    { name: 'skills: "javascrpt" (typo)', collection: 'skills', query: { q: 'javascrpt' } },
  ];
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}
const round = (n: number) => Math.round(n * 10) / 10;

async function benchOn(label: string, database: Database) {
  await migrate(database);
  let started = performance.now();
  await importEsco(database);
  log(`${label}: ESCO imported in ${seconds(performance.now() - started)}`);
  started = performance.now();
  const seed = await seedDemo(database, { scale, referenceDate: '2026-09-01' });
  log(`${label}: demo data at scale ${scale} (${seed.totalInserted.toLocaleString('en')} rows) in ${seconds(performance.now() - started)}`);

  const engine = createPostgresEngine(database.db);
  started = performance.now();
  const counts = await reindex(database.db, engine, {
    onCollection: ({ collection, documents }) => log(`${label}:   indexed ${documents.toLocaleString('en')} ${collection}`),
  });
  const reindexMs = performance.now() - started;
  log(`${label}: search index built in ${seconds(reindexMs)}`);
  await database.db.execute(sql`analyze search_documents`);

  const [group] = rowsOf<{ uri: string }>(
    await database.db.execute(sql`select broader_uri as uri from skill_hierarchy where narrower_uri = ${PYTHON} and broader_kind = 'group' limit 1`),
  );
  const perQuery: Record<string, { p50: number; p95: number; total: number }> = {};
  const all: number[] = [];
  for (const { name, collection, query } of typicalQueries(group?.uri ?? PYTHON)) {
    const full: SearchQuery = { ...query, facets: SEARCH_SPECS[collection].facets.map((f) => f.field), page: 1, pageSize: 20 };
    const first = await engine.search(collection, full);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await engine.search(collection, full);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    perQuery[name] = { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), total: first.total };
    log(`${label}:   ${name.padEnd(52)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms  (${first.total.toLocaleString('en')} matches)`);
  }
  all.sort((a, b) => a - b);
  const figures = {
    students: counts.students,
    opportunities: counts.opportunities,
    reindexSeconds: round(reindexMs / 1000),
    p50Ms: round(percentile(all, 50)),
    p95Ms: round(percentile(all, 95)),
    queries: perQuery,
  };
  log(`${label}: all typical queries: p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms`);
  return figures;
}

const results: Record<string, unknown> = {};
if (!values['skip-pglite']) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kc-bench-search-'));
  const database = await openDatabase({ dataDir });
  try {
    results.pglite = await benchOn('PGlite', database);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
if (!values['skip-postgres']) {
  results.postgres = await withFreshPostgres(adminUrl, `kc_bench_search_${process.pid}`, (database) => benchOn('PostgreSQL', database));
}
log(JSON.stringify(results));
