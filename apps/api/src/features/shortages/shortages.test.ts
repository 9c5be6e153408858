import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demandBySkill, rankShortages, shortageBySkill, supplyBySkill, type DemandOpportunity, type HeldSkill, type TeachingOffering } from '@kc/analytics';
import { SKILLS, createTestApi, expectErrorShape, type TestApi, type TestUser } from '../../testing.ts';

/**
 * The shortage query against hand-built data: figures worked out by hand, and every skill's
 * figures as `@kc/analytics` (the measures' reference) computes them from the same rows.
 */
let api: TestApi;
let clusterAdmin: TestUser;
const opportunities: DemandOpportunity[] = [];
const held: HeldSkill[] = [];
const offerings: TeachingOffering[] = [];

/** A date `days` from today in Sofia, as the query's "today" is. */
const daysFromToday = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date(Date.now() + days * 86_400_000));
const today = daysFromToday(0);

type Need = { uri: string; level: number; importance: 'essential' | 'optional' };
async function post(organisation: { id: string; kind: string }, admin: TestUser, headcount: number, skills: Need[], extra: { status?: 'open' | 'draft'; deadline?: string } = {}) {
  const status = extra.status ?? 'open';
  const res = await api.request(
    'POST',
    '/api/v1/opportunities',
    { organisationId: organisation.id, kind: 'job', title: `Need ${opportunities.length}`, headcount, status, ...(extra.deadline ? { deadline: extra.deadline } : {}), skills, occupationUri: null },
    { as: admin },
  );
  expect(res.status).toBe(201);
  opportunities.push({
    id: res.body.id,
    organisationId: organisation.id,
    organisationKind: organisation.kind as DemandOpportunity['organisationKind'],
    sector: null,
    kind: 'job',
    occupationUri: null,
    status,
    headcount,
    deadline: extra.deadline ?? null,
    skills: skills.map((s) => ({ skillUri: s.uri, level: s.level, importance: s.importance })),
  });
}

async function student(skills: { uri: string; level: number }[]) {
  const user = await api.signUp({ student: 'private' });
  const profile = await api.request('GET', `/api/v1/students/${user.profileId}`, undefined, { as: user });
  const res = await api.request('PATCH', `/api/v1/students/${user.profileId}`, { skills, version: profile.body.version }, { as: user });
  expect(res.status).toBe(200);
  for (const s of skills) held.push({ profileId: user.profileId ?? '', skillUri: s.uri, level: s.level });
}

beforeAll(async () => {
  api = await createTestApi();
  clusterAdmin = await api.clusterAdmin();
  const a = await api.newOrganisation();
  const b = await api.newOrganisation();
  const c = await api.newOrganisation();
  // Python: 2 × 1 × 1.5 (due in 20 days) + 1 × 0.5 (optional, no deadline) = 3.5, over 3 positions.
  await post(a.organisation, a.admin, 2, [
    { uri: SKILLS.python, level: 2, importance: 'essential' },
    { uri: SKILLS.sql, level: 1, importance: 'optional' },
  ], { deadline: daysFromToday(20) });
  await post(b.organisation, b.admin, 1, [{ uri: SKILLS.python, level: 3, importance: 'optional' }]);
  // Neither a draft nor a posting past its date counts.
  await post(a.organisation, a.admin, 9, [{ uri: SKILLS.python, level: 1, importance: 'essential' }], { status: 'draft' });
  await post(c.organisation, c.admin, 4, [{ uri: SKILLS.javascript, level: 1, importance: 'essential' }], { deadline: daysFromToday(100) });
  await api.database.db.execute(
    // Its date passes after it was opened: it still reads as open, but no longer counts.
    sql`update opportunities set deadline = current_date - 1 where id = ${opportunities.at(-1)?.id}`,
  );
  opportunities[opportunities.length - 1] = { ...(opportunities.at(-1) as DemandOpportunity), deadline: daysFromToday(-1) };
  // SQL: 1.5 (a, optional, due in 20 days) + 5 (b) + 2 × 1.2 (c, due in 60 days) = 8.9 over 9 positions from three organisations, b the largest at 56%.
  await post(b.organisation, b.admin, 5, [{ uri: SKILLS.sql, level: 1, importance: 'essential' }]);
  await post(c.organisation, c.admin, 2, [{ uri: SKILLS.sql, level: 1, importance: 'essential' }], { deadline: daysFromToday(60) });
  // Project management: one organisation asks for all 6 positions.
  await post(c.organisation, c.admin, 6, [{ uri: SKILLS.projectManagement, level: 2, importance: 'essential' }]);
  for (const level of [3, 3, 1]) await student([{ uri: SKILLS.python, level }]);
  // A published programme of 10 places a year teaches Python to level 3; a draft one teaches SQL.
  const university = await api.newOrganisation({ kind: 'university' });
  for (const [status, uri, yearlyCapacity] of [['published', SKILLS.python, 10], ['draft', SKILLS.sql, 50]] as const) {
    const res = await api.request(
      'POST',
      '/api/v1/offerings',
      { providerId: university.organisation.id, kind: 'degree_programme', title: `Programme ${uri.slice(-4)}`, status, yearlyCapacity, skills: [{ uri, level: 3 }] },
      { as: university.admin },
    );
    expect(res.status).toBe(201);
    offerings.push({ id: res.body.id, providerId: university.organisation.id, kind: 'degree_programme', status, seats: null, yearlyCapacity, skills: [{ skillUri: uri, level: 3 }] });
  }
});
afterAll(async () => {
  await api.close();
});

