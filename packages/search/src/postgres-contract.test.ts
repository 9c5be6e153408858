import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '@kc/db';
import { createTestDatabase, testDatabaseKind } from '@kc/testing';
import { createPostgresEngine, keywordsMark } from './postgres-engine.ts';
import type { Database } from '@kc/db';
import type { IndexedDocument, SearchEngine } from './port.ts';
import { describeEngineContract } from './testing/engine-contract.ts';

const python = 'http://data.europa.eu/esco/skill/test-python';
const idOf = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** A student document listing `skillUris`, numbered `n`. */
const studentDocument = (n: number, skillUris: string[], visibility = 'public') =>
  ({
    id: idOf(n),
    displayName: `Student ${n}`,
    headline: '',
    about: '',
    programme: null,
    institutionId: null,
    institutionName: null,
    studyYear: null,
    availability: 'part_time',
    district: null,
    visibility,
    updatedAt: '2026-02-01T00:00:00.000Z',
    skillUris,
    skillLabels: skillUris,
    skillPaths: skillUris,
    recency: 1,
    sortTitle: `student ${n}`,
  }) as IndexedDocument<'students'>;

describeEngineContract(`Postgres engine on ${testDatabaseKind() === 'pglite' ? 'PGlite' : 'PostgreSQL'}`, {
  async open() {
    const database = await createTestDatabase();
    await database.db.execute(sql`delete from search_documents`);
    return { engine: createPostgresEngine(database.db), cleanup: () => database.close() };
  },
});

describe('Postgres engine keywords written under an older spec', () => {
  it('are rebuilt from the stored document on the first prepare, so a shortlist finds them', async () => {
    const database = await createTestDatabase();
    try {
      const { db } = database;
      await db.execute(sql`delete from search_documents`);
      const student = studentDocument(1, [python]);
      await createPostgresEngine(db).index('students', [student]);
      // As an install before `skillUris` was filterable stored it: no skill keywords, no mark.
      await db.execute(sql`update search_documents set keywords = array(select k from unnest(keywords) as k where k not like 'skillUris=%' and k not like '#keywords=%')`);

      const engine = createPostgresEngine(db);
      await engine.prepare({ synonyms: {} });
      const hits = await engine.shortlist('students', { skills: new Map([[python, 2]]), filters: { visibility: ['public'] }, limit: 5 });
      expect(hits.map((h) => [h.id, h.weight])).toEqual([[student.id, 2]]);
      const [row] = rowsOf<{ keywords: string[] | string }>(await db.execute(sql`select keywords from search_documents where id = ${student.id}`));
      expect(String(row?.keywords)).toContain(keywordsMark('students'));
    } finally {
      await database.close();
    }
  }, 60_000);
});

describe('Postgres engine shortlists, held in memory', () => {
  /** Two engines over one emptied database, as two processes would hold them. */
  async function withTwoProcesses(run: (db: Database['db'], reader: SearchEngine, writer: SearchEngine) => Promise<void>) {
    const database = await createTestDatabase();
    try {
      await database.db.execute(sql`delete from search_documents`);
      await run(database.db, createPostgresEngine(database.db), createPostgresEngine(database.db));
    } finally {
      await database.close();
    }
  }
  const shortlisted = async (engine: SearchEngine) =>
    (await engine.shortlist('students', { skills: new Map([[python, 1]]), filters: { visibility: ['public'] }, limit: 50 })).map((h) => h.id);

  it('catch up with what another process writes and deletes, and with rows changed in SQL', () =>
    withTwoProcesses(async (db, reader, writer) => {
      await writer.index('students', [studentDocument(1, [python]), studentDocument(2, [python])]);
      expect(await shortlisted(reader)).toEqual([idOf(1), idOf(2)]);

      await writer.index('students', [studentDocument(3, [python]), studentDocument(1, [python], 'private')]);
      await writer.delete('students', [idOf(2)]);
      expect(await shortlisted(reader)).toEqual([idOf(3)]);

      // Whoever changes the table, the triggers record it.
      await db.execute(sql`update search_documents set keywords = array_append(keywords, 'visibility=public') where id = ${idOf(1)}`);
      await db.execute(sql`delete from search_documents where id = ${idOf(3)}`);
      expect(await shortlisted(reader)).toEqual([idOf(1)]);
      // A fresh process loads the same.
      expect(await shortlisted(createPostgresEngine(db))).toEqual([idOf(1)]);

      // As a restore from another cluster leaves them: transaction ids far ahead of this one's.
      await db.execute(sql`insert into search_removals (collection, id, removed_xid) values ('students', ${idOf(1)}, 9000000000000)`);
      await writer.index('students', [studentDocument(4, [python])]);
      await db.execute(sql`alter table search_documents disable trigger search_documents_written`);
      await db.execute(sql`update search_documents set written_xid = 9000000000000 where id = ${idOf(4)}`);
      await db.execute(sql`alter table search_documents enable trigger search_documents_written`);
      const restarted = createPostgresEngine(db);
      expect(await shortlisted(restarted)).toEqual([idOf(1), idOf(4)]);
      await writer.index('students', [studentDocument(5, [python])]);
      expect(await shortlisted(restarted)).toEqual([idOf(1), idOf(4), idOf(5)]);
    }), 60_000);

  it.runIf(testDatabaseKind() === 'postgres')('read a transaction that was still running at the previous catch-up once it commits', () =>
    withTwoProcesses(async (db, reader, writer) => {
      await writer.index('students', [studentDocument(1, [python])]);
      expect(await shortlisted(reader)).toEqual([idOf(1)]);
      await db.transaction(async (tx) => {
        await createPostgresEngine(tx as never).index('students', [studentDocument(2, [python])]);
        // Not committed yet: the reader cannot see it, and a later writer commits first.
        expect(await shortlisted(reader)).toEqual([idOf(1)]);
        await writer.index('students', [studentDocument(3, [python])]);
        expect(await shortlisted(reader)).toEqual([idOf(1), idOf(3)]);
      });
      expect(await shortlisted(reader)).toEqual([idOf(1), idOf(2), idOf(3)]);
    }), 60_000);
});
