import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@kc/db';
import { PASSWORD, SKILLS, createTestApi, expectErrorShape, unique, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
let organisation: { id: string; name: string };
let recruiter: TestUser;
const tag = unique();

const search = async (collection: string, params: string, as?: TestUser) => {
  const res = await api.request('GET', `/api/v1/search/${collection}?${params}`, undefined, { as });
  expect(res.status).toBe(200);
  return res.body;
};
const titles = (body: { hits: { document: { title: string } }[] }) => body.hits.map((h) => h.document.title);

async function post(title: string, fields: Record<string, unknown>): Promise<string> {
  const res = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, title, status: 'open', ...fields }, { as: recruiter });
  expect(res.status).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  api = await createTestApi();
  ({ organisation, admin: recruiter } = await api.newOrganisation({ name: `Orbital Analytics ${tag}` }));
  await post(`Python developer intern ${tag}`, { kind: 'internship', workMode: 'remote', skills: [{ uri: SKILLS.python, level: 2 }] });
  await post(`SQL reporting analyst ${tag}`, { kind: 'job', workMode: 'hybrid', skills: [{ uri: SKILLS.sql, level: 2 }] });
  await post(`Frontend internship ${tag}`, { kind: 'internship', workMode: 'on_site', skills: [{ uri: SKILLS.javascript, level: 1 }] });
  await post(`Secret draft ${tag}`, { kind: 'job', status: 'draft' });
  await api.search.sync.drain();
});
afterAll(() => api.close());

