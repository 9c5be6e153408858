import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, createTestApi, expectErrorShape, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

async function invite(organisationId: string, by: TestUser, to: TestUser, role: 'member' | 'admin') {
  const res = await api.request('POST', `/api/v1/organisations/${organisationId}/invitations`, { email: to.email, role }, { as: by });
  expect(res.status).toBe(201);
  return api.tokenFromMail(to.email);
}

const adminsOf = async (organisationId: string, as: TestUser) =>
  (await api.request('GET', `/api/v1/organisations/${organisationId}/members`, undefined, { as })).body.items.filter((m: { role: string }) => m.role === 'admin');

describe('an organisation always keeps an administrator', () => {
  it('the last administrator cannot leave (409 saying what to do)', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const res = await api.request('DELETE', `/api/v1/organisations/${organisation.id}/members/${admin.id}`, undefined, { as: admin });
    expect(res.status).toBe(409);
    expect(expectErrorShape(res)).toBe('CONFLICT');
    expect(res.body.error.message).toMatch(/last administrator.*make another member an administrator/i);
    expect(await adminsOf(organisation.id, admin)).toHaveLength(1);
  });

  it('the last administrator cannot demote themselves by accepting a member invitation', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const token = await invite(organisation.id, admin, admin, 'member');
    const res = await api.request('POST', '/api/v1/invitations/accept', { token }, { as: admin });
    expect(res.status).toBe(409);
    expect(await adminsOf(organisation.id, admin)).toHaveLength(1);
  });

  it('with a second administrator, either may step down, but not both at once', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const second = await api.signUp();
    const token = await invite(organisation.id, admin, second, 'admin');
    expect((await api.request('POST', '/api/v1/invitations/accept', { token }, { as: second })).status).toBe(200);
    const leaving = await Promise.all(
      [admin, second].map((user) => api.request('DELETE', `/api/v1/organisations/${organisation.id}/members/${user.id}`, undefined, { as: user })),
    );
    expect(leaving.map((r) => r.status).sort()).toEqual([204, 409]);
    const stayed = leaving[0]?.status === 204 ? second : admin;
    expect(await adminsOf(organisation.id, stayed)).toHaveLength(1);
  });

  it('the last administrator cannot delete their account without handing over', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const refused = await api.request('DELETE', '/api/v1/me', { password: PASSWORD }, { as: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(organisation.name);
    expect((await api.request('GET', '/api/v1/me', undefined, { as: admin })).status).toBe(200);

    const successor = await api.signUp();
    const token = await invite(organisation.id, admin, successor, 'admin');
    await api.request('POST', '/api/v1/invitations/accept', { token }, { as: successor });
    expect((await api.request('DELETE', '/api/v1/me', { password: PASSWORD }, { as: admin })).status).toBe(204);
    expect(await adminsOf(organisation.id, successor)).toEqual([expect.objectContaining({ userId: successor.id })]);
  });

  it('a member (not an administrator) may leave and delete their account freely', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const member = await api.signUp();
    const token = await invite(organisation.id, admin, member, 'member');
    await api.request('POST', '/api/v1/invitations/accept', { token }, { as: member });
    expect((await api.request('DELETE', '/api/v1/me', { password: PASSWORD }, { as: member })).status).toBe(204);
  });
});
