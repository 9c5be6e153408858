import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILLS, createTestApi, expectErrorShape, unique, type TestApi } from '../../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const newStudent = async (overrides: Record<string, unknown> = {}) => {
  const res = await api.request('POST', '/api/v1/students', {
    displayName: 'Maria Ivanova',
    email: `maria-${unique()}@example.org`,
    programme: 'BSc Informatics',
    studyYear: 3,
    availability: 'part_time',
    visibility: 'public',
    skills: [{ uri: SKILLS.python, level: 3, source: 'declared', evidence: 'Thesis project' }],
    ...overrides,
  });
  expect(res.status).toBe(201);
  return res.body;
};

describe('student profiles', () => {
  it('creates a profile with skills and returns it without the e-mail address', async () => {
    const created = await newStudent();
    expect(created).toMatchObject({ displayName: 'Maria Ivanova', studyYear: 3, availability: 'part_time', visibility: 'public' });
    expect(created.skills).toEqual([{ uri: SKILLS.python, preferredLabel: 'Python (computer programming)', level: 3, source: 'declared', evidence: 'Thesis project' }]);
    expect(JSON.stringify(created)).not.toContain('@example.org');
  });

  it('updates the display name, fields and skills', async () => {
    const created = await newStudent();
    const res = await api.request('PATCH', `/api/v1/students/${created.id}`, {
      displayName: 'Maria I.',
      headline: 'Data-minded student',
      skills: [{ uri: SKILLS.sql, level: 2 }],
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ displayName: 'Maria I.', headline: 'Data-minded student', version: 2 });
    expect(res.body.skills).toEqual([{ uri: SKILLS.sql, preferredLabel: 'SQL', level: 2, source: 'declared', evidence: null }]);
  });

  it('shows anonymous callers public profiles only', async () => {
    const hidden = await newStudent({ visibility: 'private' });
    const cluster = await newStudent({ visibility: 'cluster' });
    const shown = await newStudent({ visibility: 'public' });
    expect((await api.request('GET', `/api/v1/students/${hidden.id}`)).status).toBe(404);
    expect((await api.request('GET', `/api/v1/students/${cluster.id}`)).status).toBe(404);
    expect((await api.request('GET', `/api/v1/students/${shown.id}`)).status).toBe(200);
    const list = await api.request('GET', '/api/v1/students?pageSize=100');
    const ids = list.body.items.map((s: { id: string }) => s.id);
    expect(ids).toContain(shown.id);
    expect(ids).not.toContain(hidden.id);
    expect(ids).not.toContain(cluster.id);
  });

  it('filters profiles by skill', async () => {
    const withSql = await newStudent({ skills: [{ uri: SKILLS.sql, level: 1 }] });
    const res = await api.request('GET', `/api/v1/students?skill=${encodeURIComponent(SKILLS.sql)}&pageSize=100`);
    expect(res.body.items.map((s: { id: string }) => s.id)).toContain(withSql.id);
    for (const item of res.body.items) expect(item.skills.map((s: { uri: string }) => s.uri)).toContain(SKILLS.sql);
  });

  it('deletes a profile', async () => {
    const created = await newStudent();
    expect((await api.request('DELETE', `/api/v1/students/${created.id}`)).status).toBe(204);
    expect((await api.request('DELETE', `/api/v1/students/${created.id}`)).status).toBe(404);
  });

  it('refuses a second account with the same e-mail (any case) with 409', async () => {
    const email = `dup-${unique()}@example.org`;
    await newStudent({ email });
    const res = await api.request('POST', '/api/v1/students', { displayName: 'Again', email: email.toUpperCase() });
    expect(res.status).toBe(409);
    expect(expectErrorShape(res)).toBe('CONFLICT');
  });

  it.each([
    [{ email: 'not-an-email' }, 'body.email'],
    [{ studyYear: 11 }, 'body.studyYear'],
    [{ visibility: 'everyone' }, 'body.visibility'],
    [{ skills: [{ uri: SKILLS.sql, source: 'rumour' }] }, 'body.skills.0.source'],
  ])('rejects %j', async (overrides, path) => {
    const res = await api.request('POST', '/api/v1/students', { displayName: 'Bad', email: `bad-${unique()}@example.org`, ...overrides });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.some((i: { path: string }) => i.path.startsWith(path))).toBe(true);
  });

  it('refuses an unknown institution or skill with 422 and creates no account', async () => {
    const email = `ghost-${unique()}@example.org`;
    const res = await api.request('POST', '/api/v1/students', { displayName: 'Ghost', email, institutionId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(422);
    expect(expectErrorShape(res)).toBe('UNKNOWN_REFERENCE');
    const retry = await api.request('POST', '/api/v1/students', { displayName: 'Ghost', email, skills: [{ uri: 'urn:kc:skill:missing' }] });
    expect(retry.status).toBe(422);
    const ok = await api.request('POST', '/api/v1/students', { displayName: 'Ghost', email });
    expect(ok.status).toBe(201);
  });
});
