import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '@kc/contract';
import { createTestApi, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

interface World {
  admin: TestUser;
  student: TestUser;
  applicationId: string;
}

async function application(): Promise<World> {
  const { organisation, admin } = await api.newOrganisation();
  const opportunity = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'internship', title: 'Intern', status: 'open' }, { as: admin });
  const student = await api.signUp({ student: 'public' });
  const applied = await api.request('POST', `/api/v1/opportunities/${opportunity.body.id}/applications`, { message: 'Hello' }, { as: student });
  expect(applied.status).toBe(201);
  return { admin, student, applicationId: applied.body.id };
}

async function move(world: World, as: TestUser, status: ApplicationStatus) {
  const current = (await api.request('GET', '/api/v1/me/applications', undefined, { as: world.student })).body.items.find(
    (a: { id: string }) => a.id === world.applicationId,
  );
  return api.request('PATCH', `/api/v1/applications/${world.applicationId}`, { status, version: current.version }, { as });
}

describe('applications follow their state machine', () => {
  it('a withdrawal is final: the organisation cannot accept a withdrawn application', async () => {
    const world = await application();
    expect((await move(world, world.student, 'withdrawn')).status).toBe(200);
    for (const status of ['accepted', 'shortlisted', 'rejected'] as const) {
      const res = await move(world, world.admin, status);
      expect(res.status, status).toBe(409);
      expect(res.body.error.message).toMatch(/withdrawn/);
    }
    const [stored] = (await api.request('GET', '/api/v1/me/applications', undefined, { as: world.student })).body.items;
    expect(stored.status).toBe('withdrawn');
  });

  it('applied → shortlisted → accepted; the student may still withdraw after the offer', async () => {
    const world = await application();
    expect((await move(world, world.admin, 'shortlisted')).body.status).toBe('shortlisted');
    expect((await move(world, world.admin, 'shortlisted')).status).toBe(409);
    expect((await move(world, world.admin, 'accepted')).body.status).toBe('accepted');
    expect((await move(world, world.admin, 'rejected')).status).toBe(409);
    const withdrawn = await move(world, world.student, 'withdrawn');
    expect(withdrawn.body.status).toBe('withdrawn');
    // Every step kept, oldest first, refused moves left out; the organisation sees the same history.
    expect(withdrawn.body.history.map((h: { status: string }) => h.status)).toEqual(['applied', 'shortlisted', 'accepted', 'withdrawn']);
    const times = withdrawn.body.history.map((h: { at: string }) => h.at);
    expect(times).toEqual([...times].sort());
    expect(times[0]).toBe(withdrawn.body.createdAt);
    expect(times.at(-1)).toBe(withdrawn.body.statusChangedAt);
    const seen = (await api.request('GET', `/api/v1/opportunities/${withdrawn.body.opportunity.id}/applications`, undefined, { as: world.admin })).body.items;
    expect(seen.find((a: { id: string }) => a.id === world.applicationId).history).toEqual(withdrawn.body.history);
  });

  it('tells the history of an application from before histories were kept from when it was sent and last moved', async () => {
    const world = await application();
    await move(world, world.admin, 'shortlisted');
    await api.database.db.execute(sql`delete from application_events where application_id = ${world.applicationId}`);
    const [stored] = (await api.request('GET', '/api/v1/me/applications', undefined, { as: world.student })).body.items;
    expect(stored.history).toEqual([
      { status: 'applied', at: stored.createdAt },
      { status: 'shortlisted', at: stored.statusChangedAt },
    ]);
  });

  it('a rejection is final', async () => {
    const world = await application();
    expect((await move(world, world.admin, 'rejected')).status).toBe(200);
    expect((await move(world, world.admin, 'accepted')).status).toBe(409);
    expect((await move(world, world.student, 'withdrawn')).status).toBe(409);
  });

  it('a move decided on an out-of-date view is a version conflict, even where it is no longer allowed at all', async () => {
    const world = await application();
    const [seen] = (await api.request('GET', '/api/v1/me/applications', undefined, { as: world.student })).body.items;
    expect((await move(world, world.student, 'withdrawn')).status).toBe(200);
    const stale = await api.request('PATCH', `/api/v1/applications/${world.applicationId}`, { status: 'accepted', version: seen.version }, { as: world.admin });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const current = await move(world, world.admin, 'accepted');
    expect(current.status).toBe(409);
    expect(current.body.error.code).toBe('CONFLICT');
  });

  it('each side sets only its own statuses', async () => {
    const world = await application();
    expect((await move(world, world.student, 'accepted')).status).toBe(403);
    expect((await move(world, world.admin, 'withdrawn')).status).toBe(403);
    expect((await move(world, world.admin, 'applied')).status).toBe(403);
  });
});

