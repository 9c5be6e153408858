import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILLS, createTestApi, expectErrorShape, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const fields = {
  programme: 'BSc Informatics',
  studyYear: 3,
  availability: 'part_time',
  skills: [{ uri: SKILLS.python, level: 3, source: 'declared', evidence: 'Thesis project' }],
};

/** A signed-up student with a profile of the given visibility. */
const newStudent = async (visibility: 'private' | 'cluster' | 'public' = 'public', overrides: Record<string, unknown> = {}) => {
  const user = await api.signUp({ displayName: 'Maria Ivanova' });
  const res = await api.request('POST', '/api/v1/students', { ...fields, visibility, ...overrides }, { as: user });
  expect(res.status).toBe(201);
  return { user: { ...user, profileId: res.body.id } as TestUser, profile: res.body };
};

/** A member of an organisation that a cluster administrator verified. */
const verifiedMember = async () => {
  const { organisation, admin } = await api.newOrganisation();
  const clusterAdmin = await api.clusterAdmin();
  const res = await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: true }, { as: clusterAdmin });
  expect(res.status).toBe(200);
  return { organisation, member: admin };
};

describe('student profiles', () => {
  it('creates the caller’s own profile with skills, without exposing the e-mail address', async () => {
    const { profile } = await newStudent();
    expect(profile).toMatchObject({ displayName: 'Maria Ivanova', studyYear: 3, availability: 'part_time', visibility: 'public' });
    expect(profile.skills).toEqual([{ uri: SKILLS.python, preferredLabel: 'Python (computer programming)', level: 3, source: 'declared', evidence: 'Thesis project' }]);
    expect(JSON.stringify(profile)).not.toContain('@example.org');
  });

  it('allows one profile per user (409)', async () => {
    const { user } = await newStudent();
    const again = await api.request('POST', '/api/v1/students', fields, { as: user });
    expect(again.status).toBe(409);
    expect(expectErrorShape(again)).toBe('CONFLICT');
  });

  it('lets the owner update name, fields and skills', async () => {
    const { user, profile } = await newStudent();
    const res = await api.request(
      'PATCH',
      `/api/v1/students/${profile.id}`,
      { displayName: 'Maria I.', headline: 'Data-minded student', skills: [{ uri: SKILLS.sql, level: 2 }], version: 1 },
      { as: user },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ displayName: 'Maria I.', headline: 'Data-minded student', version: 2 });
    expect(res.body.skills).toEqual([{ uri: SKILLS.sql, preferredLabel: 'SQL', level: 2, source: 'declared', evidence: null }]);
  });

  it('refuses edits by anyone else: 403 when they can see it, 404 when they cannot', async () => {
    const { profile: open } = await newStudent('public');
    const { profile: hidden } = await newStudent('private');
    const stranger = await api.signUp();
    const openEdit = await api.request('PATCH', `/api/v1/students/${open.id}`, { headline: 'hacked', version: 1 }, { as: stranger });
    expect(openEdit.status).toBe(403);
    const hiddenEdit = await api.request('PATCH', `/api/v1/students/${hidden.id}`, { headline: 'hacked', version: 1 }, { as: stranger });
    expect(hiddenEdit.status).toBe(404);
    expect((await api.request('DELETE', `/api/v1/students/${open.id}`, undefined, { as: stranger })).status).toBe(403);
    expect((await api.request('PATCH', `/api/v1/students/${open.id}`, { headline: 'x', version: 1 })).status).toBe(401);
  });

  it('applies visibility: private to nobody, cluster to verified members, public to all', async () => {
    const { user: privateOwner, profile: hidden } = await newStudent('private');
    const { profile: cluster } = await newStudent('cluster');
    const { profile: shown } = await newStudent('public');
    const { member } = await verifiedMember();
    const unverified = (await api.newOrganisation()).admin;
    const plainUser = await api.signUp();

    const status = async (id: string, as?: TestUser) => (await api.request('GET', `/api/v1/students/${id}`, undefined, { as })).status;
    expect([await status(hidden.id), await status(cluster.id), await status(shown.id)]).toEqual([404, 404, 200]);
    expect([await status(hidden.id, plainUser), await status(cluster.id, plainUser)]).toEqual([404, 404]);
    expect([await status(hidden.id, unverified), await status(cluster.id, unverified)]).toEqual([404, 404]);
    expect([await status(hidden.id, member), await status(cluster.id, member), await status(shown.id, member)]).toEqual([404, 200, 200]);
    expect(await status(hidden.id, privateOwner)).toBe(200);

    const list = await api.request('GET', '/api/v1/students?pageSize=100', undefined, { as: member });
    const ids = list.body.items.map((s: { id: string }) => s.id);
    expect(ids).toContain(shown.id);
    expect(ids).toContain(cluster.id);
    expect(ids).not.toContain(hidden.id);
  });

  it('shows an organisation its applicants, even private ones, and tells the student who looked', async () => {
    const { user: student, profile } = await newStudent('private');
    const { organisation, admin } = await api.newOrganisation();
    const opportunity = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'internship', title: 'Intern', status: 'open' }, { as: admin });
    expect((await api.request('GET', `/api/v1/students/${profile.id}`, undefined, { as: admin })).status).toBe(404);
    expect((await api.request('POST', `/api/v1/opportunities/${opportunity.body.id}/applications`, {}, { as: student })).status).toBe(201);

    const applicants = await api.request('GET', `/api/v1/opportunities/${opportunity.body.id}/applications`, undefined, { as: admin });
    expect(applicants.status).toBe(200);
    expect(applicants.body.items.map((a: { applicant: { profileId: string } }) => a.applicant.profileId)).toEqual([profile.id]);
    expect((await api.request('GET', `/api/v1/students/${profile.id}`, undefined, { as: admin })).status).toBe(200);

    const views = await api.request('GET', '/api/v1/me/profile-views', undefined, { as: student });
    expect(views.status).toBe(200);
    // The applicant list and the profile, opened by the same person on the same day: one view.
    expect(views.body.items).toHaveLength(1);
    expect(views.body.items[0]).toMatchObject({ action: 'view', viewer: 'Test User', organisation: { id: organisation.id } });
  });

  it('filters visible profiles by skill', async () => {
    const { profile } = await newStudent('public', { skills: [{ uri: SKILLS.sql, level: 1 }] });
    const res = await api.request('GET', `/api/v1/students?skill=${encodeURIComponent(SKILLS.sql)}&pageSize=100`);
    expect(res.body.items.map((s: { id: string }) => s.id)).toContain(profile.id);
    for (const item of res.body.items) expect(item.skills.map((s: { uri: string }) => s.uri)).toContain(SKILLS.sql);
  });

  it('lets the owner delete the profile', async () => {
    const { user, profile } = await newStudent();
    expect((await api.request('DELETE', `/api/v1/students/${profile.id}`, undefined, { as: user })).status).toBe(204);
    expect((await api.request('DELETE', `/api/v1/students/${profile.id}`, undefined, { as: user })).status).toBe(404);
  });

  it.each([
    [{ studyYear: 11 }, 'body.studyYear'],
    [{ visibility: 'everyone' }, 'body.visibility'],
    [{ skills: [{ uri: SKILLS.sql, source: 'rumour' }] }, 'body.skills.0.source'],
    [{ email: 'smuggled@example.org' }, 'body'],
  ])('rejects %j', async (overrides, path) => {
    const user = await api.signUp();
    const res = await api.request('POST', '/api/v1/students', { ...overrides }, { as: user });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.some((i: { path: string }) => i.path.startsWith(path))).toBe(true);
  });

  it('takes a district only from Sofia\'s districts: anything else is refused at body.district and nothing is stored', async () => {
    const user = await api.signUp();
    const refusedCreate = await api.request('POST', '/api/v1/students', { headline: 'Nearly a profile', district: 'Studentski grad' }, { as: user });
    expect(refusedCreate.status).toBe(400);
    expect(expectErrorShape(refusedCreate)).toBe('VALIDATION_FAILED');
    expect(refusedCreate.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['body.district']);
    const created = await api.request('POST', '/api/v1/students', { district: 'Studentski' }, { as: user });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ headline: '', district: 'Studentski' });

    for (const district of ['Студентски', 'studentski', 'Druzhba', 'x'.repeat(121)]) {
      const res = await api.request('PATCH', `/api/v1/students/${created.body.id}`, { district, version: 1 }, { as: user });
      expect(res.status).toBe(400);
      expect(res.body.error.issues.some((i: { path: string }) => i.path === 'body.district')).toBe(true);
    }
    expect((await api.request('GET', `/api/v1/students/${created.body.id}`, undefined, { as: user })).body).toMatchObject({ district: 'Studentski', version: 1 });
    const moved = await api.request('PATCH', `/api/v1/students/${created.body.id}`, { district: 'Ovcha kupel', version: 1 }, { as: user });
    expect(moved.body).toMatchObject({ district: 'Ovcha kupel', version: 2 });
    const cleared = await api.request('PATCH', `/api/v1/students/${created.body.id}`, { district: null, version: 2 }, { as: user });
    expect(cleared.body).toMatchObject({ district: null, version: 3 });
  });

  it('refuses an unknown institution or skill with 422 and creates nothing', async () => {
    const user = await api.signUp();
    const res = await api.request('POST', '/api/v1/students', { institutionId: '00000000-0000-4000-8000-000000000000' }, { as: user });
    expect(res.status).toBe(422);
    expect(expectErrorShape(res)).toBe('UNKNOWN_REFERENCE');
    expect((await api.request('POST', '/api/v1/students', { skills: [{ uri: 'urn:kc:skill:missing' }] }, { as: user })).status).toBe(422);
    expect((await api.request('POST', '/api/v1/students', {}, { as: user })).status).toBe(201);
  });
});
