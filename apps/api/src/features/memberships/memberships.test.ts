import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@kc/db';
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

describe("changing a member's role", () => {
  /** A fresh user who joined the organisation by invitation with `role`. */
  async function joined(organisationId: string, admin: TestUser, role: 'member' | 'admin') {
    const user = await api.signUp();
    const token = await invite(organisationId, admin, user, role);
    expect((await api.request('POST', '/api/v1/invitations/accept', { token }, { as: user })).status).toBe(200);
    return user;
  }

  const setRole = (organisationId: string, userId: string, role: unknown, as: TestUser) =>
    api.request('PATCH', `/api/v1/organisations/${organisationId}/members/${userId}`, { role }, { as });

  const roleOf = async (organisationId: string, userId: string, as: TestUser) =>
    (await api.request('GET', `/api/v1/organisations/${organisationId}/members`, undefined, { as })).body.items.find((m: { userId: string }) => m.userId === userId)?.role;

  const roleChangesIn = (organisationId: string) =>
    api.database.db
      .select({ actorUserId: schema.auditLog.actorUserId, details: schema.auditLog.details })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, organisationId), eq(schema.auditLog.action, 'change_member_role')))
      .orderBy(asc(schema.auditLog.id));

  it('an administrator makes a member an administrator, and the members list shows it', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const member = await joined(organisation.id, admin, 'member');
    const res = await setRole(organisation.id, member.id, 'admin', admin);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ userId: member.id, displayName: 'Test User', email: member.email, role: 'admin' });
    expect((await adminsOf(organisation.id, admin)).map((m: { userId: string }) => m.userId).sort()).toEqual([admin.id, member.id].sort());
  });

  it('an administrator makes another administrator a member again', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const second = await joined(organisation.id, admin, 'admin');
    const res = await setRole(organisation.id, second.id, 'member', admin);
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('member');
    expect(await roleOf(organisation.id, second.id, admin)).toBe('member');
  });

  it('the last administrator cannot make themselves a member (409 saying what to do)', async () => {
    const { organisation, admin } = await api.newOrganisation();
    await joined(organisation.id, admin, 'member');
    const res = await setRole(organisation.id, admin.id, 'member', admin);
    expect(res.status).toBe(409);
    expect(expectErrorShape(res)).toBe('CONFLICT');
    expect(res.body.error.message).toMatch(/last administrator.*make another member an administrator/i);
    expect(await roleOf(organisation.id, admin.id, admin)).toBe('admin');
    expect(await roleChangesIn(organisation.id)).toEqual([]);
  });

  it('setting the role a member already has changes nothing', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const member = await joined(organisation.id, admin, 'member');
    expect((await setRole(organisation.id, member.id, 'member', admin)).body.role).toBe('member');
    expect((await setRole(organisation.id, admin.id, 'admin', admin)).body.role).toBe('admin');
    expect(await roleChangesIn(organisation.id)).toEqual([]);
  });

  it('a plain member cannot change roles (403), not even their own', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const member = await joined(organisation.id, admin, 'member');
    for (const [userId, role] of [[admin.id, 'member'], [member.id, 'admin']] as const) {
      const res = await setRole(organisation.id, userId, role, member);
      expect(res.status).toBe(403);
      expect(expectErrorShape(res)).toBe('FORBIDDEN');
    }
    expect(await roleOf(organisation.id, admin.id, admin)).toBe('admin');
    expect(await roleOf(organisation.id, member.id, admin)).toBe('member');
    expect(await roleChangesIn(organisation.id)).toEqual([]);
  });

  it('an administrator of another organisation cannot (403), and anonymous callers get 401', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const member = await joined(organisation.id, admin, 'member');
    const { admin: otherAdmin } = await api.newOrganisation();
    const res = await setRole(organisation.id, member.id, 'admin', otherAdmin);
    expect(res.status).toBe(403);
    expect(expectErrorShape(res)).toBe('FORBIDDEN');
    const anonymous = await api.request('PATCH', `/api/v1/organisations/${organisation.id}/members/${member.id}`, { role: 'admin' });
    expect(anonymous.status).toBe(401);
    expect(await roleOf(organisation.id, member.id, admin)).toBe('member');
  });

  it('someone who is not a member of the organisation is not found (404)', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const outsider = await api.signUp();
    const res = await setRole(organisation.id, outsider.id, 'admin', admin);
    expect(res.status).toBe(404);
    expect(expectErrorShape(res)).toBe('NOT_FOUND');
    expect((await api.request('GET', '/api/v1/me', undefined, { as: outsider })).body.memberships).toEqual([]);
  });

  it('refuses a role that does not exist (400 naming body.role), and an unknown field, changing nothing', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const member = await joined(organisation.id, admin, 'member');
    const res = await setRole(organisation.id, member.id, 'owner', admin);
    expect(res.status).toBe(400);
    expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['body.role']);
    const extra = await api.request('PATCH', `/api/v1/organisations/${organisation.id}/members/${member.id}`, { role: 'admin', isClusterAdmin: true }, { as: admin });
    expect(extra.status).toBe(400);
    expect(await roleOf(organisation.id, member.id, admin)).toBe('member');
    expect(await roleChangesIn(organisation.id)).toEqual([]);
  });

  it('writes each change to the audit log: who, whose role, from what to what', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const member = await joined(organisation.id, admin, 'member');
    await setRole(organisation.id, member.id, 'admin', admin);
    await setRole(organisation.id, member.id, 'member', admin);
    expect(await roleChangesIn(organisation.id)).toEqual([
      { actorUserId: admin.id, details: { userId: member.id, from: 'member', to: 'admin' } },
      { actorUserId: admin.id, details: { userId: member.id, from: 'admin', to: 'member' } },
    ]);
  });

  it('two administrators making each other members at the same time leave one administrator', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const second = await joined(organisation.id, admin, 'admin');
    const demotions = await Promise.all([
      setRole(organisation.id, second.id, 'member', admin),
      setRole(organisation.id, admin.id, 'member', second),
    ]);
    expect(demotions.map((r) => r.status).sort()).toEqual([200, 409]);
    const stayed = demotions[0]?.status === 200 ? admin : second;
    expect(await adminsOf(organisation.id, stayed)).toEqual([expect.objectContaining({ userId: stayed.id })]);
  });
});
