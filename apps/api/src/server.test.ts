import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kc/db';
import { taxonomyStatus } from '@kc/taxonomy';
import { createTestDatabase } from '@kc/testing';
import { createLogger } from './lib/logger.ts';
import { prepareDatabase } from './server.ts';

describe('prepareDatabase', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('loads ESCO again when its tables no longer hold what the last import did, as after a release that adds one', async () => {
    await database.db.execute(sql`delete from occupation_labels`);
    expect((await taxonomyStatus(database.db)).counts.occupationLabels).toBe(0);
    await prepareDatabase(database, { importEsco: true, seedDemo: false }, createLogger('silent'));
    const { counts } = await taxonomyStatus(database.db);
    expect(counts.occupationLabels).toBe(56_315);
    expect(counts.skills).toBe(13_896);
  }, 180_000);
});
