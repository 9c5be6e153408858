import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  BackupFileError,
  backupDatabase,
  BackupSchemaError,
  migrate,
  migrateFirst,
  migrationJournal,
  openDatabase,
  readBackupHeader,
  restoreDatabase,
  RestoreFailedError,
  rowsOf,
  schemaVersion,
  type Database,
} from '@kc/db';
import { seedDemo } from '@kc/seed';
import { createEmptyDatabase, createTestDatabase, testDatabaseKind } from '@kc/testing';

const adminUrl = process.env.TEST_DATABASE_URL;
const kind = adminUrl ? 'PostgreSQL' : 'PGlite';
const REFERENCE_DATE = '2026-09-01';
const dir = mkdtempSync(join(tmpdir(), 'kc-backup-test-'));
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function tracked(database: Promise<Database>): Promise<Database> {
  const opened = await database;
  cleanups.push(() => opened.close());
  return opened;
}

/** A database of this run's kind with no migration applied. */
const emptyDatabase = () => tracked(createEmptyDatabase());

async function run(database: Database, query: ReturnType<typeof sql>) {
  return rowsOf<Record<string, unknown>>(await database.db.execute(query));
}

/** The catalog's own list of the public schema's tables, independent of the backup code. */
async function catalogTables(database: Database): Promise<string[]> {
  const rows = await run(database, sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
  return rows.map((r) => String(r.table_name));
}

/** Rows and an order-independent digest per table: md5 over the sorted md5s of each row's text. */
async function digests(database: Database): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await catalogTables(database);
  return database.db.transaction(async (tx) => {
    for (const setting of ["timezone = 'UTC'", 'extra_float_digits = 1', "datestyle = 'ISO, YMD'"]) await tx.execute(sql.raw(`set local ${setting}`));
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const table of tables) {
      const rows = rowsOf<{ n: number; digest: string }>(
        await tx.execute(sql`
          select count(*)::int as n, coalesce(md5(string_agg(h, '' order by h)), '') as digest
          from (select md5(kc_row::text) as h from ${sql.identifier(table)} as kc_row) x`),
      );
      result[table] = { rows: Number(rows[0]?.n), md5: String(rows[0]?.digest) };
    }
    return result;
  });
}

async function counts(database: Database): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of await catalogTables(database)) {
    const [row] = await run(database, sql`select count(*)::int as n from ${sql.identifier(table)}`);
    result[table] = Number(row?.n);
  }
  return result;
}

