import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '@kc/db';

/** What the test run's global setup built once (`tests/support/global-setup.ts`), handed to every test file. */
export type TestDatabaseConfig =
  | { kind: 'pglite'; templateFile: string }
  | { kind: 'postgres'; adminUrl: string; template: string; runId: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseConfig;
  }
}

/** A database of its own on the test server (a copy of `template`, or empty); closing it drops it. */
async function serverDatabase(config: Extract<TestDatabaseConfig, { kind: 'postgres' }>, template: string | null, maxConnections: number): Promise<Database> {
  const name = `kc_test_${template ? '' : 'empty_'}${randomBytes(4).toString('hex')}_${config.runId}`;
  const admin = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(config.adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), maxConnections });
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

/** A private database for one test file: migrated, with ESCO loaded. Close it in afterAll. */
export async function createTestDatabase(): Promise<Database> {
  const config = inject('testDatabase');
  if (config.kind === 'pglite') return openDatabase({ memory: true, loadDataDir: new Blob([readFileSync(config.templateFile)]) });
  return serverDatabase(config, config.template, 4);
}

/** A database of this run's kind with nothing migrated yet; closing it also drops it from a server. */
export async function createEmptyDatabase(): Promise<Database> {
  const config = inject('testDatabase');
  if (config.kind === 'pglite') return openDatabase({ memory: true });
  return serverDatabase(config, null, 2);
}

export const testDatabaseKind = () => inject('testDatabase').kind;
