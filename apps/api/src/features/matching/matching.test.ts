import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindex } from '@kc/search';
import { SKILLS, createTestApi, expectErrorShape, type TestApi, type TestUser } from '../../testing.ts';

/** ESCO: Python and JavaScript are narrower than computer programming. */
const PROGRAMMING = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97';
const UNKNOWN_OCCUPATION = 'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000';
/** ESCO: software developer. */
const SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const student = async (name: string, visibility: 'private' | 'cluster' | 'public', skills: { uri: string; level: number }[]) => {
  const user = await api.signUp({ displayName: name });
  const res = await api.request('POST', '/api/v1/students', { visibility, skills, availability: 'part_time' }, { as: user });
  expect(res.status).toBe(201);
  return { ...user, profileId: res.body.id as string } satisfies TestUser;
};

interface World {
  admin: TestUser;
  organisationId: string;
  opportunityId: string;
  students: Record<'full' | 'narrower' | 'low' | 'hidden' | 'cluster', TestUser>;
}

let world: World;
beforeAll(async () => {
  const { organisation, admin } = await api.newOrganisation();
  const opportunity = await api.request(
    'POST',
    '/api/v1/opportunities',
    {
      organisationId: organisation.id,
      kind: 'internship',
      title: 'Programming intern',
      status: 'open',
      skills: [
        { uri: PROGRAMMING, level: 2, importance: 'essential' },
        { uri: SKILLS.projectManagement, level: 2, importance: 'optional' },
      ],
    },
    { as: admin },
  );
  expect(opportunity.status).toBe(201);
  world = {
    admin,
    organisationId: organisation.id,
    opportunityId: opportunity.body.id,
    students: {
      full: await student('Full Fit', 'public', [
        { uri: PROGRAMMING, level: 3 },
        { uri: SKILLS.projectManagement, level: 2 },
      ]),
      narrower: await student('Python Person', 'public', [{ uri: SKILLS.python, level: 2 }]),
      low: await student('Beginner', 'public', [{ uri: PROGRAMMING, level: 1 }]),
      hidden: await student('Private Person', 'private', [{ uri: PROGRAMMING, level: 4 }]),
      cluster: await student('Cluster Person', 'cluster', [{ uri: PROGRAMMING, level: 4 }]),
    },
  };
  await api.search.sync.drain();
});

const candidates = (as: TestUser | null, id = world.opportunityId, query = '') => api.request('GET', `/api/v1/opportunities/${id}/candidates${query}`, undefined, { as });

