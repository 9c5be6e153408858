import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
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
