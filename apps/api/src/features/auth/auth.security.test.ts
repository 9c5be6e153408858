import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, schema } from '@kc/db';
import { createSession } from '../../services/auth/sessions.service.ts';
import { hashPassword } from '@kc/runtime';
import { CLUSTER_ADMIN_EMAIL, DEPUTY_ADMIN_EMAIL, PASSWORD, createTestApi, expectErrorShape, unique, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
const mailsTo = (to: string) => api.mailbox.filter((entry) => entry.startsWith(`mail to=${to} `));

/** An account as an older release left it: a password set at sign-up, the address never confirmed, a live session. */
async function unconfirmedAccount(email: string): Promise<TestUser> {
  const [user] = await api.database.db
    .insert(schema.users)
    .values({ email, displayName: 'Squatter', passwordHash: await hashPassword('squatter password') })
    .returning();
  if (!user) throw new Error('no user');
  const session = await createSession(api.database.db, user.id, 1, null);
  return { id: user.id, email, token: session.token, csrfToken: session.csrfToken, profileId: null };
}

async function clusterOnlyStudent() {
  const student = await api.signUp({ student: 'cluster' });
  return student.profileId ?? '';
}

describe('cluster administrators only with a confirmed address', () => {
  it('signing up as a listed address gives no session and no rights until the owner confirms it', async () => {
    const signUp = await api.request('POST', '/api/v1/auth/sign-up', { email: CLUSTER_ADMIN_EMAIL, displayName: 'First Come' }, from('10.90.0.1'));
    expect(signUp.status).toBe(202);
    expect(signUp.body.token).toBeUndefined();
    expect(signUp.headers.get('set-cookie')).toBeNull();
    // The squatter never learns a password that works: the owner chooses it with the mailed link.
    const signIn = await api.request('POST', '/api/v1/auth/sign-in', { email: CLUSTER_ADMIN_EMAIL, password: PASSWORD }, from('10.90.0.1'));
    expect(signIn.status).toBe(401);
    const owner = await api.clusterAdmin();
    expect((await api.request('GET', '/api/v1/me', undefined, { as: owner })).body).toMatchObject({ isClusterAdmin: true, emailVerified: true });
  });

  it('an unconfirmed account holding a session can do nothing with it; the owner confirming ends it', async () => {
    // An account as an older release allowed: the listed address registered first, never confirmed.
    const squatter = await unconfirmedAccount(DEPUTY_ADMIN_EMAIL);
    const hidden = await clusterOnlyStudent();
    await api.search.sync.drain();
    const { organisation } = await api.newOrganisation();
    for (const [method, path, body] of [
      ['GET', '/api/v1/me', undefined],
      ['POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: true }],
      ['GET', `/api/v1/students/${hidden}`, undefined],
      ['GET', '/api/v1/search/students', undefined],
      ['POST', '/api/v1/organisations', { kind: 'company', name: `Squatted ${unique()}` }],
    ] as const) {
      const res = await api.request(method, path, body, { as: squatter });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
    // Someone the profile is meant for does see it, so the refusal above is not an accident of indexing.
    const { admin: member } = await api.newOrganisation();
    const { organisation: own } = (await api.request('GET', '/api/v1/me', undefined, { as: member })).body.memberships[0];
    await api.request('POST', `/api/v1/organisations/${own.id}/verification`, { verified: true }, { as: await api.clusterAdmin() });
    const seen = await api.request('GET', '/api/v1/search/students?pageSize=100', undefined, { as: member });
    expect(seen.body.hits.map((h: { document: { id: string } }) => h.document.id)).toContain(hidden);

    // The owner asks for the link (signing up again), confirms, and chooses the password.
    await api.request('POST', '/api/v1/auth/sign-up', { email: DEPUTY_ADMIN_EMAIL, displayName: 'Owner' }, from('10.90.0.2'));
    const confirmed = await api.request('POST', '/api/v1/auth/verify-email', { token: api.tokenFromMail(DEPUTY_ADMIN_EMAIL), password: PASSWORD });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.user).toMatchObject({ isClusterAdmin: true, displayName: 'Owner' });
    expect((await api.request('GET', '/api/v1/me', undefined, { as: squatter })).status).toBe(401);
    const oldPassword = await api.request('POST', '/api/v1/auth/sign-in', { email: DEPUTY_ADMIN_EMAIL, password: 'squatter password' }, from('10.90.0.3'));
    expect(oldPassword.status).toBe(401);
  });

  it("the owner's sign-up decides the account, not the first one; the first link is void", async () => {
    const email = `contested-${unique()}@example.org`;
    await api.request('POST', '/api/v1/auth/sign-up', { email, displayName: 'Squatter', student: { visibility: 'public' } }, from('10.90.1.1'));
    const squatterLink = api.tokenFromMail(email);
    await api.request('POST', '/api/v1/auth/sign-up', { email, displayName: 'Rightful Owner' }, from('10.90.1.2'));
    const ownerLink = api.tokenFromMail(email);
    const confirmed = await api.request('POST', '/api/v1/auth/verify-email', { token: ownerLink, password: PASSWORD });
    expect(confirmed.body.user).toMatchObject({ displayName: 'Rightful Owner', profileId: null });
    expect((await api.request('POST', '/api/v1/auth/verify-email', { token: squatterLink, password: 'squatter choice!' })).status).toBe(400);
  });

  it('an address that merely looks like a listed one is nobody, even confirmed', async () => {
    for (const email of [CLUSTER_ADMIN_EMAIL.replace('admin@', 'admin+x@'), ` ${CLUSTER_ADMIN_EMAIL.replace('cluster', 'c1uster')}`]) {
      const lookAlike = await api.signUp({ email: email.trim() });
      expect((await api.request('GET', '/api/v1/me', undefined, { as: lookAlike })).body.isClusterAdmin, email).toBe(false);
    }
    // Cyrillic "а" in place of the Latin "a": not even accepted as an address.
    const cyrillic = await api.request('POST', '/api/v1/auth/sign-up', { email: CLUSTER_ADMIN_EMAIL.replace('admin', '\u0430dmin'), displayName: 'X' });
    expect(cyrillic.status).toBe(400);
  });
});

describe('throttles the caller cannot reset', () => {
  it('a forged X-Forwarded-For entry does not make a new client: the right-most one counts', async () => {
    // The proxy appends the address it saw (203.0.113.7); what the client wrote before it is ignored.
    for (let i = 0; i < 10; i++) {
      const res = await api.request('POST', '/api/v1/auth/sign-up', { email: `burst-${unique()}@example.org`, displayName: 'B' }, from('203.0.113.7'));
      expect(res.status).toBe(202);
    }
    for (const forged of ['203.0.113.9, 203.0.113.7', '1.1.1.1,203.0.113.7', `${unique()}, 203.0.113.7`, '::ffff:203.0.113.7']) {
      const res = await api.request('POST', '/api/v1/auth/sign-up', { email: `burst-${unique()}@example.org`, displayName: 'B' }, from(forged));
      expect(res.status, forged).toBe(429);
    }
    const elsewhere = await api.request('POST', '/api/v1/auth/sign-up', { email: `burst-${unique()}@example.org`, displayName: 'B' }, from('203.0.113.7, 203.0.113.8'));
    expect(elsewhere.status).toBe(202);
  });

  it('the extraction and mail limits follow the same client', async () => {
    const client = '198.51.100.20';
    let last = 0;
    for (let i = 0; i < 121; i++) last = (await api.request('POST', '/api/v1/skills/extract', { text: 'Python and SQL' }, from(client))).status;
    expect(last).toBe(429);
    expect((await api.request('POST', '/api/v1/skills/extract', { text: 'Python' }, from(`198.51.100.99, ${client}`))).status).toBe(429);
    for (let i = 0; i < 10; i++) await api.request('POST', '/api/v1/auth/password-reset/request', { email: `x-${i}@example.org` }, from('198.51.100.21'));
    expect((await api.request('POST', '/api/v1/auth/password-reset/request', { email: 'y@example.org' }, from('9.9.9.9, 198.51.100.21'))).status).toBe(429);
  });

  it('wrong passwords slow down the guesser only: the owner still signs in from elsewhere', async () => {
    const owner = await api.signUp();
    const attacker = '203.0.113.50';
    for (let i = 0; i < 5; i++) expect((await api.request('POST', '/api/v1/auth/sign-in', { email: owner.email, password: 'guess number one' }, from(attacker))).status).toBe(401);
    const guesser = await api.request('POST', '/api/v1/auth/sign-in', { email: owner.email, password: PASSWORD }, from(attacker));
    expect(guesser.status).toBe(429);
    expect(expectErrorShape(guesser)).toBe('TOO_MANY_REQUESTS');
    const forged = await api.request('POST', '/api/v1/auth/sign-in', { email: owner.email, password: PASSWORD }, from(`10.0.0.1, ${attacker}`));
    expect(forged.status).toBe(429);
    const signedIn = await api.request('POST', '/api/v1/auth/sign-in', { email: owner.email, password: PASSWORD }, from('198.51.100.77'));
    expect(signedIn.status).toBe(200);
  });

  it('delays grow with every further attempt', async () => {
    const owner = await api.signUp();
    const attacker = '203.0.113.60';
    const key = `signin:acct:${owner.email}:${attacker}`;
    const guess = () => api.request('POST', '/api/v1/auth/sign-in', { email: owner.email, password: 'another guess!' }, from(attacker));
    for (let i = 0; i < 5; i++) await guess();
    const delays: number[] = [];
    for (let round = 0; round < 3; round++) {
      const blocked = await guess();
      expect(blocked.status).toBe(429);
      delays.push(Number(blocked.headers.get('retry-after')));
      // Time passes: the block runs out, and the next guess is let through and counted.
      await api.database.db.execute(sql`update rate_limits set blocked_until = now() - interval '1 second' where key = ${key}`);
      expect((await guess()).status).toBe(401);
    }
    expect(delays[1]).toBeGreaterThan(delays[0] ?? 0);
    expect(delays[2]).toBeGreaterThan(delays[1] ?? 0);
  });

  it('a burst of parallel guesses is counted in full', async () => {
    const owner = await api.signUp();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => api.request('POST', '/api/v1/auth/sign-in', { email: owner.email, password: 'parallel guess' }, from('203.0.113.70'))),
    );
    const tried = answers.filter((a) => a.status === 401).length;
    expect(tried).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.status === 429).length).toBe(20 - tried);
  });

  it('rotating through an IPv6 /64 is one client', async () => {
    const owner = await api.signUp();
    for (let i = 1; i <= 5; i++) await api.request('POST', '/api/v1/auth/sign-in', { email: owner.email, password: 'ipv6 guess' }, from(`2001:db8:1:2::${i.toString(16)}`));
    const next = await api.request('POST', '/api/v1/auth/sign-in', { email: owner.email, password: PASSWORD }, from('2001:db8:1:2:ffff::9'));
    expect(next.status).toBe(429);
    expect((await api.request('POST', '/api/v1/auth/sign-in', { email: owner.email, password: PASSWORD }, from('2001:db8:1:3::1'))).status).toBe(200);
  });
});

