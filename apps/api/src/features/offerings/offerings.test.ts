import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILLS, createTestApi, expectErrorShape, unique, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
let providerId: string;
let staff: TestUser;
beforeAll(async () => {
  api = await createTestApi();
  const { organisation, admin } = await api.newOrganisation({ kind: 'training_provider', name: `Academy ${unique()}` });
  providerId = organisation.id;
  staff = admin;
});
afterAll(async () => {
  await api.close();
});

describe('offerings', () => {
  it('creates, reads, updates and deletes an offering with its taught skills', async () => {
    const created = await api.request('POST', '/api/v1/offerings', {
      providerId,
      kind: 'bootcamp',
      title: 'Data Engineering Bootcamp',
      hours: 240,
      costEur: 1200.5,
      seats: 24,
      format: 'hybrid',
      language: 'bg',
      startsOn: '2027-03-01',
      endsOn: '2027-06-30',
      status: 'published',
      skills: [{ uri: SKILLS.sql, level: 3 }, { uri: SKILLS.python, level: 2 }],
    }, { as: staff });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'bootcamp', hours: 240, costEur: 1200.5, seats: 24, language: 'bg', provider: { id: providerId } });
    expect(created.body.skills.map((s: { preferredLabel: string }) => s.preferredLabel)).toEqual(['SQL', 'Python (computer programming)']);
    const read = await api.request('GET', `/api/v1/offerings/${created.body.id}`);
    expect(read.body).toEqual(created.body);
    const updated = await api.request('PATCH', `/api/v1/offerings/${created.body.id}`, { seats: 30, version: 1 }, { as: staff });
    expect(updated.body).toMatchObject({ seats: 30, version: 2 });
    const list = await api.request('GET', `/api/v1/offerings?providerId=${providerId}`);
    expect(list.body.items.map((o: { id: string }) => o.id)).toContain(created.body.id);
    expect((await api.request('DELETE', `/api/v1/offerings/${created.body.id}`, undefined, { as: staff })).status).toBe(204);
    expect((await api.request('GET', `/api/v1/offerings/${created.body.id}`)).status).toBe(404);
  });

  it('rejects an end date before the start date, on create and on update', async () => {
    const bad = await api.request('POST', '/api/v1/offerings', { providerId, kind: 'course', title: 'Backwards', startsOn: '2027-03-01', endsOn: '2027-02-01' }, { as: staff });
    expect(bad.status).toBe(400);
    expect(expectErrorShape(bad)).toBe('VALIDATION_FAILED');
    const ok = await api.request('POST', '/api/v1/offerings', { providerId, kind: 'course', title: 'Forwards', startsOn: '2027-03-01', endsOn: '2027-04-01', status: 'published' }, { as: staff });
    const res = await api.request('PATCH', `/api/v1/offerings/${ok.body.id}`, { endsOn: '2027-01-01', version: 1 }, { as: staff });
    expect(res.status).toBe(400);
    expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    expect((await api.request('GET', `/api/v1/offerings/${ok.body.id}`)).body.endsOn).toBe('2027-04-01');
  });

  it.each([
    [{ language: 'english' }, 'body.language'],
    [{ costEur: -1 }, 'body.costEur'],
    [{ ects: 0 }, 'body.ects'],
    [{ format: 'telepathy' }, 'body.format'],
  ])('rejects %j', async (overrides, path) => {
    const res = await api.request('POST', '/api/v1/offerings', { providerId, kind: 'course', title: 'Bad', ...overrides }, { as: staff });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.some((i: { path: string }) => i.path.startsWith(path))).toBe(true);
  });

  it('refuses a language outside the list, such as "bu" for Bulgarian, and stores nothing', async () => {
    const title = `Bulgarian for beginners ${unique()}`;
    const res = await api.request('POST', '/api/v1/offerings', { providerId, kind: 'course', title, language: 'bu' }, { as: staff });
    expect(res.status).toBe(400);
    expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['body.language']);
    // Asked as a member, so a draft would be listed too.
    const listed = await api.request('GET', `/api/v1/offerings?providerId=${providerId}&q=${encodeURIComponent(title)}`, undefined, { as: staff });
    expect(listed.body.total).toBe(0);
  });

  it('refuses to delete a provider that still has offerings', async () => {
    const { organisation, admin } = await api.newOrganisation({ kind: 'university', name: `Uni ${unique()}` });
    await api.request('POST', '/api/v1/offerings', { providerId: organisation.id, kind: 'degree_programme', title: 'BSc Informatics', ects: 240 }, { as: admin });
    const res = await api.request('DELETE', `/api/v1/organisations/${organisation.id}`, undefined, { as: admin });
    expect(res.status).toBe(409);
    expect(expectErrorShape(res)).toBe('REFERENCED');
  });
});