const shortages = async (query: string, as?: TestUser) => api.request('GET', `/api/v1/shortages${query}`, undefined, as ? { as } : {});

describe('the city’s shortages', () => {
  it('give every figure as the measures define them, to cluster administrators', async () => {
    const res = await shortages('?view=cluster', clusterAdmin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ asOf: today, view: 'cluster', skillsInDemand: 3, hidden: 0 });
    const bySkill = new Map(res.body.items.map((item: { skill: { uri: string } }) => [item.skill.uri, item]));
    // Python: students at level 2 or above: 2; places to level 3: 10 → supply (3 × (2 + 5) + 0.5 × (2 + 5)) / 3.5 = 7.
    expect(bySkill.get(SKILLS.python)).toMatchObject({ demand: 3.5, positions: 3, organisations: 2, students: 2, places: 10, supply: 7 });
    expect((bySkill.get(SKILLS.python) as { index: number }).index).toBeCloseTo((3.5 - 7) / 10.5, 12);
    expect((bySkill.get(SKILLS.python) as { studentsIndex: number }).studentsIndex).toBeCloseTo((3.5 - 2) / 5.5, 12);
    expect(bySkill.get(SKILLS.sql)).toMatchObject({ demand: 8.9, positions: 9, organisations: 3, students: 0, places: 0, supply: 0, index: 1 });
    expect(bySkill.get(SKILLS.projectManagement)).toMatchObject({ demand: 6, positions: 6, organisations: 1, index: 1 });
    expect(bySkill.has(SKILLS.javascript)).toBe(false);
    // Most short first; at the same index, more demand first.
    expect(res.body.items.map((item: { skill: { uri: string } }) => item.skill.uri)).toEqual([SKILLS.sql, SKILLS.projectManagement, SKILLS.python]);
  });

  it('agree with the reference implementation of the measures on the same rows', async () => {
    const reference = rankShortages(shortageBySkill(demandBySkill(opportunities, today), supplyBySkill(held, offerings)).values());
    const items = (await shortages('?view=cluster', clusterAdmin)).body.items as { skill: { uri: string }; demand: number; supply: number; index: number; studentsIndex: number }[];
    expect(items.map((i) => i.skill.uri)).toEqual(reference.map((r) => r.skillUri));
    for (const [i, r] of reference.entries()) {
      expect(items[i]?.demand).toBeCloseTo(r.demand, 1);
      expect(items[i]?.supply).toBeCloseTo(r.supply, 1);
      expect(items[i]?.index).toBeCloseTo(r.index ?? Number.NaN, 12);
      expect(items[i]?.studentsIndex).toBeCloseTo(r.heldIndex ?? Number.NaN, 12);
    }
  });

  it('show the public only what small counts and one organisation’s dominance allow', async () => {
    const res = await shortages('');
    expect(res.status).toBe(200);
    // Python rests on 3 positions and 2 students; project management on one organisation: both left out.
    expect(res.body).toMatchObject({ view: 'public', skillsInDemand: 3, hidden: 2 });
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ skill: { uri: SKILLS.sql }, demand: 8.9, positions: 9, organisations: '<5', students: 0, index: 1 });
    expect(JSON.stringify(res.body)).not.toContain(SKILLS.python);
  });

  it('give the unsuppressed figures to cluster administrators only, and refuse a bad query', async () => {
    const anonymous = await shortages('?view=cluster');
    expect(anonymous.status).toBe(401);
    const someone = await shortages('?view=cluster', await api.signUp());
    expect(someone.status).toBe(403);
    expect(expectErrorShape(someone)).toBe('FORBIDDEN');
    for (const query of ['?limit=0', '?limit=501', '?view=all', '?sort=demand']) {
      const res = await shortages(query);
      expect(res.status, query).toBe(400);
      expect(expectErrorShape(res), query).toBe('VALIDATION_FAILED');
    }
    expect((await shortages('?view=cluster&limit=1', clusterAdmin)).body.items).toHaveLength(1);
  });
});