describe('search API', () => {
  it('finds published opportunities by words with typos, never drafts, and marks the matches', async () => {
    const body = await search('opportunities', `q=${encodeURIComponent(`pyhton develper ${tag}`)}`);
    expect(body).toMatchObject({ collection: 'opportunities', engine: 'postgres', total: 1 });
    expect(titles(body)).toEqual([`Python developer intern ${tag}`]);
    expect(body.hits[0].highlights.title.filter((s: { match: boolean }) => s.match).map((s: { text: string }) => s.text)).toEqual(
      expect.arrayContaining(['Python', 'developer']),
    );
    expect(body.hits[0].document).not.toHaveProperty('skillPaths');
    expect((await search('opportunities', `q=${encodeURIComponent(`secret draft ${tag}`)}`)).total).toBe(0);
  });

  it('filters by facet values and counts the facets over the matches', async () => {
    const all = await search('opportunities', `q=${tag}`);
    expect(all.total).toBe(3);
    expect(all.facets.kind).toEqual([
      { value: 'internship', count: 2 },
      { value: 'job', count: 1 },
    ]);
    const internships = await search('opportunities', `q=${tag}&kind=internship&sort=title`);
    expect(titles(internships)).toEqual([`Frontend internship ${tag}`, `Python developer intern ${tag}`]);
    const remoteInternships = await search('opportunities', `q=${tag}&kind=internship&workMode=remote&workMode=hybrid`);
    expect(titles(remoteInternships)).toEqual([`Python developer intern ${tag}`]);
  });

  it('filters by a broader ESCO skill and finds what requires a narrower one', async () => {
    const [broader] = rowsOf<{ uri: string }>(
      await api.database.db.execute(sql`select broader_uri as uri from skill_hierarchy where narrower_uri = ${SKILLS.python} and broader_kind = 'skill' limit 1`),
    );
    expect(broader).toBeDefined();
    const body = await search('opportunities', `q=${tag}&skill=${encodeURIComponent(broader?.uri ?? '')}`);
    expect(titles(body)).toContain(`Python developer intern ${tag}`);
    expect(titles(body)).not.toContain(`SQL reporting analyst ${tag}`);
  });

  it('follows changes through the outbox: renames, unpublishing and deletion', async () => {
    const id = await post(`Satellite data engineer ${tag}`, { kind: 'job' });
    const pending = await api.request('GET', '/api/health');
    expect(pending.body.search.outbox.pending).toBeGreaterThan(0);
    await api.search.sync.drain();
    expect((await api.request('GET', '/api/health')).body.search).toMatchObject({ engine: 'postgres', outbox: { pending: 0, failing: 0 } });
    expect(titles(await search('opportunities', `q=satellite ${tag}`))).toEqual([`Satellite data engineer ${tag}`]);

    const renamed = `Ground Segment ${tag}`;
    expect((await api.request('PATCH', `/api/v1/organisations/${organisation.id}`, { name: renamed, version: 1 }, { as: recruiter })).status).toBe(200);
    await api.request('PATCH', `/api/v1/opportunities/${id}`, { status: 'draft', version: 1 }, { as: recruiter });
    await api.search.sync.drain();
    const after = await search('opportunities', `q=${tag}`);
    expect(after.hits.every((h: { document: { organisationName: string } }) => h.document.organisationName === renamed)).toBe(true);
    expect(titles(after)).not.toContain(`Satellite data engineer ${tag}`);
    expect((await search('organisations', `q=${encodeURIComponent(`ground segmnet ${tag}`)}`)).hits[0].document.name).toBe(renamed);
  });

  it('shows students only as far as their visibility allows, and forgets a deleted account at once', async () => {
    const name = `Zornitsa Kancheva ${tag}`;
    const open = await api.signUp({ displayName: name, student: 'public' });
    await api.signUp({ displayName: `Cluster Only ${tag}`, student: 'cluster' });
    await api.signUp({ displayName: `Hidden Person ${tag}`, student: 'private' });
    await api.search.sync.drain();
    const names = (body: { hits: { document: { displayName: string } }[] }) => body.hits.map((h) => h.document.displayName).sort();

    expect(names(await search('students', `q=${tag}`))).toEqual([name]);
    const admin = await api.clusterAdmin();
    expect(names(await search('students', `q=${tag}`, admin))).toEqual([`Cluster Only ${tag}`, name]);
    expect((await search('students', `q=${tag}&visibility=private`, admin)).total).toBe(2);

    expect((await api.request('DELETE', '/api/v1/me', { password: PASSWORD }, { as: open })).status).toBe(204);
    expect(names(await search('students', `q=${tag}`, admin))).toEqual([`Cluster Only ${tag}`]);
    const leftovers = rowsOf<{ n: number }>(
      await api.database.db.execute(sql`select count(*)::int as n from search_documents where document::text like ${`%${name}%`}`),
    );
    expect(leftovers[0]?.n).toBe(0);
  });

  it('finds ESCO skills with typos, and the cluster\'s aliases once added', async () => {
    const body = await search('skills', 'q=pyhton');
    expect(body.hits[0].document.preferredLabel).toBe('Python (computer programming)');
    const admin = await api.clusterAdmin();
    const alias = `zq${tag}`;
    expect((await api.request('POST', `/api/v1/skills/${encodeURIComponent(SKILLS.sql)}/aliases`, { alias }, { as: admin })).status).toBe(201);
    await api.search.sync.drain();
    expect((await search('skills', `q=${alias}`)).hits[0].document.uri).toBe(SKILLS.sql);
    // The alias is a synonym everywhere: the opportunity that asks for SQL is found by it.
    expect(titles(await search('opportunities', `q=${alias}`))).toContain(`SQL reporting analyst ${tag}`);
  });

  it('refuses bad parameters with the one error shape', async () => {
    for (const query of ['sort=cheapest', 'kind=' + 'x'.repeat(201), 'pageSize=1000', 'page=0', `q=${'y'.repeat(201)}`]) {
      const res = await api.request('GET', `/api/v1/search/opportunities?${query}`);
      expect(res.status, query).toBe(400);
      expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    }
    // Found by the fuzzer: words naming properties of every JavaScript object were a 500.
    for (const collection of ['opportunities', 'students', 'offerings', 'organisations', 'skills']) {
      expect((await api.request('GET', `/api/v1/search/${collection}?q=constructor%20__proto__%20toString&sort=relevance`)).status).toBe(200);
    }
    const unknown = await api.request('GET', '/api/v1/search/everything?q=x');
    expect(unknown.status).toBe(404);
    expect(expectErrorShape(unknown)).toBe('NOT_FOUND');
  });
});
