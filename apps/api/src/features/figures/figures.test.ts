import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, unique, type TestApi } from '../../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('cluster figures', () => {
  it('counts organisations, open opportunities, students whatever their visibility, and published trainings, for anyone', async () => {
    const before = (await api.request('GET', '/api/v1/figures')).body;
    const { organisation: company, admin } = await api.newOrganisation({ name: `Figures Ltd ${unique()}` });
    const { organisation: academy, admin: teacher } = await api.newOrganisation({ kind: 'training_provider', name: `Figures Academy ${unique()}` });
    await api.signUp({ student: 'private' });
    await api.signUp({ student: 'public' });
    await api.signUp();
    for (const status of ['open', 'draft']) {
      const res = await api.request('POST', '/api/v1/opportunities', { organisationId: company.id, kind: 'job', title: `A ${status} job`, status }, { as: admin });
      expect(res.status).toBe(201);
    }
    for (const status of ['published', 'draft']) {
      const res = await api.request('POST', '/api/v1/offerings', { providerId: academy.id, kind: 'course', title: `A ${status} course`, status }, { as: teacher });
      expect(res.status).toBe(201);
    }
    const after = await api.request('GET', '/api/v1/figures');
    expect(after.status).toBe(200);
    expect(after.body).toEqual({
      organisations: before.organisations + 2,
      openOpportunities: before.openOpportunities + 1,
      students: before.students + 2,
      publishedOfferings: before.publishedOfferings + 1,
    });
  });
});
