import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@kc/db';
import { SKILLS, createTestApi, expectErrorShape, type TestApi, type TestUser } from '../../testing.ts';

/** What a training provider is shown of demand: pairs worth teaching together, and how its own offerings fare. */
let api: TestApi;
type Org = { organisation: { id: string }; admin: TestUser };
let provider: Org;

async function post(org: Org, skills: string[]) {
  const res = await api.request(
    'POST',
    '/api/v1/opportunities',
    { organisationId: org.organisation.id, kind: 'job', title: `Need ${Math.random()}`, headcount: 1, status: 'open', occupationUri: null, skills: skills.map((uri) => ({ uri, level: 1, importance: 'essential' })) },
    { as: org.admin },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

async function teach(org: Org, skills: string[]) {
  const res = await api.request('POST', '/api/v1/offerings', { providerId: org.organisation.id, kind: 'course', title: `Course ${skills.length}`, status: 'published', seats: 10, skills: skills.map((uri) => ({ uri, level: 2 })) }, { as: org.admin });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

beforeAll(async () => {
  api = await createTestApi();
  const [c1, c2, p, q] = await Promise.all([api.newOrganisation(), api.newOrganisation(), api.newOrganisation({ kind: 'training_provider' }), api.newOrganisation({ kind: 'university' })]);
  provider = p;
  // JavaScript with Python: five postings from two companies, 3 and 2. SQL with Python: five from one, and taught together by q.
  for (let i = 0; i < 3; i++) await post(c1, [SKILLS.python, SKILLS.javascript]);
  for (let i = 0; i < 2; i++) await post(c2, [SKILLS.python, SKILLS.javascript]);
  for (let i = 0; i < 5; i++) await post(c1, [SKILLS.python, SKILLS.sql]);
  await teach(p, [SKILLS.python]);
  await teach(q, [SKILLS.python, SKILLS.sql]);
});
afterAll(() => api?.close());

describe('suggested offerings', () => {
  it('pair the skills asked for together that nobody teaches together, with enough postings and organisations', async () => {
    const res = await api.request('GET', '/api/v1/shortages/bundles');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        skills: [
          { uri: SKILLS.javascript, preferredLabel: expect.any(String) },
          { uri: SKILLS.python, preferredLabel: expect.any(String) },
        ],
        opportunities: 5,
        organisations: '<5',
        positions: 5,
        taughtApart: [0, 2],
      },
    ]);
    const csv = await api.request('GET', '/api/v1/shortages/bundles?format=csv');
    const [row] = parse(csv.body as string, { columns: true, bom: true }) as Record<string, string>[];
    expect(row).toMatchObject({ first_skill_uri: SKILLS.javascript, second_skill_uri: SKILLS.python, opportunities: '5' });
  });
});

describe("a provider's coverage", () => {
  it('gives each offering skill its demand, and the skills in demand it teaches nowhere that may be shown', async () => {
    const res = await api.request('GET', `/api/v1/shortages/providers/${provider.organisation.id}`);
    expect(res.status).toBe(200);
    expect(res.body.offerings).toHaveLength(1);
    const [course] = res.body.offerings;
    // Ten postings ask for Python, from two companies, c1 with eight of ten: one organisation dominates.
    expect(course.skills).toEqual([{ skill: { uri: SKILLS.python, preferredLabel: expect.any(String) }, level: 2, positions: 'suppressed', demand: 'suppressed', index: null }]);
    expect(course.positions).toBe(10);
    // JavaScript (five postings, 60% from c1) is shown; SQL (all from c1) is not.
    expect(res.body.gaps.map((g: { skill: { uri: string } }) => g.skill.uri)).toEqual([SKILLS.javascript]);
    const missing = await api.request('GET', '/api/v1/shortages/providers/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expectErrorShape(missing);
  });
});

describe('suggested offerings beyond the skills asked for most', () => {
  it('still find a pair whose skills are each asked for less than fifty others', async () => {
    const [a, b] = await Promise.all([api.newOrganisation(), api.newOrganisation()]);
    const uris = rowsOf<{ uri: string }>(
      await api.database.db.execute(sql`select uri from skills where uri like 'http://data.europa.eu/esco/skill/%' and uri <> all(${`{${Object.values(SKILLS).join(',')}}`}::text[]) order by uri limit 52`),
    ).map((r) => r.uri);
    const [x, y, ...popular] = uris as [string, string, ...string[]];
    const posting = async (org: { organisation: { id: string } }, skills: string[]) => {
      const [row] = rowsOf<{ id: string }>(
        await api.database.db.execute(sql`insert into opportunities (organisation_id, kind, title, status, headcount) values (${org.organisation.id}, 'job', 'Bulk need', 'open', 1) returning id`),
      );
      for (const uri of skills) await api.database.db.execute(sql`insert into opportunity_skills (opportunity_id, skill_uri, level, importance) values (${row?.id}, ${uri}, 1, 'essential')`);
    };
    // Fifty skills asked for by six postings each, alone; x and y together by five postings of two organisations.
    for (const [i, uri] of popular.entries()) for (let k = 0; k < 6; k++) await posting(i % 2 === 0 ? a : b, [uri]);
    for (let k = 0; k < 5; k++) await posting(k < 3 ? a : b, [x, y]);
    const res = await api.request('GET', '/api/v1/shortages/bundles');
    expect(res.status).toBe(200);
    const pairs = res.body.items.map((i: { skills: { uri: string }[] }) => i.skills.map((s) => s.uri).join(' + '));
    expect(pairs).toEqual(expect.arrayContaining([[x, y].sort().join(' + '), `${SKILLS.javascript} + ${SKILLS.python}`]));
    expect(pairs).toHaveLength(2);
  });
});
