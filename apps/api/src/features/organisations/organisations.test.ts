import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, expectErrorShape, unique, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
let founder: TestUser;
beforeAll(async () => {
  api = await createTestApi();
  founder = await api.signUp();
});
afterAll(async () => {
  await api.close();
});

const newOrganisation = async (overrides: Record<string, unknown> = {}) => {
  const res = await api.request('POST', '/api/v1/organisations', { kind: 'company', name: `Test Company ${unique()}`, ...overrides }, { as: founder });
  expect(res.status).toBe(201);
  return res.body;
};

describe('organisations: happy paths', () => {
  it('creates with a slug derived from the name, reads by id and by slug', async () => {
    const created = await newOrganisation({ name: 'Лозенец Labs Ünïcode', sector: 'software', district: 'Lozenets', sizeBand: 'small', website: 'https://labs.example.org' });
    expect(created.slug).toMatch(/^[a-z0-9-]+$/);
    expect(created).toMatchObject({ kind: 'company', sector: 'software', verified: false, version: 1 });
    expect((await api.request('GET', `/api/v1/organisations/${created.id}`)).body.id).toBe(created.id);
    expect((await api.request('GET', `/api/v1/organisations/${created.slug}`)).body.id).toBe(created.id);
  });

  it('gives a second organisation whose name makes the same slug a distinct slug', async () => {
    const name = `Same Slug ${unique()}`;
    const a = await newOrganisation({ name: `${name} Ракета` });
    const b = await newOrganisation({ name: `${name} Комета` });
    expect(a.slug).toBe(b.slug.replace(/-2$/, ''));
    expect(b.slug).not.toBe(a.slug);
  });

  it('lists with paging, kind filter and name search', async () => {
    const marker = unique();
    for (let i = 0; i < 3; i++) await newOrganisation({ kind: 'university', name: `Paging University ${marker} ${i}` });
    const page1 = await api.request('GET', `/api/v1/organisations?q=${marker}&pageSize=2`);
    expect(page1.status).toBe(200);
    expect(page1.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.body.items).toHaveLength(2);
    const page2 = await api.request('GET', `/api/v1/organisations?q=${marker}&pageSize=2&page=2`);
    expect(page2.body.items).toHaveLength(1);
    const companies = await api.request('GET', `/api/v1/organisations?q=${marker}&kind=company`);
    expect(companies.body.total).toBe(0);
  });

  it('treats LIKE wildcards in the search literally', async () => {
    const res = await api.request('GET', `/api/v1/organisations?q=${encodeURIComponent('%_')}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(0);
  });

  it('updates fields and bumps the version', async () => {
    const created = await newOrganisation();
    const res = await api.request('PATCH', `/api/v1/organisations/${created.id}`, { description: 'Now with a description', version: 1 }, { as: founder });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ description: 'Now with a description', version: 2 });
  });

  it('makes the founder its administrator', async () => {
    const created = await newOrganisation();
    const members = await api.request('GET', `/api/v1/organisations/${created.id}/members`, undefined, { as: founder });
    expect(members.status).toBe(200);
    expect(members.body.items).toEqual([expect.objectContaining({ userId: founder.id, role: 'admin' })]);
  });

  it('deletes an organisation without dependents', async () => {
    const created = await newOrganisation();
    expect((await api.request('DELETE', `/api/v1/organisations/${created.id}`, undefined, { as: founder })).status).toBe(204);
    expect((await api.request('GET', `/api/v1/organisations/${created.id}`)).status).toBe(404);
  });
});

describe('organisations: error paths', () => {
  it.each([
    [{ name: 'No kind' }, 'body.kind'],
    [{ kind: 'bank', name: 'Bad kind' }, 'body.kind'],
    [{ kind: 'company', name: '   ' }, 'body.name'],
    [{ kind: 'company', name: 'x'.repeat(201) }, 'body.name'],
    [{ kind: 'company', name: 'Bad site', website: 'javascript:alert(1)' }, 'body.website'],
    [{ kind: 'company', name: 'Bad slug', slug: 'Not A Slug' }, 'body.slug'],
    [{ kind: 'company', name: 'Extra', isDemo: true }, 'body'],
    [{ kind: 'company', name: 'Ctrl\u0007char' }, 'body.name'],
  ])('rejects %j naming %s', async (body, path) => {
    const res = await api.request('POST', '/api/v1/organisations', body, { as: founder });
    expect(res.status).toBe(400);
    expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    expect(res.body.error.issues.some((i: { path: string }) => i.path.startsWith(path))).toBe(true);
  });

  it('takes a district only from Sofia\'s districts: anything else is refused at body.district and nothing is stored', async () => {
    const name = `District Check ${unique()}`;
    const refusedCreate = await api.request('POST', '/api/v1/organisations', { kind: 'company', name, district: 'Studentski grad' }, { as: founder });
    expect(refusedCreate.status).toBe(400);
    expect(expectErrorShape(refusedCreate)).toBe('VALIDATION_FAILED');
    expect(refusedCreate.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['body.district']);
    expect((await api.request('GET', `/api/v1/organisations?q=${encodeURIComponent(name)}`)).body.total).toBe(0);

    const created = await newOrganisation({ name, district: 'Krasno selo' });
    expect(created.district).toBe('Krasno selo');
    for (const district of ['Младост', 'mladost', 'Sofia Tech Park', ' ', 42]) {
      const res = await api.request('PATCH', `/api/v1/organisations/${created.id}`, { district, version: 1 }, { as: founder });
      expect(res.status).toBe(400);
      expect(res.body.error.issues.some((i: { path: string }) => i.path === 'body.district')).toBe(true);
    }
    expect((await api.request('GET', `/api/v1/organisations/${created.id}`)).body).toMatchObject({ district: 'Krasno selo', version: 1 });
    const cleared = await api.request('PATCH', `/api/v1/organisations/${created.id}`, { district: '', version: 1 }, { as: founder });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ district: null, version: 2 });
  });

  it('still reads a district stored as free text before the list', async () => {
    const created = await newOrganisation();
    await api.database.db.execute(sql`update organisations set district = 'Sofia Tech Park' where id = ${created.id}`);
    expect((await api.request('GET', `/api/v1/organisations/${created.id}`)).body.district).toBe('Sofia Tech Park');
    const edited = await api.request('PATCH', `/api/v1/organisations/${created.id}`, { sector: 'software', version: created.version }, { as: founder });
    expect(edited.status).toBe(200);
    expect(edited.body.district).toBe('Sofia Tech Park');
  });

  it('refuses a taken explicit slug with 409', async () => {
    const slug = `taken-${unique()}`;
    await newOrganisation({ slug });
    const res = await api.request('POST', '/api/v1/organisations', { kind: 'company', name: 'Other', slug }, { as: founder });
    expect(res.status).toBe(409);
    expect(expectErrorShape(res)).toBe('CONFLICT');
  });

  it('refuses a stale version with 409 and keeps the newer edit', async () => {
    const created = await newOrganisation();
    const first = await api.request('PATCH', `/api/v1/organisations/${created.id}`, { sector: 'first', version: 1 }, { as: founder });
    expect(first.status).toBe(200);
    const second = await api.request('PATCH', `/api/v1/organisations/${created.id}`, { sector: 'second', version: 1 }, { as: founder });
    expect(second.status).toBe(409);
    expect(expectErrorShape(second)).toBe('VERSION_CONFLICT');
    expect((await api.request('GET', `/api/v1/organisations/${created.id}`)).body.sector).toBe('first');
  });

  it('refuses to delete an organisation that still has opportunities (409) and keeps it', async () => {
    const created = await newOrganisation();
    const opportunity = await api.request('POST', '/api/v1/opportunities', { organisationId: created.id, kind: 'internship', title: 'Intern' }, { as: founder });
    expect(opportunity.status).toBe(201);
    const res = await api.request('DELETE', `/api/v1/organisations/${created.id}`, undefined, { as: founder });
    expect(res.status).toBe(409);
    expect(expectErrorShape(res)).toBe('REFERENCED');
    expect((await api.request('GET', `/api/v1/organisations/${created.id}`)).status).toBe(200);
  });

  it('answers 404 for unknown organisations on read, update and delete', async () => {
    for (const [method, body] of [['GET'], ['PATCH', { sector: 'x', version: 1 }], ['DELETE']] as const) {
      const res = await api.request(method, '/api/v1/organisations/no-such-organisation', body, { as: founder });
      expect(res.status).toBe(404);
      expect(expectErrorShape(res)).toBe('NOT_FOUND');
    }
  });
});