/** Rows in every table the demo seed leaves empty, with values that must survive exactly. */
async function fillEveryTable(database: Database): Promise<void> {
  const [user] = await run(database, sql`
    insert into users (email, display_name, password_hash)
    values ('zoe.backup@example.org', ${'Zoë "quoted" \\ back\\slash\nnew line\ttab \u2028 sep 🚀 \'apostrophe\''}, 'hash')
    returning id`);
  const [organisation] = await run(database, sql`select id from organisations order by slug limit 1`);
  const [skill] = await run(database, sql`select uri from skills order by uri limit 1`);
  const userId = String(user?.id);
  await run(database, sql`insert into sessions (id, user_id, csrf_token, created_at, last_seen_at, expires_at, user_agent)
    values ('session-hash', ${userId}, 'csrf', '2026-09-01 10:00:00.123456+02', '2026-09-01 10:00:00.654321+02', '2030-01-02 03:04:05.999999+00', null)`);
  await run(database, sql`insert into user_tokens (token_hash, user_id, purpose, expires_at) values ('token-hash', ${userId}, 'verify_email', '2031-01-01 00:00:00+00')`);
  await run(database, sql`insert into invitations (organisation_id, email, role, token_hash, invited_by, expires_at)
    values (${String(organisation?.id)}, 'invited@example.org', 'admin', 'invitation-hash', ${userId}, '2031-01-01 00:00:00+00')`);
  await run(database, sql`insert into rate_limits (key, window_start, count) values ('sign-in:10.0.0.1', '2026-09-01 12:00:00.000001+00', 3)`);
  await run(database, sql`insert into skill_aliases (skill_uri, alias, created_by) values (${String(skill?.uri)}, 'my alias ж', ${userId})`);
  await run(database, sql`insert into audit_log (actor_user_id, action, entity_type, entity_id, details) values
    (${userId}, 'create', 'user', ${userId}, '{"big": 123456789012345678901234567890, "float": 0.1, "nested": {"a": [1, "two", null]}, "text": "ж🚀\\n"}'),
    (null, 'update', 'organisation', 'x', '{}'),
    (null, 'delete', 'organisation', 'y', '[]')`);
  // The highest id is deleted: the sequence is then ahead of max(id), and a restore must keep it so.
  await run(database, sql`delete from audit_log where id = (select max(id) from audit_log)`);
  await run(database, sql`insert into search_documents (collection, id, document, search_text, keywords, skill_paths, sort_title, recency)
    values ('test', 'awkward', '{"title": "Ünïcode \\"doc\\"", "n": 1.50}',
      setweight(to_tsvector('english', 'backup restore round trip'), 'A') || to_tsvector('simple', 'plain words'),
      array['a,b', 'NULL', '', 'x"y', null, 'z\\w'], array[9007199254740993, -9223372036854775808, 9223372036854775807]::bigint[],
      'awkward', 0.1::float8 + 0.2::float8)`);
  await run(database, sql`insert into search_terms (collection, term) values ('test', 'roundtrip')`);
  await run(database, sql`insert into search_removals (collection, id, removed_xid, removed_at) values ('test', 'gone', 9223372036854775807, '2026-09-01 12:00:00.5+00')`);
  const [views] = await run(database, sql`select to_regclass('public.profile_views') is not null as present`);
  if (views?.present === true) {
    await run(database, sql`insert into profile_views (profile_id, viewer_user_id, day) select id, ${userId}, date '2026-09-01' from student_profiles order by id limit 1`);
  }
  const [history] = await run(database, sql`select to_regclass('public.application_events') is not null as present`);
  if (history?.present === true) {
    await run(database, sql`insert into application_events (application_id, status, at) select id, 'shortlisted', '2026-09-01 12:00:00.000007+00' from applications order by id limit 1`);
  }
  const [inbox] = await run(database, sql`select to_regclass('public.notifications') is not null as present`);
  if (inbox?.present === true) {
    await run(database, sql`insert into notifications (user_id, kind, application_id, status, previous_status, by_applicant, read_at, created_at)
      select ${userId}, 'application_moved', id, 'shortlisted', 'applied', false, '2026-09-01 12:00:00.000008+00', '2026-09-01 12:00:00.000007+00' from applications order by id limit 1`);
  }
  const [targeting] = await run(database, sql`select to_regclass('public.need_responses') is not null as present`);
  if (targeting?.present === true) {
    await run(database, sql`insert into need_responses (opportunity_id, offering_id, provider_id, responded_by, message)
      select o.id, f.id, f.provider_id, ${userId}, 'A "quoted", multi-line
message' from opportunities o cross join offerings f order by o.id, f.id limit 1`);
    await run(database, sql`insert into demand_alerts (user_id, concept_uri, concept_kind, threshold, above, positions, checked_at)
      select ${userId}, uri, 'skill', 5, true, 7, '2026-09-01 12:00:00.000009+00' from skills order by uri limit 1`);
    await run(database, sql`insert into notifications (user_id, kind, demand_alert_id, positions) select user_id, 'demand_alert', id, 7 from demand_alerts limit 1`);
  }
  const [summaries] = await run(database, sql`select to_regclass('public.shortage_snapshot_skills') is not null as present`);
  if (summaries?.present === true) {
    await run(database, sql`insert into shortage_snapshot_skills (month, skill_uri, demand, positions, opportunities, organisations, largest_share, offerings, students, places, supply, held_supply)
      select s.month, k.uri, 12.25, 7, 3, 2, 6.5, 1, 40, 25.5, 0.1 + 0.2, 1e-7 from shortage_snapshots s cross join (select uri from skills order by uri limit 1) k order by s.month limit 1`);
    await run(database, sql`insert into shortage_snapshot_groups (month, group_uri, demand, supply, positions, largest_share, most_students)
      select s.month, g.uri, 12.25, 0.1 + 0.2, 7, 6.5, 40 from shortage_snapshots s cross join (select uri from skill_groups order by uri limit 1) g order by s.month limit 1`);
    // Today's demand counted as the views count it, and one change noted since.
    await run(database, sql`insert into skill_demand (skill_uri, organisation_id, share, positions, opportunities, lowest_level, d1, d2, d3, d4)
      select r.skill_uri, o.organisation_id, 0.1 + 0.2, 3, 1, 2, 0, 0.30000000000000004, 0, 0 from opportunity_skills r join opportunities o on o.id = r.opportunity_id order by 1, 2 limit 1`);
    await run(database, sql`insert into skill_group_demand (group_uri, organisation_id, share, positions)
      select g.uri, o.id, 0.1 + 0.2, 3 from (select uri from skill_groups order by uri limit 1) g cross join (select id from organisations order by id limit 1) o`);
    await run(database, sql`insert into skill_demand_state (as_of) values ('2026-09-01') on conflict do nothing`);
    await run(database, sql`insert into skill_demand_changes (organisation_id) select id from organisations order by id limit 1`);
  }
  await run(database, sql`update offerings set cost_eur = 0.10, ects = 7.5 where id = (select id from offerings order by id limit 1)`);
}