describe('my applications', () => {
  it('narrow to one opportunity: that application only, or none', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const post = async (title: string) =>
      (await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'internship', title, status: 'open' }, { as: admin })).body.id as string;
    const [first, second, untouched] = [await post('First'), await post('Second'), await post('Untouched')];
    const student = await api.signUp({ student: 'public' });
    for (const id of [first, second]) {
      expect((await api.request('POST', `/api/v1/opportunities/${id}/applications`, {}, { as: student })).status).toBe(201);
    }
    const mine = async (query: string) => api.request('GET', `/api/v1/me/applications${query}`, undefined, { as: student });
    expect((await mine('')).body.items).toHaveLength(2);
    expect((await mine(`?opportunity=${second}`)).body.items.map((a: { opportunity: { id: string } }) => a.opportunity.id)).toEqual([second]);
    expect((await mine(`?opportunity=${untouched}`)).body.items).toEqual([]);
    const bad = await mine('?opportunity=not-an-id');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('an opportunity’s applicants', () => {
  it('come a page at a time, one stage or all, newest first, with the count at every stage', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const opportunity = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'internship', title: 'Paged', status: 'open' }, { as: admin });
    const path = `/api/v1/opportunities/${opportunity.body.id}/applications`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const student = await api.signUp({ student: 'public' });
      const applied = await api.request('POST', path, { message: `Number ${i}` }, { as: student });
      expect(applied.status).toBe(201);
      ids.push(applied.body.id);
    }
    const [firstId, secondId] = ids;
    for (const id of [firstId, secondId]) {
      expect((await api.request('PATCH', `/api/v1/applications/${id}`, { status: 'shortlisted', version: 1 }, { as: admin })).status).toBe(200);
    }
    const list = async (query: string) => (await api.request('GET', `${path}${query}`, undefined, { as: admin })).body;
    const counts = { applied: 3, shortlisted: 2, accepted: 0, rejected: 0, withdrawn: 0 };

    const first = await list('?pageSize=2');
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 5, counts });
    expect(first.items.map((a: { id: string }) => a.id)).toEqual([ids[4], ids[3]]);
    const last = await list('?pageSize=2&page=3');
    expect(last.items.map((a: { id: string }) => a.id)).toEqual([ids[0]]);

    const shortlisted = await list('?status=shortlisted');
    expect(shortlisted).toMatchObject({ total: 2, counts });
    expect(shortlisted.items.map((a: { id: string }) => a.id)).toEqual([secondId, firstId]);
    expect((await list('?status=accepted')).items).toEqual([]);
  });

  it('refuse a page too large, an unknown stage and unknown parameters with 400', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const opportunity = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'internship', title: 'Bounded', status: 'open' }, { as: admin });
    for (const query of ['?pageSize=101', '?status=hired', '?page=0', '?sort=name']) {
      const res = await api.request('GET', `/api/v1/opportunities/${opportunity.body.id}/applications${query}`, undefined, { as: admin });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code, query).toBe('VALIDATION_FAILED');
    }
  });
});
