import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Database } from './client.ts';
import { migrationsFolder } from './migrate.ts';

export interface MigrationIdentity {
  tag: string;
  /** The journal's `when`, which drizzle stores as created_at. */
  folderMillis: number;
  /** sha256 of the SQL file, as drizzle stores it. */
  hash: string;
}

/** The migrations of this code, in order, as drizzle identifies them. */
export function migrationIdentities(): MigrationIdentity[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const files = readMigrationFiles({ migrationsFolder });
  return files.map((file, i) => ({ tag: journal.entries[i]?.tag ?? `#${i}`, folderMillis: file.folderMillis, hash: file.hash }));
}

/**
 * Applies the first `count` migrations only: drizzle's migrator reads a folder's journal, so it
 * is pointed at a temporary copy whose journal stops there. Later migrations then apply as usual.
 */
export async function migrateFirst(database: Database, count: number): Promise<void> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  if (count > journal.entries.length) throw new RangeError(`only ${journal.entries.length} migrations exist, ${count} asked for`);
  const folder = mkdtempSync(join(tmpdir(), 'kc-migrations-'));
  try {
    mkdirSync(join(folder, 'meta'));
    const entries = journal.entries.slice(0, count);
    writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
    for (const { tag } of entries) copyFileSync(join(migrationsFolder, `${tag}.sql`), join(folder, `${tag}.sql`));
    if (database.kind === 'pglite') {
      await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    } else {
      await migratePostgres(database.db as unknown as PostgresJsDatabase, { migrationsFolder: folder });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
