import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@kc/db';
import { PASSWORD, SKILLS, createTestApi, expectErrorShape, unique, type TestApi } from '../../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const cookieOf = (res: { headers: Headers }) => res.headers.get('set-cookie')?.match(/kc_session=([^;]*)/)?.[1] ?? '';

describe('sign-up, sign-in, sign-out', () => {
  it('signs up; the mailed link confirms the address, sets the password and an httpOnly SameSite cookie', async () => {
    const email = `new-${unique()}@example.org`;
    const res = await api.request('POST', '/api/v1/auth/sign-up', { email, displayName: 'Nia', student: { visibility: 'cluster' } });
    expect(res.status).toBe(202);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(Object.keys(res.body)).toEqual(['message']);
    const confirmed = await api.request('POST', '/api/v1/auth/verify-email', { token: api.tokenFromMail(email), password: PASSWORD });
    expect(confirmed.status).toBe(200);
    const cookie = confirmed.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/kc_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(confirmed.body.user).toMatchObject({ email, displayName: 'Nia', emailVerified: true, isClusterAdmin: false });
    expect(confirmed.body.user.profileId).toBeTruthy();
    const me = await api.request('GET', '/api/v1/me', undefined, { headers: { authorization: `Bearer ${confirmed.body.token}` } });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);
    const profile = await api.request('GET', `/api/v1/students/${confirmed.body.user.profileId}`, undefined, { headers: { authorization: `Bearer ${confirmed.body.token}` } });
    expect(profile.body.visibility).toBe('cluster');
  });

  it('stores only an argon2id hash of the password', async () => {
    const user = await api.signUp();
    const rows = rowsOf<{ password_hash: string }>(await api.database.db.execute(sql`select password_hash from users where id = ${user.id}`));
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]?.password_hash).not.toContain(PASSWORD);
  });

  it('refuses weak passwords when the address is confirmed, and the link still works after', async () => {
    const email = `weak-${unique()}@example.org`;
    await api.request('POST', '/api/v1/auth/sign-up', { email, displayName: 'W' });
    const token = api.tokenFromMail(email);
    const weak = await api.request('POST', '/api/v1/auth/verify-email', { token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.issues[0].path).toBe('body.password');
    expect((await api.request('POST', '/api/v1/auth/verify-email', { token, password: PASSWORD })).status).toBe(200);
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    const user = await api.signUp();
    const wrong = await api.request('POST', '/api/v1/auth/sign-in', { email: user.email, password: 'not the password' });
    const unknown = await api.request('POST', '/api/v1/auth/sign-in', { email: `ghost-${unique()}@example.org`, password: 'not the password' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  it('signs out: the token stops working', async () => {
    const user = await api.signUp();
    expect((await api.request('POST', '/api/v1/auth/sign-out', undefined, { as: user })).status).toBe(204);
    const after = await api.request('GET', '/api/v1/me', undefined, { as: user });
    expect(after.status).toBe(401);
    expect(expectErrorShape(after)).toBe('UNAUTHORIZED');
  });

  it('makes configured addresses cluster administrators', async () => {
    const admin = await api.clusterAdmin();
    expect((await api.request('GET', '/api/v1/me', undefined, { as: admin })).body.isClusterAdmin).toBe(true);
  });
});

describe('throttling', () => {
  const signInFrom = (email: string, password: string, address: string) =>
    api.request('POST', '/api/v1/auth/sign-in', { email, password }, { headers: { 'x-forwarded-for': address } });

  it('slows down whoever guesses an account from one address, with Retry-After', async () => {
    const user = await api.signUp();
    for (let i = 0; i < 5; i++) expect((await signInFrom(user.email, 'wrong password!', '10.20.0.1')).status).toBe(401);
    const throttled = await signInFrom(user.email, PASSWORD, '10.20.0.1');
    expect(throttled.status).toBe(429);
    expect(expectErrorShape(throttled)).toBe('TOO_MANY_REQUESTS');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits sign-in attempts per address across accounts', async () => {
    const address = '10.30.0.1';
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await signInFrom(`nobody-${i}@example.org`, 'whatever it is', address)).status;
    expect(last).toBe(429);
    expect((await signInFrom('nobody@example.org', 'whatever it is', '10.30.0.2')).status).toBe(401);
  });

  it('a successful sign-in clears the account counter for that address', async () => {
    const user = await api.signUp();
    for (let i = 0; i < 4; i++) await signInFrom(user.email, 'wrong password!', '10.31.0.1');
    expect((await signInFrom(user.email, PASSWORD, '10.31.0.1')).status).toBe(200);
    for (let i = 0; i < 4; i++) await signInFrom(user.email, 'wrong password!', '10.31.0.1');
    expect((await signInFrom(user.email, PASSWORD, '10.31.0.1')).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses cookie-authenticated writes without the session’s CSRF token, accepts them with it', async () => {
    const email = `csrf-${unique()}@example.org`;
    await api.request('POST', '/api/v1/auth/sign-up', { email, displayName: 'C' });
    const res = await api.request('POST', '/api/v1/auth/verify-email', { token: api.tokenFromMail(email), password: PASSWORD });
    const cookie = `kc_session=${cookieOf(res)}`;
    const body = { kind: 'company', name: `Cookie Co ${unique()}` };
    const without = await api.request('POST', '/api/v1/organisations', body, { headers: { cookie } });
    expect(without.status).toBe(403);
    expect(expectErrorShape(without)).toBe('FORBIDDEN');
    const wrong = await api.request('POST', '/api/v1/organisations', body, { headers: { cookie, 'x-csrf-token': 'guess' } });
    expect(wrong.status).toBe(403);
    const right = await api.request('POST', '/api/v1/organisations', body, { headers: { cookie, 'x-csrf-token': res.body.csrfToken } });
    expect(right.status).toBe(201);
    const read = await api.request('GET', '/api/v1/me', undefined, { headers: { cookie } });
    expect(read.status).toBe(200);
  });

  it('needs no CSRF token with a bearer token (not an ambient credential)', async () => {
    const user = await api.signUp();
    expect((await api.request('POST', '/api/v1/organisations', { kind: 'company', name: `Bearer Co ${unique()}` }, { as: user })).status).toBe(201);
  });

  it('rejects an unknown bearer token with 401, ignores a stale cookie', async () => {
    const bad = await api.request('GET', '/api/v1/organisations', undefined, { headers: { authorization: 'Bearer not-a-real-token-at-all' } });
    expect(bad.status).toBe(401);
    const stale = await api.request('GET', '/api/v1/organisations', undefined, { headers: { cookie: 'kc_session=stale-token-value' } });
    expect(stale.status).toBe(200);
  });
});

describe('optimistic concurrency', () => {
  it('two edits from the same version: one wins, the other gets 409', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const edits = await Promise.all(
      ['first', 'second'].map((sector) => api.request('PATCH', `/api/v1/organisations/${organisation.id}`, { sector, version: 1 }, { as: admin })),
    );
    expect(edits.map((e) => e.status).sort()).toEqual([200, 409]);
    const winner = edits.find((e) => e.status === 200)?.body.sector;
    const stored = await api.request('GET', `/api/v1/organisations/${organisation.id}`);
    expect(stored.body).toMatchObject({ sector: winner, version: 2 });
  });

  it('requires the version on every edit', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const res = await api.request('PATCH', `/api/v1/organisations/${organisation.id}`, { sector: 'x' }, { as: admin });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain('body.version');
  });
});

describe('e-mail flows through the mail port', () => {
  it('confirms the e-mail address with the mailed token, once', async () => {
    const email = `confirm-${unique()}@example.org`;
    await api.request('POST', '/api/v1/auth/sign-up', { email, displayName: 'Once' });
    const token = api.tokenFromMail(email);
    const confirmed = await api.request('POST', '/api/v1/auth/verify-email', { token, password: PASSWORD });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.user.emailVerified).toBe(true);
    expect((await api.request('POST', '/api/v1/auth/verify-email', { token, password: 'another password!' })).status).toBe(400);
  });

  it('resets the password with the mailed token and ends every session', async () => {
    const user = await api.signUp();
    const request = await api.request('POST', '/api/v1/auth/password-reset/request', { email: user.email });
    const unknown = await api.request('POST', '/api/v1/auth/password-reset/request', { email: `nobody-${unique()}@example.org` });
    expect([request.status, unknown.status]).toEqual([202, 202]);
    expect(request.body).toEqual(unknown.body);
    const token = api.tokenFromMail(user.email);
    const reset = await api.request('POST', '/api/v1/auth/password-reset/confirm', { token, password: 'a brand new password' });
    expect(reset.status).toBe(200);
    expect((await api.request('GET', '/api/v1/me', undefined, { as: user })).status).toBe(401);
    expect((await api.request('POST', '/api/v1/auth/sign-in', { email: user.email, password: PASSWORD })).status).toBe(401);
    expect((await api.request('POST', '/api/v1/auth/sign-in', { email: user.email, password: 'a brand new password' })).status).toBe(200);
  });
});

