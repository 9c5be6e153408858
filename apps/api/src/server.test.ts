import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Database } from '@kc/db';
import { CLUSTER_SKILLS, taxonomyStatus } from '@kc/taxonomy';
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

  it('adds the starter cluster skills a database lacks on start, and leaves alone those an administrator removed', async () => {
    const count = async () => rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from skills where is_local`))[0]?.n;
    expect(await count()).toBe(CLUSTER_SKILLS.length);
    // A database from before the starter set, and one starter skill an administrator removed since.
    await database.db.execute(sql`delete from skills where uri like 'urn:kc:skill:%'`);
    await database.db.execute(sql`delete from audit_log where entity_type = 'skill' and entity_id <> 'urn:kc:skill:figma'`);
    await prepareDatabase(database, { importEsco: false, seedDemo: false }, createLogger('silent'));
    expect(await count()).toBe(CLUSTER_SKILLS.length - 1);
    const [figma] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from skills where uri = 'urn:kc:skill:figma'`));
    expect(figma?.n).toBe(0);
    await prepareDatabase(database, { importEsco: false, seedDemo: false }, createLogger('silent'));
    expect(await count()).toBe(CLUSTER_SKILLS.length - 1);
  }, 60_000);
});
