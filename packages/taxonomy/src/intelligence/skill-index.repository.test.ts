import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kc/db';
import { skillAliases, skills } from '@kc/db/schema';
import { createTestDatabase } from '@kc/testing';
import { extract } from './extract.ts';
import { buildSkillIndex } from './skill-index.ts';
import { loadSkillIndexInput } from './skill-index.repository.ts';
import { createSkillIndexStore } from './skill-index.store.ts';
import { suggest } from './suggest.ts';

describe('loadSkillIndexInput', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('reads the whole taxonomy and builds a working index', async () => {
    const input = await loadSkillIndexInput(database.db);
    expect(input.skills.length).toBeGreaterThanOrEqual(13_896);
    expect(input.broader.length).toBeGreaterThan(10_000);
    expect(input.occupationCounts.size).toBeGreaterThan(10_000);
    const index = buildSkillIndex(input);
    expect(suggest(index, 'JavaScript')[0]?.preferredLabel).toBe('JavaScript');
    // The starter cluster skills of every installation, with their aliases.
    expect(suggest(index, 'k8s')[0]).toMatchObject({ uri: 'urn:kc:skill:kubernetes', matchKind: 'alias' });
  });

  it('picks up a new local skill and alias after a refresh', async () => {
    const store = await createSkillIndexStore(() => loadSkillIndexInput(database.db));
    expect(suggest(store.current(), 'hcnomad')).toEqual([]);
    const uri = 'urn:kc:skill:hashicorp-nomad';
    await database.db.insert(skills).values({ uri, preferredLabel: 'HashiCorp Nomad', description: 'Workload orchestration.', isLocal: true });
    await database.db.insert(skillAliases).values({ skillUri: uri, alias: 'hcnomad' });
    await store.refresh();
    expect(suggest(store.current(), 'hcnomad')[0]).toMatchObject({ uri, matchKind: 'alias' });
    expect(extract(store.current(), 'You will run our services on hcnomad.')[0]?.uri).toBe(uri);
  });
});