describe('candidates for an opportunity', () => {
  it('ranks visible students by fit and explains each requirement', async () => {
    const res = await candidates(world.admin);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((c: { student: { id: string } }) => c.student.id);
    const { full, narrower, low } = world.students;
    expect(ids).toEqual([full.profileId, narrower.profileId, low.profileId]);
    const [first, second, third] = res.body.items;
    expect(first.fit.score).toBe(100);
    expect(first.fit.requirements.map((r: { outcome: string }) => r.outcome)).toEqual(['matched', 'matched']);
    // Python is narrower than computer programming: nearly full credit, named in the reason.
    const programming = second.fit.requirements.find((r: { uri: string }) => r.uri === PROGRAMMING);
    expect(programming).toMatchObject({ outcome: 'partial', via: { uri: SKILLS.python, relation: 'narrower', steps: 1 }, preferredLabel: 'computer programming' });
    expect(programming.via.preferredLabel).toMatch(/python/i);
    expect(second.fit.requirements.find((r: { uri: string }) => r.uri === SKILLS.projectManagement).outcome).toBe('missing');
    // Held at level 1 where 2 is asked: a shortfall, half the credit.
    expect(third.fit.requirements[0]).toMatchObject({ outcome: 'matched', levelFactor: 0.5 });
    expect(second.fit.score).toBeGreaterThan(third.fit.score);
    expect(res.body.total).toBe(3);
    expect(res.body.considered).toBeGreaterThanOrEqual(3);
  });

  it('never lists a private profile, nor a cluster one to an unverified organisation', async () => {
    const res = await candidates(world.admin, world.opportunityId, '?pageSize=100');
    const ids = res.body.items.map((c: { student: { id: string } }) => c.student.id);
    expect(ids).not.toContain(world.students.hidden.profileId);
    expect(ids).not.toContain(world.students.cluster.profileId);
  });

  it('shows cluster profiles to a cluster administrator', async () => {
    const res = await candidates(await api.clusterAdmin(), world.opportunityId, '?pageSize=100');
    expect(res.status).toBe(200);
    const ids = res.body.items.map((c: { student: { id: string } }) => c.student.id);
    expect(ids).toContain(world.students.cluster.profileId);
    expect(ids).not.toContain(world.students.hidden.profileId);
  });

  it('pages through the ranking', async () => {
    const res = await candidates(world.admin, world.opportunityId, '?page=2&pageSize=2');
    expect(res.body.items.map((c: { student: { id: string } }) => c.student.id)).toEqual([world.students.low.profileId]);
    expect(res.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
  });

  it('explains from what each student holds now, and ranks the same from documents indexed without levels', async () => {
    const db = api.database.db;
    const before = (await candidates(world.admin)).body;
    const { low } = world.students;
    try {
      // A level raised a moment ago, before the index has it: ranked on the index, shown as it is now.
      await db.execute(sql`update profile_skills set level = 3 where profile_id = ${low.profileId}`);
      const now = (await candidates(world.admin)).body;
      const beginner = now.items.find((c: { student: { id: string } }) => c.student.id === low.profileId);
      expect(beginner.fit.requirements[0]).toMatchObject({ outcome: 'matched', levelFactor: 1 });
      const scores = now.items.map((c: { fit: { score: number } }) => c.fit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      await db.execute(sql`update profile_skills set level = 1 where profile_id = ${low.profileId}`);
      await api.search.sync.drain();
      // As documents indexed before they carried levels: the skills are read from the profiles.
      await db.execute(sql`update search_documents set document = document - 'skillLevels' where collection = 'students'`);
      expect((await candidates(world.admin)).body).toEqual(before);
    } finally {
      await db.execute(sql`update profile_skills set level = 1 where profile_id = ${low.profileId}`);
      await api.search.sync.drain();
      await reindex(db, api.search.engine, { collections: ['students'] });
    }
    expect((await candidates(world.admin)).body).toEqual(before);
  });

  it('is for the organisation only: anonymous 401, a student or another organisation 403, an unknown id 404', async () => {
    expect((await candidates(null)).status).toBe(401);
    expect(expectErrorShape(await candidates(world.students.full))).toBe('FORBIDDEN');
    const other = await api.newOrganisation();
    expect((await candidates(other.admin)).status).toBe(403);
    expect((await candidates(world.admin, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const draft = await api.request('POST', '/api/v1/opportunities', { organisationId: other.organisation.id, kind: 'job', title: 'Secret', status: 'draft' }, { as: other.admin });
    expect((await candidates(world.admin, draft.body.id)).status).toBe(404);
  });
});

describe('opportunities that fit a student', () => {
  it('ranks open opportunities by the student’s fit, internships first when asked', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const job = await api.request(
      'POST',
      '/api/v1/opportunities',
      { organisationId: organisation.id, kind: 'job', title: 'Programmer', status: 'open', skills: [{ uri: PROGRAMMING, level: 2, importance: 'essential' }] },
      { as: admin },
    );
    await api.request(
      'POST',
      '/api/v1/opportunities',
      { organisationId: organisation.id, kind: 'job', title: 'Draft programmer', status: 'draft', skills: [{ uri: PROGRAMMING, level: 2, importance: 'essential' }] },
      { as: admin },
    );
    await api.search.sync.drain();
    // Python answers programming nearly fully (90): the job asks for nothing else, the internship also for project management.
    const me = world.students.narrower;
    const res = await api.request('GET', '/api/v1/me/opportunities?pageSize=100', undefined, { as: me });
    expect(res.status).toBe(200);
    const titles = res.body.items.map((i: { opportunity: { title: string } }) => i.opportunity.title);
    expect(titles).toContain('Programmer');
    expect(titles).not.toContain('Draft programmer');
    expect(titles.indexOf('Programmer')).toBeLessThan(titles.indexOf('Programming intern'));
    const first = await api.request('GET', '/api/v1/me/opportunities?pageSize=100&internshipsFirst=true', undefined, { as: me });
    expect(first.body.items[0].opportunity.kind).toBe('internship');
    const jobs = await api.request('GET', '/api/v1/me/opportunities?kind=job&pageSize=100', undefined, { as: me });
    expect(jobs.body.items.every((i: { opportunity: { kind: string } }) => i.opportunity.kind === 'job')).toBe(true);
    expect(jobs.body.items.find((i: { opportunity: { id: string } }) => i.opportunity.id === job.body.id).fit.score).toBe(90);
  });

  it('is empty for someone without skills, and needs a session', async () => {
    const user = await api.signUp();
    const res = await api.request('GET', '/api/v1/me/opportunities', undefined, { as: user });
    expect(res.body).toMatchObject({ items: [], total: 0 });
    expect((await api.request('GET', '/api/v1/me/opportunities')).status).toBe(401);
  });
});

describe('trainings and needs', () => {
  it('an opportunity lists the published offerings that teach its skills; an offering lists the open needs it covers', async () => {
    const { organisation, admin } = await api.newOrganisation({ kind: 'training_provider' });
    const publish = (title: string, status: string, skills: { uri: string; level: number }[], extra: Record<string, unknown> = {}) =>
      api.request('POST', '/api/v1/offerings', { providerId: organisation.id, kind: 'course', title, status, skills, ...extra }, { as: admin });
    const course = await publish('Programming basics', 'published', [{ uri: PROGRAMMING, level: 3 }]);
    expect(course.status).toBe(201);
    await publish('Unpublished course', 'draft', [{ uri: PROGRAMMING, level: 3 }]);
    await api.search.sync.drain();
    const offerings = await api.request('GET', `/api/v1/opportunities/${world.opportunityId}/offerings`);
    expect(offerings.status).toBe(200);
    const titles = offerings.body.items.map((i: { offering: { title: string } }) => i.offering.title);
    expect(titles).toContain('Programming basics');
    expect(titles).not.toContain('Unpublished course');
    const covered = await api.request('GET', `/api/v1/offerings/${course.body.id}/opportunities?pageSize=100`);
    expect(covered.status).toBe(200);
    const needs = covered.body.items.map((i: { opportunity: { id: string } }) => i.opportunity.id);
    expect(needs).toContain(world.opportunityId);
    const fit = covered.body.items.find((i: { opportunity: { id: string } }) => i.opportunity.id === world.opportunityId).fit;
    expect(fit.requirements.find((r: { uri: string }) => r.uri === PROGRAMMING).outcome).toBe('matched');
  });
});

describe('a student’s gap and learning path', () => {
  it('against an opportunity: the fit now, the steps that raise it, and what nothing teaches', async () => {
    const { organisation, admin } = await api.newOrganisation({ kind: 'training_provider' });
    await api.request(
      'POST',
      '/api/v1/offerings',
      { providerId: organisation.id, kind: 'course', title: 'Programming in depth', status: 'published', hours: 40, costEur: 200, skills: [{ uri: PROGRAMMING, level: 3 }] },
      { as: admin },
    );
    await api.search.sync.drain();
    const res = await api.request('GET', `/api/v1/me/gap?opportunity=${world.opportunityId}&minimise=money`, undefined, { as: world.students.low });
    expect(res.status).toBe(200);
    expect(res.body.target).toMatchObject({ kind: 'opportunity', id: world.opportunityId, title: 'Programming intern' });
    expect(res.body.path.fitBefore).toBe(res.body.fit.score);
    expect(res.body.path.steps.length).toBeGreaterThan(0);
    let fit = res.body.path.fitBefore;
    for (const step of res.body.path.steps) {
      expect(step.fitBefore).toBe(fit);
      expect(step.fitAfter).toBeGreaterThan(step.fitBefore);
      fit = step.fitAfter;
    }
    expect(res.body.path.fitAfter).toBe(fit);
    expect(res.body.path.steps.some((s: { improves: { uri: string }[] }) => s.improves.some((i) => i.uri === PROGRAMMING))).toBe(true);
  });

  it('gives the fit alone, the same as the gap gives, for an opportunity or an occupation', async () => {
    const me = world.students.low;
    for (const target of [`opportunity=${world.opportunityId}`, `occupation=${encodeURIComponent(SOFTWARE_DEVELOPER)}`]) {
      const fit = await api.request('GET', `/api/v1/me/fit?${target}`, undefined, { as: me });
      const gap = await api.request('GET', `/api/v1/me/gap?${target}`, undefined, { as: me });
      expect(fit.status).toBe(200);
      expect(fit.body).toEqual({ target: gap.body.target, fit: gap.body.fit });
    }
    expect((await api.request('GET', `/api/v1/me/fit?occupation=${encodeURIComponent(UNKNOWN_OCCUPATION)}`, undefined, { as: me })).status).toBe(422);
    expect((await api.request('GET', `/api/v1/me/fit?opportunity=${world.opportunityId}&minimise=money`, undefined, { as: me })).status).toBe(400);
    expect((await api.request('GET', `/api/v1/me/fit?opportunity=${world.opportunityId}`)).status).toBe(401);
  });

  it('against an ESCO occupation; an unknown occupation is a 422 naming it; exactly one target', async () => {
    const me = world.students.narrower;
    const res = await api.request('GET', `/api/v1/me/gap?occupation=${encodeURIComponent(SOFTWARE_DEVELOPER)}`, undefined, { as: me });
    expect(res.status).toBe(200);
    expect(res.body.target.kind).toBe('occupation');
    expect(res.body.fit.requirements.length).toBeGreaterThan(5);
    const unknown = await api.request('GET', `/api/v1/me/gap?occupation=${encodeURIComponent(UNKNOWN_OCCUPATION)}`, undefined, { as: me });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues[0].message).toContain(UNKNOWN_OCCUPATION);
    expect((await api.request('GET', '/api/v1/me/gap', undefined, { as: me })).status).toBe(400);
    expect((await api.request('GET', `/api/v1/me/gap?occupation=${encodeURIComponent(SOFTWARE_DEVELOPER)}&opportunity=${world.opportunityId}`, undefined, { as: me })).status).toBe(400);
    expect((await api.request('GET', `/api/v1/me/gap?occupation=${encodeURIComponent(SOFTWARE_DEVELOPER)}`)).status).toBe(401);
  });
});
