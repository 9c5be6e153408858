import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { PgliteThread } from './pglite-thread.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The drizzle database, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Where the data lives: the PGlite folder, "memory", or the server URL without password. */
  location: string;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | { databaseUrl: string; maxConnections?: number }
  | { dataDir: string; lockOwner?: Record<string, unknown> }
  | { memory: true; loadDataDir?: Blob | File };

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if ('databaseUrl' in config) return openPostgres(config.databaseUrl, config.maxConnections ?? 10);
  if ('memory' in config) return openPglite(undefined, config.loadDataDir);
  mkdirSync(config.dataDir, { recursive: true });
  const lock = acquireDataDirLock(config.dataDir, config.lockOwner ?? {});
  try {
    return await openPglite(config.dataDir, undefined, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob | File, lock?: DataDirLock): Promise<Database> {
  const client = await PgliteThread.open({ dataDir, loadDataDir });
  const db = drizzlePglite({ client: client.asPglite(), schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    location: dataDir ?? 'memory',
    pglite: client,
    async close() {
      await client.close();
      lock?.release();
    },
  } as Database;
}

function openPostgres(url: string, max: number): Database {
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    location: redactUrl(url),
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

/** The PGlite thread behind a database, for dumps in tests; undefined on a server. */
export function pgliteOf(database: Database): PgliteThread | undefined {
  return (database as Database & { pglite?: PgliteThread }).pglite;
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}

/** Rows of a raw `db.execute()`: postgres.js returns an array, PGlite an object with rows. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