describe('sign-up reveals nothing about who has an account', () => {
  it('answers a known address exactly as a new one, and tells the owner instead', async () => {
    const owner = await api.signUp({ displayName: 'Original Name' });
    const known = await api.request('POST', '/api/v1/auth/sign-up', { email: owner.email.toUpperCase(), displayName: 'Impostor' }, from('10.91.0.1'));
    const fresh = await api.request('POST', '/api/v1/auth/sign-up', { email: `fresh-${unique()}@example.org`, displayName: 'Impostor' }, from('10.91.0.1'));
    expect(known.status).toBe(fresh.status);
    expect(known.body).toEqual(fresh.body);
    expect([...known.headers.keys()].filter((h) => h !== 'x-request-id')).toEqual([...fresh.headers.keys()].filter((h) => h !== 'x-request-id'));
    const told = mailsTo(owner.email).at(-1) ?? '';
    expect(told).toContain('already has an account');
    expect(told).not.toMatch(/token=/);
    expect((await api.request('GET', '/api/v1/me', undefined, { as: owner })).body.displayName).toBe('Original Name');
    expect((await api.request('POST', '/api/v1/auth/sign-in', { email: owner.email, password: PASSWORD }, from('10.91.0.2'))).status).toBe(200);
  });

  it('an unconfirmed account cannot sign in, answers as a wrong password does, and gets its link again', async () => {
    const email = `legacy-${unique()}@example.org`;
    await unconfirmedAccount(email);
    const right = await api.request('POST', '/api/v1/auth/sign-in', { email, password: 'squatter password' }, from('10.92.0.1'));
    const wrong = await api.request('POST', '/api/v1/auth/sign-in', { email, password: 'not the password' }, from('10.92.0.1'));
    expect([right.status, wrong.status]).toEqual([401, 401]);
    expect(right.body.error.message).toBe(wrong.body.error.message);
    expect(mailsTo(email).at(-1)).toMatch(/verify-email\?token=/);
    // The right password counts as an attempt too: the throttle does not tell it apart either.
    for (let i = 0; i < 3; i++) await api.request('POST', '/api/v1/auth/sign-in', { email, password: 'squatter password' }, from('10.92.0.1'));
    expect((await api.request('POST', '/api/v1/auth/sign-in', { email, password: 'squatter password' }, from('10.92.0.1'))).status).toBe(429);
  });

  it("sign-ups with someone's address cannot use up the mails they ask for", async () => {
    const owner = await api.signUp();
    for (let i = 0; i < 6; i++) await api.request('POST', '/api/v1/auth/sign-up', { email: owner.email, displayName: 'Spam' }, from(`10.94.0.${i + 1}`));
    expect(mailsTo(owner.email).filter((m) => m.includes('already has an account'))).toHaveLength(3);
    await api.request('POST', '/api/v1/auth/password-reset/request', { email: owner.email }, from('10.94.1.1'));
    expect(mailsTo(owner.email).at(-1)).toMatch(/reset-password\?token=/);
  });
});