describe('organisations: roles', () => {
  it('admins invite; the invited address joins as member; members cannot invite', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const invitee = await api.signUp();
    const invited = await api.request('POST', `/api/v1/organisations/${organisation.id}/invitations`, { email: invitee.email }, { as: admin });
    expect(invited.status).toBe(201);
    const token = api.tokenFromMail(invitee.email);
    const stranger = await api.signUp();
    expect((await api.request('POST', '/api/v1/invitations/accept', { token }, { as: stranger })).status).toBe(400);
    expect((await api.request('POST', '/api/v1/invitations/accept', { token }, { as: invitee })).status).toBe(200);
    const me = await api.request('GET', '/api/v1/me', undefined, { as: invitee });
    expect(me.body.memberships).toEqual([expect.objectContaining({ role: 'member', organisation: expect.objectContaining({ id: organisation.id }) })]);
    const memberInvites = await api.request('POST', `/api/v1/organisations/${organisation.id}/invitations`, { email: 'x@example.org' }, { as: invitee });
    expect(memberInvites.status).toBe(403);
    const post = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'job', title: 'By a member' }, { as: invitee });
    expect(post.status).toBe(201);
  });

  it('only cluster administrators verify organisations', async () => {
    const { organisation, admin } = await api.newOrganisation();
    expect((await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: true }, { as: admin })).status).toBe(403);
    const res = await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: true }, { as: await api.clusterAdmin() });
    expect(res.status).toBe(200);
    expect(res.body.verified).toBe(true);
  });

  it('keeps the last administrator', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const res = await api.request('DELETE', `/api/v1/organisations/${organisation.id}/members/${admin.id}`, undefined, { as: admin });
    expect(res.status).toBe(409);
  });
});

