import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_SKILLS, installClusterSkills } from '@kc/taxonomy';
import { SKILLS, createTestApi, expectErrorShape, type TestApi } from '../../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('skills', () => {
  it('lists all ESCO skills and the starter cluster skills, paginated', async () => {
    const res = await api.request('GET', '/api/v1/skills?pageSize=5');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(13_896 + CLUSTER_SKILLS.length);
    expect(res.body.items).toHaveLength(5);
  });

  it('finds skills by case-insensitive label prefix', async () => {
    const res = await api.request('GET', '/api/v1/skills?q=pyth');
    expect(res.body.items.map((s: { preferredLabel: string }) => s.preferredLabel)).toContain('Python (computer programming)');
    for (const item of res.body.items) expect(item.preferredLabel.toLowerCase().startsWith('pyth')).toBe(true);
  });

  it('reads one skill by its URL-encoded URI, with hierarchy and usage', async () => {
    const res = await api.request('GET', `/api/v1/skills/${encodeURIComponent(SKILLS.python)}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ uri: SKILLS.python, preferredLabel: 'Python (computer programming)', type: 'knowledge', isLocal: false });
    expect(res.body.broader.length).toBeGreaterThan(0);
    expect(res.body.broader[0].preferredLabel).toBeTruthy();
    expect(res.body.occupationCount).toBeGreaterThan(0);
  });

  it('answers 404 in the error shape for an unknown URI', async () => {
    const res = await api.request('GET', `/api/v1/skills/${encodeURIComponent('http://data.europa.eu/esco/skill/nope')}`);
    expect(res.status).toBe(404);
    expect(expectErrorShape(res)).toBe('NOT_FOUND');
  });
});

describe('occupations', () => {
  it('lists 3,007 occupations and finds them by prefix', async () => {
    expect((await api.request('GET', '/api/v1/occupations?pageSize=1')).body.total).toBe(3_007);
    const res = await api.request('GET', '/api/v1/occupations?q=software%20dev');
    expect(res.body.items.map((o: { preferredLabel: string }) => o.preferredLabel)).toContain('software developer');
  });

  it('reads an occupation with its essential and optional skills', async () => {
    const list = await api.request('GET', '/api/v1/occupations?q=software%20developer');
    const uri = list.body.items.find((o: { preferredLabel: string }) => o.preferredLabel === 'software developer').uri;
    const res = await api.request('GET', `/api/v1/occupations/${encodeURIComponent(uri)}`);
    expect(res.status).toBe(200);
    expect(res.body.iscoGroup).toBe('2512');
    const kinds = new Set(res.body.skills.map((s: { relationType: string }) => s.relationType));
    expect(kinds).toEqual(new Set(['essential', 'optional']));
  });

  it('names each occupation in English and Bulgarian, and finds it by a Bulgarian prefix too', async () => {
    const list = await api.request('GET', `/api/v1/occupations?q=${encodeURIComponent('разработчик на софтуер')}`);
    expect(list.status).toBe(200);
    const developer = list.body.items.find((o: { preferredLabel: string }) => o.preferredLabel === 'software developer');
    expect(developer.names).toEqual({ en: 'software developer', bg: 'разработчик на софтуер' });
    const res = await api.request('GET', `/api/v1/occupations/${encodeURIComponent(developer.uri)}`);
    expect(res.body.alternativeNames.en).toContain('application developer');
    expect(res.body.alternativeNames.bg.length).toBeGreaterThan(0);
  });

  it('suggests occupations as someone types, in either language, typos allowed', async () => {
    const suggest = async (q: string) => (await api.request('GET', `/api/v1/occupations/suggest?q=${encodeURIComponent(q)}`)).body.items;
    const english = await suggest('software develper');
    expect(english[0]).toMatchObject({ preferredLabel: 'software developer', language: 'en' });
    const bulgarian = await suggest('разработчик на софтуер');
    expect(bulgarian[0]).toMatchObject({ preferredLabel: 'software developer', language: 'bg', score: 1, names: { bg: 'разработчик на софтуер' } });
    const typo = await suggest('разработчик на софтуир');
    expect(typo.map((o: { preferredLabel: string }) => o.preferredLabel)).toContain('software developer');
    // Each occupation once, best first, at most the limit.
    const uris = english.map((o: { uri: string }) => o.uri);
    expect(new Set(uris).size).toBe(uris.length);
    expect(english.length).toBeLessThanOrEqual(10);
  });

  it('refuses a suggestion query of one letter or an unbounded limit', async () => {
    for (const query of ['q=a', 'q=software&limit=500', '']) {
      const res = await api.request('GET', `/api/v1/occupations/suggest?${query}`);
      expect(res.status).toBe(400);
      expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    }
  });

  it('rejects a malformed ISCO filter', async () => {
    const res = await api.request('GET', '/api/v1/occupations?iscoGroup=abc');
    expect(res.status).toBe(400);
    expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
  });
});

describe('curation by cluster administrators', () => {
  it('adds a local skill under an ESCO skill; it is readable, usable and removable while unused', async () => {
    const admin = await api.clusterAdmin();
    const created = await api.request(
      'POST',
      '/api/v1/skills',
      { preferredLabel: 'Svelte 5 runes', altLabels: ['svelte runes'], broaderUri: SKILLS.javascript },
      { as: admin },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ uri: 'urn:kc:skill:svelte-5-runes', isLocal: true, type: 'knowledge' });
    expect(created.body.broader.map((b: { uri: string }) => b.uri)).toEqual([SKILLS.javascript]);
    const encoded = encodeURIComponent(created.body.uri);
    expect((await api.request('GET', `/api/v1/skills/${encoded}`)).status).toBe(200);
    expect((await api.request('GET', '/api/health')).body.esco.skills).toBe(13_896);
    expect((await api.request('DELETE', `/api/v1/skills/${encoded}`, undefined, { as: admin })).status).toBe(204);
    expect((await api.request('GET', `/api/v1/skills/${encoded}`)).status).toBe(404);
  });

  it('keeps a starter cluster skill an administrator removed or edited as they left it, start after start', async () => {
    const admin = await api.clusterAdmin();
    const figma = encodeURIComponent('urn:kc:skill:figma');
    expect((await api.request('GET', `/api/v1/skills/${figma}`)).body).toMatchObject({ preferredLabel: 'Figma', isLocal: true });
    expect((await api.request('DELETE', `/api/v1/skills/${figma}`, undefined, { as: admin })).status).toBe(204);
    const kubernetes = await api.request('GET', `/api/v1/skills/${encodeURIComponent('urn:kc:skill:kubernetes')}`);
    const k8s = kubernetes.body.aliases.find((a: { alias: string }) => a.alias === 'k8s');
    expect((await api.request('DELETE', `/api/v1/skill-aliases/${k8s.id}`, undefined, { as: admin })).status).toBe(204);

    const report = await installClusterSkills(api.database.db);
    expect(report).toMatchObject({ installed: [], aliases: [], withheld: 1 });
    expect((await api.request('GET', `/api/v1/skills/${figma}`)).status).toBe(404);
    expect((await api.request('GET', `/api/v1/skills/${encodeURIComponent('urn:kc:skill:kubernetes')}`)).body.aliases).toEqual([]);
  });

  it('refuses to remove ESCO skills or local skills in use', async () => {
    const admin = await api.clusterAdmin();
    expect((await api.request('DELETE', `/api/v1/skills/${encodeURIComponent(SKILLS.sql)}`, undefined, { as: admin })).status).toBe(403);
    const local = await api.request('POST', '/api/v1/skills', { preferredLabel: 'Used local skill', broaderUri: SKILLS.sql }, { as: admin });
    const { organisation, admin: recruiter } = await api.newOrganisation();
    await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'job', title: 'x', skills: [{ uri: local.body.uri }] }, { as: recruiter });
    const res = await api.request('DELETE', `/api/v1/skills/${encodeURIComponent(local.body.uri)}`, undefined, { as: admin });
    expect(res.status).toBe(409);
    expect(expectErrorShape(res)).toBe('REFERENCED');
  });

  it('adds and removes aliases; duplicates are refused', async () => {
    const admin = await api.clusterAdmin();
    const path = `/api/v1/skills/${encodeURIComponent(SKILLS.javascript)}/aliases`;
    const added = await api.request('POST', path, { alias: 'JS' }, { as: admin });
    expect(added.status).toBe(201);
    expect((await api.request('POST', path, { alias: 'js' }, { as: admin })).status).toBe(409);
    const skill = await api.request('GET', `/api/v1/skills/${encodeURIComponent(SKILLS.javascript)}`);
    expect(skill.body.aliases).toEqual([{ id: added.body.id, alias: 'JS' }]);
    expect((await api.request('DELETE', `/api/v1/skill-aliases/${added.body.id}`, undefined, { as: admin })).status).toBe(204);
  });

  it('is for cluster administrators only', async () => {
    const user = await api.signUp();
    const res = await api.request('POST', '/api/v1/skills', { preferredLabel: 'Nope', broaderUri: SKILLS.sql }, { as: user });
    expect(res.status).toBe(403);
    expect((await api.request('POST', `/api/v1/skills/${encodeURIComponent(SKILLS.sql)}/aliases`, { alias: 'x' })).status).toBe(401);
  });
});