describe('one-time links', () => {
  it('a link that cannot work is refused before any password is hashed, and guessing them is throttled', async () => {
    const client = '10.95.0.1';
    let last = 0;
    for (let i = 0; i < 21; i++) {
      last = (await api.request('POST', '/api/v1/auth/verify-email', { token: `not-a-token-${i}-${unique()}`, password: PASSWORD }, from(client))).status;
    }
    expect(last).toBe(429);
    const elsewhere = await api.request('POST', '/api/v1/auth/password-reset/confirm', { token: `not-a-token-${unique()}`, password: PASSWORD }, from('10.95.0.2'));
    expect(elsewhere.status).toBe(400);
  });

  it('confirming the address another way voids the confirmation links', async () => {
    const email = `two-ways-${unique()}@example.org`;
    await api.request('POST', '/api/v1/auth/sign-up', { email, displayName: 'Two Ways' }, from('10.96.0.1'));
    const confirmation = api.tokenFromMail(email);
    await api.request('POST', '/api/v1/auth/password-reset/request', { email }, from('10.96.0.1'));
    expect((await api.request('POST', '/api/v1/auth/password-reset/confirm', { token: api.tokenFromMail(email), password: 'reset password set' })).status).toBe(200);
    expect((await api.request('POST', '/api/v1/auth/verify-email', { token: confirmation, password: 'a takeover attempt' })).status).toBe(400);
    expect((await api.request('POST', '/api/v1/auth/sign-in', { email, password: 'reset password set' }, from('10.96.0.2'))).status).toBe(200);
  });

  it('using one reset link voids every other outstanding one', async () => {
    const user = await api.signUp();
    await api.request('POST', '/api/v1/auth/password-reset/request', { email: user.email }, from('10.93.0.1'));
    const older = api.tokenFromMail(user.email);
    await api.request('POST', '/api/v1/auth/password-reset/request', { email: user.email }, from('10.93.0.1'));
    const newer = api.tokenFromMail(user.email);
    expect(newer).not.toBe(older);
    expect((await api.request('POST', '/api/v1/auth/password-reset/confirm', { token: newer, password: 'the newest password' })).status).toBe(200);
    const replay = await api.request('POST', '/api/v1/auth/password-reset/confirm', { token: older, password: 'an attacker password' });
    expect(replay.status).toBe(400);
    expect((await api.request('POST', '/api/v1/auth/sign-in', { email: user.email, password: 'an attacker password' }, from('10.93.0.2'))).status).toBe(401);
    expect((await api.request('POST', '/api/v1/auth/sign-in', { email: user.email, password: 'the newest password' }, from('10.93.0.2'))).status).toBe(200);
  });

  it('the older link used first voids the newer one too', async () => {
    const user = await api.signUp();
    await api.request('POST', '/api/v1/auth/password-reset/request', { email: user.email }, from('10.93.1.1'));
    const older = api.tokenFromMail(user.email);
    await api.request('POST', '/api/v1/auth/password-reset/request', { email: user.email }, from('10.93.1.1'));
    const newer = api.tokenFromMail(user.email);
    expect((await api.request('POST', '/api/v1/auth/password-reset/confirm', { token: older, password: 'first password set' })).status).toBe(200);
    expect((await api.request('POST', '/api/v1/auth/password-reset/confirm', { token: newer, password: 'second password set' })).status).toBe(400);
    const outstanding = rowsOf<{ n: number }>(
      await api.database.db.execute(sql`select count(*)::int as n from user_tokens where user_id = ${user.id} and used_at is null`),
    );
    expect(outstanding[0]?.n).toBe(0);
  });
});
