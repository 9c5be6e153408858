import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kc/db';
import { schema } from '@kc/db';
import { createTestDatabase } from '@kc/testing';
import { SKILLS } from '../testing.ts';
import { OFFERING_SKILLS, OPPORTUNITY_SKILLS, replaceSkills, skillsOf } from './skill-sets.repository.ts';

const { organisations, opportunities, offerings } = schema;

describe('a record’s skills', () => {
  let database: Database;
  let organisationId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const [organisation] = await database.db.insert(organisations).values({ kind: 'company', name: 'Skill Set Co', slug: 'skill-set-co' }).returning();
    organisationId = organisation?.id ?? '';
  });
  afterAll(() => database.close());

  const newOpportunity = async () => {
    const [row] = await database.db.insert(opportunities).values({ organisationId, kind: 'job', title: 'Analyst' }).returning({ id: opportunities.id });
    return row?.id ?? '';
  };
  const skillsOfOpportunity = async (id: string) => {
    const [row] = await database.db.select({ skills: skillsOf(OPPORTUNITY_SKILLS, opportunities.id) }).from(opportunities).where(eq(opportunities.id, id));
    return row?.skills;
  };

  it('are replaced as a whole: kept skills take their new values, left-out ones go, new ones come', async () => {
    const id = await newOpportunity();
    await replaceSkills(database.db, OPPORTUNITY_SKILLS, id, [
      { uri: SKILLS.python, level: 2, importance: 'essential' },
      { uri: SKILLS.sql, level: 1, importance: 'optional' },
    ]);
    await replaceSkills(database.db, OPPORTUNITY_SKILLS, id, [
      { uri: SKILLS.sql, level: 4, importance: 'essential' },
      { uri: SKILLS.javascript, level: 3, importance: 'optional' },
    ]);
    expect(await skillsOfOpportunity(id)).toEqual([
      { uri: SKILLS.sql, preferredLabel: 'SQL', level: 4, importance: 'essential' },
      { uri: SKILLS.javascript, preferredLabel: 'JavaScript', level: 3, importance: 'optional' },
    ]);
  });

  it('read in the contract’s order, and as an empty list once none are left', async () => {
    const [offering] = await database.db.insert(offerings).values({ providerId: organisationId, kind: 'course', title: 'Data course' }).returning({ id: offerings.id });
    const id = offering?.id ?? '';
    const read = async () =>
      (await database.db.select({ skills: skillsOf(OFFERING_SKILLS, offerings.id) }).from(offerings).where(eq(offerings.id, id)))[0]?.skills;
    await replaceSkills(database.db, OFFERING_SKILLS, id, [
      { uri: SKILLS.sql, level: 2 },
      { uri: SKILLS.python, level: 2 },
      { uri: SKILLS.javascript, level: 4 },
    ]);
    expect((await read())?.map((s) => [s.preferredLabel, s.level])).toEqual([
      ['JavaScript', 4],
      ['Python (computer programming)', 2],
      ['SQL', 2],
    ]);
    await replaceSkills(database.db, OFFERING_SKILLS, id, []);
    expect(await read()).toEqual([]);
  });

  it('refuse a URI that is not in the taxonomy, naming it, and change nothing', async () => {
    const id = await newOpportunity();
    await replaceSkills(database.db, OPPORTUNITY_SKILLS, id, [{ uri: SKILLS.python, level: 2, importance: 'essential' }]);
    const unknown = 'urn:kc:skill:nope';
    await expect(
      replaceSkills(database.db, OPPORTUNITY_SKILLS, id, [{ uri: SKILLS.sql, level: 1, importance: 'essential' }, { uri: unknown, level: 1, importance: 'essential' }]),
    ).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE', issues: [{ path: 'body.skills.1.uri', message: `unknown skill URI: ${unknown}` }] });
    expect((await skillsOfOpportunity(id))?.map((s) => s.uri)).toEqual([SKILLS.python]);
  });
});
