import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILLS, createTestApi, expectErrorShape, type TestApi } from '../../testing.ts';

const SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
const UNKNOWN_SKILL = 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000';
const UNKNOWN_OCCUPATION = 'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const infer = (body: unknown) => api.request('POST', '/api/v1/occupations/infer', body);

describe('occupations inferred from a title, a text or skills', () => {
  it('reads a raw English title and a Bulgarian one, naming the label that matched', async () => {
    const english = await infer({ text: 'SOFTWARE DEVELOPER (m/f/d) - Sofia', limit: 5 });
    expect(english.status).toBe(200);
    expect(english.body.items[0]).toMatchObject({ uri: SOFTWARE_DEVELOPER, names: { en: 'software developer' } });
    expect(english.body.items[0].reasons.label).toMatch(/software developer/i);
    expect(english.body.items[0].names.bg).toBeTruthy();
    const bulgarian = await infer({ text: 'Разработчик на софтуер, Java', limit: 5 });
    expect(bulgarian.body.items.map((o: { uri: string }) => o.uri)).toContain(SOFTWARE_DEVELOPER);
  });

  it('ranks from skills alone, with the skills that matched', async () => {
    const res = await infer({ skills: [SKILLS.python, SKILLS.javascript, SKILLS.sql], limit: 10 });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    const scores = res.body.items.map((o: { score: number }) => o.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(res.body.items[0].reasons.skills.length).toBeGreaterThan(0);
    expect(res.body.items[0].reasons.skills[0].preferredLabel).not.toMatch(/^http/);
  });

  it('refuses unknown skills by name, more than 100 skills, and an empty query', async () => {
    const unknown = await infer({ skills: [SKILLS.python, UNKNOWN_SKILL] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues).toEqual([expect.objectContaining({ path: 'body.skills.1', message: `unknown skill URI: ${UNKNOWN_SKILL}` })]);
    const many = Array.from({ length: 101 }, (_, i) => `http://data.europa.eu/esco/skill/x-${i}`);
    expect(expectErrorShape(await infer({ skills: many }))).toBe('VALIDATION_FAILED');
    expect((await infer({})).status).toBe(400);
    expect((await infer({ text: '   ' })).status).toBe(400);
  });
});

describe('the occupation of an opportunity and the occupations a student aims at', () => {
  it('suggests an occupation for a new posting from its title; the organisation may change it or clear it', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const created = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'job', title: 'Software developer', status: 'open' }, { as: admin });
    expect(created.status).toBe(201);
    expect(created.body.occupation).toMatchObject({ uri: SOFTWARE_DEVELOPER, preferredLabel: 'software developer' });
    const cleared = await api.request('PATCH', `/api/v1/opportunities/${created.body.id}`, { occupationUri: null, version: created.body.version }, { as: admin });
    expect(cleared.body.occupation).toBeNull();
    const unknown = await api.request('PATCH', `/api/v1/opportunities/${created.body.id}`, { occupationUri: UNKNOWN_OCCUPATION, version: cleared.body.version }, { as: admin });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues[0]).toMatchObject({ path: 'body.occupationUri', message: `unknown occupation URI: ${UNKNOWN_OCCUPATION}` });
    const chosen = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'job', title: 'Software developer', occupationUri: null }, { as: admin });
    expect(chosen.body.occupation).toBeNull();
  });

  it('keeps the occupations a student aims at, refusing unknown ones and duplicates', async () => {
    const user = await api.signUp();
    const created = await api.request('POST', '/api/v1/students', { targetOccupations: [SOFTWARE_DEVELOPER] }, { as: user });
    expect(created.status).toBe(201);
    expect(created.body.targetOccupations).toEqual([expect.objectContaining({ uri: SOFTWARE_DEVELOPER, names: expect.objectContaining({ en: 'software developer' }) })]);
    const unknown = await api.request('PATCH', `/api/v1/students/${created.body.id}`, { targetOccupations: [UNKNOWN_OCCUPATION], version: created.body.version }, { as: user });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues[0].path).toBe('body.targetOccupations.0');
    const twice = await api.request('PATCH', `/api/v1/students/${created.body.id}`, { targetOccupations: [SOFTWARE_DEVELOPER, SOFTWARE_DEVELOPER] }, { as: user });
    expect(twice.status).toBe(400);
    const stored = await api.request('GET', `/api/v1/students/${created.body.id}`, undefined, { as: user });
    expect(stored.body.targetOccupations.map((o: { uri: string }) => o.uri)).toEqual([SOFTWARE_DEVELOPER]);
  });
});
