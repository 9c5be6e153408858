import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { migrate, migrationsFolder, openDatabase, pgliteOf, type Database } from '@kc/db';
import { importEsco, installClusterSkills } from '@kc/taxonomy';
import { createPostgresEngine, SearchSync } from '@kc/search';
import type { TestDatabaseConfig } from '@kc/testing';
import { webBuildDir } from './web-build.ts';

/**
 * Builds, once per run, a database with every migration, the full ESCO taxonomy and the starter
 * cluster skills (as every installation has them); each test file then gets its own copy (a
 * PGlite loaded from the dump, or a PostgreSQL database cloned from a template), so files never
 * share state and never re-import ESCO. The skills are in the Postgres search engine too, and
 * the outbox is empty.
 */

async function loadTemplate(database: Database): Promise<void> {
  await migrate(database);
  await importEsco(database);
  await installClusterSkills(database.db);
  await new SearchSync(database.db, createPostgresEngine(database.db)).drain();
}
const root = fileURLToPath(new URL('../..', import.meta.url));

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder).sort()) {
    if (file.endsWith('.sql')) hash.update(readFileSync(join(migrationsFolder, file)));
  }
  for (const file of readdirSync(join(root, 'data/esco')).sort()) hash.update(file);
  for (const file of ['esco-import.service.ts', 'cluster-skills.ts', 'cluster-skills.service.ts']) hash.update(readFileSync(join(root, 'packages/taxonomy/src', file)));
  for (const file of ['documents.ts', 'postgres-engine.ts', 'sync.ts']) hash.update(readFileSync(join(root, 'packages/search/src', file)));
  return hash.digest('hex').slice(0, 16);
}

async function pgliteTemplate(): Promise<string> {
  const dir = join(root, '.data/test-cache');
  const file = join(dir, `template-${fingerprint()}.tar.gz`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const database = await openDatabase({ memory: true });
  await loadTemplate(database);
  const dump = await pgliteOf(database)?.dumpDataDir('gzip');
  await database.close();
  if (!dump) throw new Error('PGlite dump failed');
  writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
  renameSync(`${file}.tmp`, file);
  process.stderr.write(`[tests] PGlite template with ESCO built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return file;
}

async function postgresTemplate(adminUrl: string): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `kc_test_template_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name}`);
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: url.toString(), maxConnections: 4 });
  await loadTemplate(database);
  await database.close();
  process.stderr.write(`[tests] PostgreSQL template with ESCO built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return {
    name,
    drop: async () => {
      const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`kc_test_%_${process.pid}%`} or datname = ${name}`;
      for (const { datname } of leftovers) await admin.unsafe(`drop database if exists ${datname} with (force)`);
      await admin.end();
    },
  };
}

export default async function setup(project: TestProject) {
  // The browser test files of this run share one web build; it goes when the run ends.
  const runId = `${process.pid}-${Date.now().toString(36)}`;
  project.provide('testRunId', runId);
  const removeWebBuild = () => rmSync(join(root, 'apps/web', webBuildDir(runId)), { recursive: true, force: true });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const template = await postgresTemplate(adminUrl);
    const config: TestDatabaseConfig = { kind: 'postgres', adminUrl, template: template.name, runId: String(process.pid) };
    project.provide('testDatabase', config);
    return async () => {
      removeWebBuild();
      await template.drop();
    };
  }
  const config: TestDatabaseConfig = { kind: 'pglite', templateFile: await pgliteTemplate() };
  project.provide('testDatabase', config);
  return removeWebBuild;
}
