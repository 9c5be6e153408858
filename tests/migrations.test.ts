import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { migrate, migrateFirst, migrationJournal, rowsOf, schemaVersion } from '@kc/db';
import { createEmptyDatabase, testDatabaseKind } from '@kc/testing';

const adminUrl = process.env.TEST_DATABASE_URL;
const emptyDatabase = createEmptyDatabase;

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
          'application_events', 'applications', 'audit_log', 'demand_alerts', 'invitations', 'memberships', 'need_responses', 'notifications', 'occupation_labels', 'occupation_skills', 'occupations', 'offering_skills',
          'offerings', 'opportunities', 'opportunity_skills', 'organisations', 'profile_skills', 'profile_target_occupations', 'profile_views', 'rate_limits', 'sessions', 'shortage_snapshot_demand', 'shortage_snapshot_groups', 'shortage_snapshot_skills', 'shortage_snapshot_supply', 'shortage_snapshots',
          'search_documents', 'search_outbox', 'search_removals', 'search_terms', 'skill_aliases', 'skill_groups', 'skill_hierarchy',
          'skill_demand', 'skill_demand_changes', 'skill_demand_state', 'skill_group_demand', 'skill_relations', 'skill_supply', 'skills', 'student_profiles', 'taxonomy_imports', 'user_tokens', 'users',
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

  it('move the profile views of older releases out of the audit log, once a viewer a day', async () => {
    const database = await emptyDatabase();
    try {
      const journal = migrationJournal().entries.map((e) => e.tag);
      await migrateFirst(database, journal.indexOf('0006_hardening'));
      const ids = { org: '00000000-0000-4000-8000-0000000000a1', viewer: '00000000-0000-4000-8000-0000000000a2', student: '00000000-0000-4000-8000-0000000000a3', profile: '00000000-0000-4000-8000-0000000000a4' };
      await database.db.execute(sql`insert into organisations (id, kind, name, slug) values (${ids.org}, 'company', 'Viewer Co', 'viewer-co')`);
      await database.db.execute(sql`insert into users (id, email, display_name) values (${ids.viewer}, 'viewer@example.org', 'Viewer'), (${ids.student}, 'student@example.org', 'Student')`);
      await database.db.execute(sql`insert into student_profiles (id, user_id) values (${ids.profile}, ${ids.student})`);
      // What listing and searching wrote: the same viewer many times a day, over two days.
      for (const at of ['2026-11-01T08:00:00Z', '2026-11-01T09:00:00Z', '2026-11-01T10:00:00Z', '2026-11-02T08:00:00Z']) {
        await database.db.execute(sql`insert into audit_log (at, actor_user_id, action, entity_type, entity_id, details)
          values (${at}, ${ids.viewer}, 'view', 'student_profile', ${ids.profile}, ${JSON.stringify({ organisationIds: [ids.org] })}::jsonb)`);
      }
      await database.db.execute(sql`insert into audit_log (actor_user_id, action, entity_type, entity_id) values (${ids.viewer}, 'update', 'organisation', ${ids.org})`);
      await migrate(database);
      const views = rowsOf<{ day: string; organisation_id: string; viewer_user_id: string }>(
        await database.db.execute(sql`select day::text as day, organisation_id, viewer_user_id from profile_views order by day`),
      );
      expect(views).toEqual([
        { day: '2026-11-01', organisation_id: ids.org, viewer_user_id: ids.viewer },
        { day: '2026-11-02', organisation_id: ids.org, viewer_user_id: ids.viewer },
      ]);
      const audit = rowsOf<{ action: string }>(await database.db.execute(sql`select action from audit_log`));
      expect(audit.map((a) => a.action)).toEqual(['update']);
    } finally {
      await database.close();
    }
  });

  it('keep the English occupation labels of older releases when they move into the labels table', async () => {
    const database = await emptyDatabase();
    try {
      const journal = migrationJournal().entries.map((e) => e.tag);
      await migrateFirst(database, journal.indexOf('0008_occupation_labels'));
      await database.db.execute(sql`insert into occupations (uri, preferred_label, alt_labels, hidden_labels, isco_group, code)
        values ('urn:test:cook', 'cook', ${'{chef," line cook ",""}'}::text[], ${'{"kitchen hand"}'}::text[], '5120', '5120.1')`);
      await migrate(database);
      const labels = rowsOf<{ language: string; kind: string; label: string }>(
        await database.db.execute(sql`select language, kind, label from occupation_labels where occupation_uri = 'urn:test:cook' order by kind, label`),
      );
      expect(labels).toEqual([
        { language: 'en', kind: 'alternative', label: 'chef' },
        { language: 'en', kind: 'alternative', label: 'line cook' },
        { language: 'en', kind: 'hidden', label: 'kitchen hand' },
        { language: 'en', kind: 'preferred', label: 'cook' },
      ]);
    } finally {
      await database.close();
    }
  });
});
