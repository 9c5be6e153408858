import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILLS, createTestApi, expectErrorShape, unique, type TestApi } from '../../testing.ts';

let api: TestApi;
let organisationId: string;
beforeAll(async () => {
  api = await createTestApi();
  const org = await api.request('POST', '/api/v1/organisations', { kind: 'company', name: `Hiring Co ${unique()}` });
  organisationId = org.body.id;
});
afterAll(async () => {
  await api.close();
});

const newOpportunity = async (overrides: Record<string, unknown> = {}) => {
  const res = await api.request('POST', '/api/v1/opportunities', {
    organisationId,
    kind: 'internship',
    title: `Data intern ${unique()}`,
    status: 'open',
    skills: [
      { uri: SKILLS.python, level: 2, importance: 'essential' },
      { uri: SKILLS.sql, level: 1, importance: 'optional' },
    ],
    ...overrides,
  });
  expect(res.status).toBe(201);
  return res.body;
};

describe('opportunities: happy paths', () => {
  it('creates with required skills, labelled from ESCO', async () => {
    const created = await newOpportunity({ headcount: 2, workMode: 'hybrid', location: 'Sofia Tech Park', startsOn: '2027-02-01', deadline: '2027-01-15' });
    expect(created.organisation.id).toBe(organisationId);
    expect(created).toMatchObject({ kind: 'internship', headcount: 2, workMode: 'hybrid', startsOn: '2027-02-01', deadline: '2027-01-15' });
    expect(created.skills).toEqual([
      { uri: SKILLS.python, preferredLabel: 'Python (computer programming)', level: 2, importance: 'essential' },
      { uri: SKILLS.sql, preferredLabel: 'SQL', level: 1, importance: 'optional' },
    ]);
  });

  it('replaces the skill set on update, leaves it alone when skills are not sent', async () => {
    const created = await newOpportunity();
    const renamed = await api.request('PATCH', `/api/v1/opportunities/${created.id}`, { title: 'Renamed' });
    expect(renamed.body.skills).toHaveLength(2);
    const res = await api.request('PATCH', `/api/v1/opportunities/${created.id}`, { skills: [{ uri: SKILLS.javascript, level: 3 }], version: 2 });
    expect(res.status).toBe(200);
    expect(res.body.skills.map((s: { uri: string }) => s.uri)).toEqual([SKILLS.javascript]);
    expect(res.body.skills[0]).toMatchObject({ level: 3, importance: 'essential' });
    expect(res.body.version).toBe(3);
  });

  it('filters by organisation, kind and status', async () => {
    await newOpportunity({ kind: 'job', status: 'draft' });
    const res = await api.request('GET', `/api/v1/opportunities?organisationId=${organisationId}&kind=job&status=draft`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThanOrEqual(1);
    for (const item of res.body.items) expect(item).toMatchObject({ kind: 'job', status: 'draft' });
  });

  it('deletes an opportunity with its skills', async () => {
    const created = await newOpportunity();
    expect((await api.request('DELETE', `/api/v1/opportunities/${created.id}`)).status).toBe(204);
    expect((await api.request('GET', `/api/v1/opportunities/${created.id}`)).status).toBe(404);
  });
});

describe('opportunities: error paths', () => {
  it('refuses an unknown skill URI with 422 naming it, and stores nothing', async () => {
    const title = `Ghost skill ${unique()}`;
    const unknownUri = 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000';
    const res = await api.request('POST', '/api/v1/opportunities', { organisationId, kind: 'job', title, skills: [{ uri: SKILLS.sql }, { uri: unknownUri }] });
    expect(res.status).toBe(422);
    expect(expectErrorShape(res)).toBe('UNKNOWN_REFERENCE');
    expect(res.body.error.issues).toEqual([{ path: 'body.skills.1.uri', message: `unknown skill URI: ${unknownUri}` }]);
    const list = await api.request('GET', `/api/v1/opportunities?q=${encodeURIComponent(title)}`);
    expect(list.body.total).toBe(0);
  });

  it('keeps the old skills when an update names an unknown skill', async () => {
    const created = await newOpportunity();
    const res = await api.request('PATCH', `/api/v1/opportunities/${created.id}`, { title: 'Changed', skills: [{ uri: 'urn:kc:skill:nope' }] });
    expect(res.status).toBe(422);
    const after = await api.request('GET', `/api/v1/opportunities/${created.id}`);
    expect(after.body.title).toBe(created.title);
    expect(after.body.skills).toHaveLength(2);
    expect(after.body.version).toBe(1);
  });

  it('refuses an unknown organisation with 422', async () => {
    const res = await api.request('POST', '/api/v1/opportunities', { organisationId: '00000000-0000-4000-8000-000000000000', kind: 'job', title: 'x' });
    expect(res.status).toBe(422);
    expect(expectErrorShape(res)).toBe('UNKNOWN_REFERENCE');
  });

  it.each([
    [{ kind: 'gig' }, 'body.kind'],
    [{ headcount: 0 }, 'body.headcount'],
    [{ deadline: '2027-13-45' }, 'body.deadline'],
    [{ skills: [{ uri: SKILLS.sql, level: 5 }] }, 'body.skills.0.level'],
    [{ skills: [{ uri: SKILLS.sql }, { uri: SKILLS.sql }] }, 'body.skills'],
    [{ skills: [{ uri: 'not a uri' }] }, 'body.skills.0.uri'],
  ])('rejects %j', async (overrides, path) => {
    const res = await api.request('POST', '/api/v1/opportunities', { organisationId, kind: 'job', title: 'Bad', ...overrides });
    expect(res.status).toBe(400);
    expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    expect(res.body.error.issues.some((i: { path: string }) => i.path.startsWith(path))).toBe(true);
  });

  it('refuses to move an opportunity to another organisation', async () => {
    const created = await newOpportunity();
    const res = await api.request('PATCH', `/api/v1/opportunities/${created.id}`, { organisationId });
    expect(res.status).toBe(400);
    expectErrorShape(res);
  });

  it('refuses to delete an opportunity that has applications (409)', async () => {
    const created = await newOpportunity();
    const student = await api.request('POST', '/api/v1/students', { displayName: 'Applicant', email: `applicant-${unique()}@example.org` });
    expect(student.status).toBe(201);
    const { schema } = await import('@kc/db');
    await api.database.db.insert(schema.applications).values({ profileId: student.body.id, opportunityId: created.id });
    const res = await api.request('DELETE', `/api/v1/opportunities/${created.id}`);
    expect(res.status).toBe(409);
    expect(expectErrorShape(res)).toBe('REFERENCED');
    expect((await api.request('GET', `/api/v1/opportunities/${created.id}`)).status).toBe(200);
  });
});
