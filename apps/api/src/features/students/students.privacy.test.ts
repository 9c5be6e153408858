import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@kc/db';
import { PASSWORD, createTestApi, unique, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const count = async (query: ReturnType<typeof sql>) => rowsOf<{ n: number }>(await api.database.db.execute(query))[0]?.n ?? -1;
const writes = async () => ({
  views: await count(sql`select count(*)::int as n from profile_views`),
  audit: await count(sql`select count(*)::int as n from audit_log`),
});

/** A member of an organisation a cluster administrator verified: sees cluster profiles too. */
async function verifiedMember(): Promise<TestUser> {
  const { organisation, admin } = await api.newOrganisation();
  await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: true }, { as: await api.clusterAdmin() });
  return admin;
}

describe('who viewed my profile', () => {
  it('appearing in a list or a search result is not a view, and writes nothing', async () => {
    for (let i = 0; i < 3; i++) await api.signUp({ student: 'public' });
    const member = await verifiedMember();
    await api.search.sync.drain();
    const before = await writes();
    for (let i = 0; i < 5; i++) {
      expect((await api.request('GET', '/api/v1/students?pageSize=100', undefined, { as: member })).status).toBe(200);
      expect((await api.request('GET', '/api/v1/search/students?pageSize=100', undefined, { as: member })).status).toBe(200);
    }
    expect(await writes()).toEqual(before);
  });

  it('opening a profile is a view, once a viewer a day', async () => {
    const student = await api.signUp({ student: 'public' });
    const first = await verifiedMember();
    const second = await verifiedMember();
    for (let i = 0; i < 4; i++) await api.request('GET', `/api/v1/students/${student.profileId}`, undefined, { as: first });
    await api.request('GET', `/api/v1/students/${student.profileId}`, undefined, { as: second });
    const views = await api.request('GET', '/api/v1/me/profile-views', undefined, { as: student });
    expect(views.body.items).toHaveLength(2);
    // Yesterday's view stays; today's opening adds one more.
    await api.database.db.execute(sql`update profile_views set day = day - 1, at = at - interval '1 day' where profile_id = ${student.profileId} and viewer_user_id = ${first.id}`);
    await api.request('GET', `/api/v1/students/${student.profileId}`, undefined, { as: first });
    expect((await api.request('GET', '/api/v1/me/profile-views', undefined, { as: student })).body.items).toHaveLength(3);
  });

  it('opening the applications to an opportunity is a view of each applicant, on behalf of that organisation', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const opportunity = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'internship', title: 'Intern', status: 'open' }, { as: admin });
    const applicants = [await api.signUp({ student: 'private' }), await api.signUp({ student: 'private' })];
    for (const applicant of applicants) await api.request('POST', `/api/v1/opportunities/${opportunity.body.id}/applications`, {}, { as: applicant });
    for (let i = 0; i < 3; i++) await api.request('GET', `/api/v1/opportunities/${opportunity.body.id}/applications`, undefined, { as: admin });
    for (const applicant of applicants) {
      const views = (await api.request('GET', '/api/v1/me/profile-views', undefined, { as: applicant })).body.items;
      expect(views).toEqual([expect.objectContaining({ organisation: expect.objectContaining({ id: organisation.id }) })]);
    }
  });
});

describe('a deleted account leaves nothing behind', () => {
  it('its words leave the search vocabulary, its throttle rows go', async () => {
    const name = `Qlorbinska ${unique()}`;
    const email = `vanishing-${unique()}@example.org`;
    const user = await api.signUp({ email, displayName: name, student: 'public' });
    await api.request('PATCH', `/api/v1/students/${user.profileId}`, { headline: 'Xenoglossist extraordinaire', version: 1 }, { as: user });
    // A shared word stays as long as someone else holds it.
    await api.signUp({ displayName: 'Extraordinaire Person', student: 'public' });
    await api.search.sync.drain();
    const terms = async () =>
      rowsOf<{ term: string }>(await api.database.db.execute(sql`select term from search_terms where collection = 'students' and term in ('qlorbinska', 'xenoglossist', 'extraordinaire')`)).map((r) => r.term).sort();
    expect(await terms()).toEqual(['extraordinaire', 'qlorbinska', 'xenoglossist']);

    await api.request('POST', '/api/v1/auth/sign-in', { email, password: 'a wrong password' }, { headers: { 'x-forwarded-for': '10.77.0.1' } });
    await api.request('GET', '/api/v1/me/export', undefined, { as: user });
    await api.request('POST', '/api/v1/auth/password-reset/request', { email }, { headers: { 'x-forwarded-for': '10.77.0.2' } });
    const keys = async () =>
      rowsOf<{ key: string }>(await api.database.db.execute(sql`select key from rate_limits where key like ${`%${email}%`} or key like ${`%${user.id}%`}`)).length;
    expect(await keys()).toBe(3);

    expect((await api.request('DELETE', '/api/v1/me', { password: PASSWORD }, { as: user })).status).toBe(204);
    expect(await terms()).toEqual(['extraordinaire']);
    expect(await keys()).toBe(0);
  });

  it('a headline rewritten drops the words nobody else uses', async () => {
    const user = await api.signUp({ student: 'public' });
    await api.request('PATCH', `/api/v1/students/${user.profileId}`, { headline: 'Zymurgist apprentice', version: 1 }, { as: user });
    await api.search.sync.drain();
    await api.request('PATCH', `/api/v1/students/${user.profileId}`, { headline: 'Brewer', version: 2 }, { as: user });
    await api.search.sync.drain();
    const left = rowsOf<{ term: string }>(await api.database.db.execute(sql`select term from search_terms where collection = 'students' and term in ('zymurgist', 'brewer')`));
    expect(left.map((r) => r.term)).toEqual(['brewer']);
  });
});
