import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '@kc/db';
import { createTestDatabase, testDatabaseKind } from '@kc/testing';
import { createPostgresEngine, keywordsMark } from './postgres-engine.ts';
import type { IndexedDocument } from './port.ts';
import { describeEngineContract } from './testing/engine-contract.ts';

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
      const python = 'http://data.europa.eu/esco/skill/test-python';
      const student = {
        id: '20000000-0000-4000-8000-000000000001',
        displayName: 'Mariya Ivanova',
        headline: 'Data science student',
        about: '',
        programme: null,
        institutionId: null,
        institutionName: null,
        studyYear: null,
        availability: 'part_time',
        district: null,
        visibility: 'public',
        updatedAt: '2026-02-01T00:00:00.000Z',
        skillUris: [python],
        skillLabels: ['Python (computer programming)'],
        skillPaths: [python],
        recency: 1,
        sortTitle: 'mariya ivanova',
      } as IndexedDocument<'students'>;
      await createPostgresEngine(db).index('students', [student]);
      // As an install before `skillUris` was filterable stored it: no skill keywords, no mark.
      await db.execute(sql`update search_documents set keywords = array(select k from unnest(keywords) as k where k not like 'skillUris=%' and k not like '#keywords=%')`);

      const engine = createPostgresEngine(db);
      await engine.prepare({ synonyms: {} });
      const hits = await engine.shortlist('students', { skills: new Map([[python, 2]]), filters: { visibility: ['public'] }, limit: 5 });
      expect(hits.map((h) => [h.document.id, h.weight])).toEqual([[student.id, 2]]);
      const [row] = rowsOf<{ keywords: string[] | string }>(await db.execute(sql`select keywords from search_documents where id = ${student.id}`));
      expect(String(row?.keywords)).toContain(keywordsMark('students'));
    } finally {
      await database.close();
    }
  }, 60_000);
});
