import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kc/db';
import { createTestDatabase } from '@kc/testing';
import { loadSkillGraph } from './skill-graph.repository.ts';

const JAVA = 'http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389';

describe('loadSkillGraph', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('holds the whole hierarchy and the skill-to-skill relations, readable both ways', async () => {
    const graph = await loadSkillGraph(database.db);
    expect(graph.size.hierarchyLinks).toBeGreaterThan(10_000);
    // ESCO lists 5,899 relations; one links a skill to itself, which says nothing.
    expect(graph.size.relatedLinks).toBe(5_898);
    const parents = graph.broader(JAVA);
    expect(parents.length).toBeGreaterThan(0);
    for (const parent of parents) expect(graph.narrower(parent)).toContain(JAVA);
  });
});
