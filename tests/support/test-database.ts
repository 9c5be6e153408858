import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '@kc/db';

/** A private database for one test file: migrated, with ESCO loaded. Close it in afterAll. */
export async function createTestDatabase(): Promise<Database> {
  const config = inject('testDatabase');
  if (config.kind === 'pglite') {
    const dump = new Blob([readFileSync(config.templateFile)]);
    return openDatabase({ memory: true, loadDataDir: dump });
  }
  const name = `kc_test_${randomBytes(4).toString('hex')}_${config.runId}`;
  const admin = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${config.template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(config.adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), maxConnections: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** A database of this run's kind with nothing migrated yet; closing it also drops it from a server. */
export async function createEmptyDatabase(): Promise<Database> {
  const config = inject('testDatabase');
  if (config.kind === 'pglite') return openDatabase({ memory: true });
  const name = `kc_test_empty_${randomBytes(4).toString('hex')}_${config.runId}`;
  const admin = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(config.adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), maxConnections: 2 });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export const testDatabaseKind = () => inject('testDatabase').kind;
