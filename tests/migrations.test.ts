import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { migrate, migrationJournal, openDatabase, rowsOf, schemaVersion, type Database } from '@kc/db';
import { testDatabaseKind } from './support/test-database.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** An empty database of the kind this run tests: nothing migrated yet. */
async function emptyDatabase(): Promise<Database> {
  if (!adminUrl) return openDatabase({ memory: true });
  const name = `kc_test_empty_${randomBytes(4).toString('hex')}_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), maxConnections: 2 });
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  return database;
}

describe(`migrations on ${adminUrl ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('runs against the database kind this run is for', () => {
    expect(testDatabaseKind()).toBe(adminUrl ? 'postgres' : 'pglite');
  });

  it('apply from empty, create every table and pg_trgm, and are a no-op the second time', async () => {
    const database = await emptyDatabase();
    try {
      expect((await schemaVersion(database)).applied).toBe(0);
      await migrate(database);
      const version = await schemaVersion(database);
      const journal = migrationJournal();
      expect(version).toEqual({ applied: journal.entries.length, latest: journal.entries.at(-1)?.tag, pending: 0 });

      const tables = rowsOf<{ table_name: string }>(
        await database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`),
      ).map((r) => r.table_name);
      expect(tables).toEqual(
        [
          'applications', 'audit_log', 'invitations', 'memberships', 'occupation_skills', 'occupations', 'offering_skills',
          'offerings', 'opportunities', 'opportunity_skills', 'organisations', 'profile_skills', 'rate_limits', 'sessions',
          'search_documents', 'search_outbox', 'search_terms', 'skill_aliases', 'skill_groups', 'skill_hierarchy',
          'skill_relations', 'skills', 'student_profiles', 'taxonomy_imports', 'user_tokens', 'users',
        ].sort(),
      );
      const extensions = rowsOf<{ extname: string }>(await database.db.execute(sql`select extname from pg_extension`));
      expect(extensions.map((e) => e.extname)).toContain('pg_trgm');
      const similarity = rowsOf<{ s: number }>(await database.db.execute(sql`select similarity('javascript', 'javascrpt') as s`));
      expect(Number(similarity[0]?.s)).toBeGreaterThan(0.5);
      // The outbox triggers record a write in the writing transaction.
      await database.db.execute(sql`insert into organisations (kind, name, slug) values ('company', 'Trigger Check', 'trigger-check')`);
      const queued = rowsOf<{ collection: string }>(await database.db.execute(sql`select collection from search_outbox`));
      expect(queued.map((q) => q.collection)).toEqual(['organisations']);

      await migrate(database);
      expect(await schemaVersion(database)).toEqual(version);
    } finally {
      await database.close();
    }
  });

  it('enforce the proficiency scale 1–4 in the database itself', async () => {
    const database = await emptyDatabase();
    try {
      await migrate(database);
      await database.db.execute(sql`insert into skills (uri, preferred_label) values ('urn:kc:skill:test', 'test skill')`);
      await database.db.execute(sql`insert into organisations (id, kind, name, slug) values ('00000000-0000-4000-8000-000000000001', 'company', 'C', 'c')`);
      await database.db.execute(sql`insert into opportunities (id, organisation_id, kind, title) values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'job', 'J')`);
      await expect(
        database.db.execute(sql`insert into opportunity_skills (opportunity_id, skill_uri, level) values ('00000000-0000-4000-8000-000000000002', 'urn:kc:skill:test', 5)`),
      ).rejects.toThrow();
      await database.db.execute(sql`insert into opportunity_skills (opportunity_id, skill_uri, level) values ('00000000-0000-4000-8000-000000000002', 'urn:kc:skill:test', 4)`);
    } finally {
      await database.close();
    }
  });
});
