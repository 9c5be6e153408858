/**
 * `pnpm bench`: timings of the foundation's heavy operations, printed as figures.
 * ESCO import (first, unchanged, forced) and demo seeding, on in-memory PGlite and, when
 * BENCH_DATABASE_URL names a PostgreSQL server (admin database), on a fresh database there.
 * `--scale N` sets the seed scale (default 10). The last line is one JSON object.
 */
import { parseArgs } from 'node:util';
import { migrate, openDatabase, type Database } from '@kc/db';
import { importEsco } from '@kc/taxonomy';
import { seedDemo } from '@kc/seed';
import { withFreshPostgres } from './support/bench-database.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '10' } } });
const scale = Number(values.scale);
const adminUrl = process.env.BENCH_DATABASE_URL;

async function time<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, Math.round(performance.now() - started)];
}

async function benchOn(label: string, database: Database) {
  await migrate(database);
  const [, escoFirstMs] = await time(() => importEsco(database));
  const [, escoUnchangedMs] = await time(() => importEsco(database));
  const [, escoForcedMs] = await time(() => importEsco(database, { force: true }));
  const [seed, seedMs] = await time(() => seedDemo(database, { scale }));
  const figures = { escoFirstMs, escoUnchangedMs, escoForcedMs, seedScale: scale, seedRows: seed.totalInserted, seedMs };
  process.stdout.write(
    `${label.padEnd(10)} ESCO import ${(escoFirstMs / 1000).toFixed(1)} s, unchanged ${(escoUnchangedMs / 1000).toFixed(1)} s, ` +
      `forced ${(escoForcedMs / 1000).toFixed(1)} s; seed scale ${scale}: ${seed.totalInserted.toLocaleString('en')} rows in ${(seedMs / 1000).toFixed(1)} s\n`,
  );
  return figures;
}

const results: Record<string, unknown> = {};
const pglite = await openDatabase({ memory: true });
try {
  results.pglite = await benchOn('PGlite', pglite);
} finally {
  await pglite.close();
}

if (adminUrl) {
  results.postgres = await withFreshPostgres(adminUrl, `kc_bench_${process.pid}`, (database) => benchOn('PostgreSQL', database));
} else {
  process.stdout.write('PostgreSQL skipped: set BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to include it\n');
}

process.stdout.write(`${JSON.stringify(results)}\n`);