describe('my data', () => {
  it('exports everything stored about me as a JSON attachment', async () => {
    const user = await api.signUp({ student: 'public' });
    const res = await api.request('GET', '/api/v1/me/export', undefined, { as: user });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"/);
    expect(res.body.account.email).toBe(user.email);
    expect(res.body.studentProfile.id).toBe(user.profileId);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2/);
  });

  it('deletes the account: nothing personal remains anywhere, applications stay as anonymous counts', async () => {
    const email = `leaving-${unique()}@example.org`;
    const displayName = `Leaving Person ${unique()}`;
    const user = await api.signUp({ email, displayName, student: 'private' });
    const profileId = user.profileId ?? '';
    await api.request('PATCH', `/api/v1/students/${profileId}`, { about: 'my secret hobby', skills: [{ uri: SKILLS.sql }], version: 1 }, { as: user });
    const { organisation, admin } = await api.newOrganisation();
    const opportunity = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'internship', title: 'Intern', status: 'open' }, { as: admin });
    await api.request('POST', `/api/v1/opportunities/${opportunity.body.id}/applications`, { message: 'my cover letter' }, { as: user });
    await api.request('GET', `/api/v1/opportunities/${opportunity.body.id}/applications`, undefined, { as: admin });
    await api.request('POST', `/api/v1/organisations/${organisation.id}/invitations`, { email }, { as: admin });

    expect((await api.request('DELETE', '/api/v1/me', { password: 'wrong password!' }, { as: user })).status).toBe(403);
    expect((await api.request('DELETE', '/api/v1/me', { password: PASSWORD }, { as: user })).status).toBe(204);

    const dump = rowsOf<{ t: string }>(
      await api.database.db.execute(sql`
        select string_agg(t::text, ' ') as t from (
          select u::text as t from users u union all select p::text from student_profiles p
          union all select s::text from profile_skills s union all select a::text from applications a
          union all select m::text from memberships m union all select x::text from sessions x
          union all select k::text from user_tokens k union all select i::text from invitations i
          union all select l::text from audit_log l) all_rows(t)`),
    )[0]?.t ?? '';
    for (const personal of [email, displayName, user.id, profileId, 'my secret hobby', 'my cover letter']) {
      expect(dump).not.toContain(personal);
    }
    const applicants = await api.request('GET', `/api/v1/opportunities/${opportunity.body.id}/applications`, undefined, { as: admin });
    expect(applicants.body.items).toHaveLength(1);
    expect(applicants.body.items[0].applicant).toBeNull();
    expect((await api.request('POST', '/api/v1/auth/sign-in', { email, password: PASSWORD })).status).toBe(401);
  });
});