class Rollback extends Error {}

/** Runs checks that write inside a transaction that is then rolled back, so the data stays as restored. */
async function rolledBack(database: Database, body: (tx: Pick<Database['db'], 'execute'>) => Promise<void>): Promise<void> {
  await database.db
    .transaction(async (tx) => {
      await body(tx);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
}

async function gunzipLines(file: string): Promise<string[]> {
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n');
}

function writeGzipLines(file: string, lines: string[]): string {
  writeFileSync(file, gzipSync(lines.join('\n')));
  return file;
}

describe(`backup and restore on ${kind}`, () => {
  let source: Database;
  let target: Database;
  let sourceDigests: Record<string, { rows: number; md5: string }>;
  const backupFile = join(dir, 'demo.kcbackup');

  beforeAll(async () => {
    expect(testDatabaseKind()).toBe(adminUrl ? 'postgres' : 'pglite');
    source = await tracked(createTestDatabase());
    await seedDemo(source, { referenceDate: REFERENCE_DATE });
    await fillEveryTable(source);
    sourceDigests = await digests(source);
    target = await tracked(createTestDatabase());
  });

  it('backs up every table of the public schema, with each row once', async () => {
    const steps = new Set<string>();
    const report = await backupDatabase(source, backupFile, { onProgress: (step) => steps.add(step) });
    const tables = await catalogTables(source);
    // Every table holds rows, so the comparisons below cover every one of them.
    expect(Object.entries(sourceDigests).filter(([, d]) => d.rows === 0)).toEqual([]);
    expect(report.header.tables.map((t) => t.name).sort()).toEqual(tables);
    expect(Object.fromEntries(report.header.tables.map((t) => [t.name, t.rows]))).toEqual(
      Object.fromEntries(Object.entries(sourceDigests).map(([t, d]) => [t, d.rows])),
    );
    expect([...steps].sort()).toEqual(tables);
    expect(report.header.schema).toMatchObject({ applied: migrationJournal().entries.length, latest: migrationJournal().entries.at(-1)?.tag });
    expect(await readBackupHeader(backupFile)).toEqual(report.header);
    const lines = await gunzipLines(backupFile);
    expect(lines.length).toBe(1 + tables.length + report.totalRows + 1 + 1); // header, marks, rows, end mark, final newline
  });

  it('restores into a database holding other data: every table equal, rows and digests', async () => {
    const before = await counts(target);
    expect(before.users).toBe(0); // ESCO only: the restore must replace it
    const report = await restoreDatabase(target, backupFile);
    expect(report.migrated).toBeNull();
    expect(Object.fromEntries(report.tables.map((t) => [t.name, t.before]))).toEqual(before);
    expect(report.rowsAfter).toBe(Object.values(sourceDigests).reduce((sum, d) => sum + d.rows, 0));
    // The digests cover the catalog's tables, found apart from the backup code: a table the backup skipped would differ.
    expect(report.tables.map((t) => t.name).sort()).toEqual(await catalogTables(target));
    expect(await digests(target)).toEqual(sourceDigests);
  }, 120_000);

  it('leaves the sequences after the restored ids', async () => {
    const [sourceMax] = await run(source, sql`select (select max(id) from audit_log)::text as audit, (select last_value from audit_log_id_seq)::text as audit_seq, (select max(seq) from search_outbox)::text as outbox`);
    await rolledBack(target, async (tx) => {
      const [audit] = rowsOf<{ id: string }>(await tx.execute(sql`insert into audit_log (action, entity_type, entity_id) values ('check', 'sequence', 'x') returning id::text as id`));
      expect(BigInt(String(audit?.id))).toBeGreaterThan(BigInt(String(sourceMax?.audit_seq)));
      expect(BigInt(String(audit?.id))).toBeGreaterThan(BigInt(String(sourceMax?.audit)));
      const [outbox] = rowsOf<{ seq: string }>(await tx.execute(sql`insert into search_outbox (collection, document_key) values ('test', 'sequence-check') returning seq::text as seq`));
      expect(BigInt(String(outbox?.seq))).toBeGreaterThan(BigInt(String(sourceMax?.outbox)));
    });
  });

  it('fires the search outbox triggers again after the restore', async () => {
    const disabled = await run(target, sql`select tgname from pg_trigger where not tgisinternal and tgenabled <> 'O'`);
    expect(disabled).toEqual([]);
    const [organisation] = await run(target, sql`select id::text as id from organisations order by slug limit 1`);
    await rolledBack(target, async (tx) => {
      await tx.execute(sql`delete from search_outbox where collection = 'organisations'`);
      await tx.execute(sql`update organisations set description = description || ' (after restore)' where id = ${String(organisation?.id)}`);
      const queued = rowsOf<{ document_key: string }>(await tx.execute(sql`select document_key from search_outbox where collection = 'organisations'`));
      expect(queued.map((q) => q.document_key)).toEqual([organisation?.id]);
    });
  });

  describe('refuses bad files and leaves the target unchanged', () => {
    let small: string;
    let smallLines: string[];

    beforeAll(async () => {
      // A small backup at the same schema keeps these cases fast; the target still holds everything.
      const mini = await emptyDatabase();
      await migrate(mini);
      await run(mini, sql`insert into organisations (kind, name, slug) values ('company', 'Mini', 'mini')`);
      await run(mini, sql`insert into users (email, display_name) values ('mini@example.org', 'Mini')`);
      await run(mini, sql`insert into skills (uri, preferred_label) values ('urn:kc:skill:mini', 'mini skill')`);
      small = join(dir, 'small.kcbackup');
      await backupDatabase(mini, small);
      smallLines = await gunzipLines(small);
    });

    const expectUnchanged = async () => expect(await counts(target)).toEqual(Object.fromEntries(Object.entries(sourceDigests).map(([t, d]) => [t, d.rows])));

    it('a truncated file', async () => {
      const bytes = readFileSync(backupFile);
      const file = join(dir, 'truncated.kcbackup');
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.3)));
      const failure = restoreDatabase(target, file);
      await expect(failure).rejects.toThrow(BackupFileError);
      await expect(failure).rejects.toThrow(/incomplete/);
      await expectUnchanged();
    }, 120_000);

    it('a file with damaged bytes', async () => {
      const bytes = Buffer.from(readFileSync(small));
      for (let i = Math.floor(bytes.length / 2); i < Math.floor(bytes.length / 2) + 16; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
      const file = join(dir, 'damaged.kcbackup');
      writeFileSync(file, bytes);
      await expect(restoreDatabase(target, file)).rejects.toThrow(/damaged|incomplete/);
      await expectUnchanged();
    });

    it('a file cut at a line: all rows of some tables inserted, then the end is missing', async () => {
      const file = writeGzipLines(join(dir, 'cut.kcbackup'), smallLines.slice(0, -3));
      await expect(restoreDatabase(target, file)).rejects.toThrow(/damaged or incomplete/);
      await expectUnchanged();
    });

    it('a row the database rejects', async () => {
      const lines = [...smallLines];
      const users = lines.findIndex((l) => l.startsWith('{"kc:table":"users"'));
      lines[users + 1] = '{"id": null, "email": null}';
      const file = writeGzipLines(join(dir, 'bad-row.kcbackup'), lines);
      const failure = restoreDatabase(target, file);
      await expect(failure).rejects.toThrow(RestoreFailedError);
      await expect(failure).rejects.toThrow(/rolled back, nothing was changed\. It failed with: .*null value/);
      await expectUnchanged();
    });

    it('a file that is not a backup, or of another format version', async () => {
      const plain = join(dir, 'plain.txt');
      writeFileSync(plain, 'hello\n');
      await expect(restoreDatabase(target, plain)).rejects.toThrow(/not a Knowledge City backup: it is not gzip-compressed/);
      const other = writeGzipLines(join(dir, 'other.kcbackup'), ['{"format":"pg_dump","formatVersion":1}', '']);
      await expect(restoreDatabase(target, other)).rejects.toThrow(/not a Knowledge City backup \(its format is "pg_dump", expected "kc-backup"\)/);
      const notJson = writeGzipLines(join(dir, 'not-json.kcbackup'), ['COPY skills FROM stdin;', '']);
      await expect(restoreDatabase(target, notJson)).rejects.toThrow(/its first line is not JSON/);
      const header = JSON.parse(smallLines[0] ?? '{}') as Record<string, unknown>;
      const future = writeGzipLines(join(dir, 'future.kcbackup'), [JSON.stringify({ ...header, formatVersion: 99 }), ...smallLines.slice(1)]);
      await expect(restoreDatabase(target, future)).rejects.toThrow(/format version 99; this code reads version 1/);
      await expectUnchanged();
    });

    it('a backup whose schema is newer than the code', async () => {
      const header = JSON.parse(smallLines[0] ?? '{}') as { schema: Record<string, unknown> };
      const newer = { ...header, schema: { ...header.schema, applied: 99, latest: null } };
      const file = writeGzipLines(join(dir, 'newer.kcbackup'), [JSON.stringify(newer), ...smallLines.slice(1)]);
      const failure = restoreDatabase(target, file);
      await expect(failure).rejects.toThrow(BackupSchemaError);
      await expect(failure).rejects.toThrow(/newer than this code: 99 migrations applied/);
      await expectUnchanged();
    });

    it('an older backup into a database at another schema that holds data', async () => {
      const older = await emptyDatabase();
      await migrateFirst(older, migrationJournal().entries.length - 1);
      await run(older, sql`insert into organisations (kind, name, slug) values ('company', 'Older', 'older')`);
      const file = join(dir, 'older.kcbackup');
      await backupDatabase(older, file);
      await expect(restoreDatabase(target, file)).rejects.toThrow(/Restore into an empty database instead/);
      await expectUnchanged();
      // Into an empty database it goes: the older schema, the data, then the newer migrations.
      const fresh = await emptyDatabase();
      const report = await restoreDatabase(fresh, file);
      expect(report.migrated).toEqual({ before: migrationJournal().entries.length - 1, after: migrationJournal().entries.length });
      expect(await schemaVersion(fresh)).toMatchObject({ applied: migrationJournal().entries.length, pending: 0 });
      expect(await run(fresh, sql`select slug from organisations`)).toEqual([{ slug: 'older' }]);
    }, 60_000);

    it('all of the above left every row as it was', async () => {
      expect(await digests(target)).toEqual(sourceDigests);
    }, 60_000);
  });

  it.runIf(adminUrl)('backs up PostgreSQL online: a consistent snapshot while another connection writes', async () => {
    let writes = 0;
    let stop = false;
    const writer = (async () => {
      while (!stop) {
        const key = `online-${writes}`;
        await source.db.transaction(async (tx) => {
          await tx.execute(sql`insert into rate_limits (key, window_start, count) values (${key}, now(), 1)`);
          await tx.execute(sql`insert into audit_log (action, entity_type, entity_id) values ('online', 'check', ${key})`);
        });
        writes++;
      }
    })();
    while (writes < 5) await new Promise((r) => setTimeout(r, 10));
    const writesBefore = writes;
    const file = join(dir, 'online.kcbackup');
    const report = await backupDatabase(source, file);
    const writesAfter = writes;
    stop = true;
    await writer;
    expect(writesAfter).toBeGreaterThan(writesBefore); // the app kept writing during the backup
    const lines = await gunzipLines(file);
    const rowsOfTable = (table: string) => {
      const start = lines.findIndex((l) => l.startsWith(`{"kc:table":"${table}"`));
      const n = report.header.tables.find((t) => t.name === table)?.rows ?? 0;
      return lines.slice(start + 1, start + 1 + n).map((l) => JSON.parse(l) as Record<string, unknown>);
    };
    const limits = rowsOfTable('rate_limits').map((r) => String(r.key)).filter((k) => k.startsWith('online-')).sort();
    const audits = rowsOfTable('audit_log').filter((r) => r.action === 'online').map((r) => String(r.entity_id)).sort();
    expect(limits.length).toBeGreaterThanOrEqual(writesBefore);
    expect(audits).toEqual(limits); // both rows of each write, or neither
    await source.db.execute(sql`delete from rate_limits where key like 'online-%'`);
    await source.db.execute(sql`delete from audit_log where action = 'online'`);
  }, 60_000);

  it.runIf(adminUrl)('round-trips across kinds: PostgreSQL → PGlite → PostgreSQL, every table equal', async () => {
    const pglite = await tracked(openDatabase({ memory: true }));
    const intoPglite = await restoreDatabase(pglite, backupFile);
    expect(intoPglite.header.databaseKind).toBe('postgres');
    expect(await digests(pglite)).toEqual(sourceDigests);
    const fromPglite = join(dir, 'from-pglite.kcbackup');
    const report = await backupDatabase(pglite, fromPglite);
    expect(report.header.databaseKind).toBe('pglite');
    const again = await tracked(createTestDatabase());
    await restoreDatabase(again, fromPglite);
    expect(await digests(again)).toEqual(sourceDigests);
  }, 180_000);
});
