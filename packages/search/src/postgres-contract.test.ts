import { sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKind } from '@kc/testing';
import { createPostgresEngine } from './postgres-engine.ts';
import { describeEngineContract } from './testing/engine-contract.ts';

describeEngineContract(`Postgres engine on ${testDatabaseKind() === 'pglite' ? 'PGlite' : 'PostgreSQL'}`, {
  async open() {
    const database = await createTestDatabase();
    await database.db.execute(sql`delete from search_documents`);
    return { engine: createPostgresEngine(database.db), cleanup: () => database.close() };
  },
});
