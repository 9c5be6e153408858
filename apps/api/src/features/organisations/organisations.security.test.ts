import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPUTY_ADMIN_EMAIL, createTestApi, expectErrorShape, unique, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
let clusterAdmin: TestUser;
beforeAll(async () => {
  api = await createTestApi();
  clusterAdmin = await api.clusterAdmin();
  // A second cluster administrator, to see that every one of them is told.
  await api.signUp({ email: DEPUTY_ADMIN_EMAIL, displayName: 'Deputy' });
});
afterAll(async () => {
  await api.close();
});

async function verifiedOrganisation(overrides: Record<string, unknown> = {}) {
  const { organisation, admin } = await api.newOrganisation(overrides);
  const member = await api.signUp();
  await api.request('POST', `/api/v1/organisations/${organisation.id}/invitations`, { email: member.email }, { as: admin });
  await api.request('POST', '/api/v1/invitations/accept', { token: api.tokenFromMail(member.email) }, { as: member });
  const verified = await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: true }, { as: clusterAdmin });
  expect(verified.body.verified).toBe(true);
  return { organisation: verified.body, admin, member };
}

const mailsTo = (to: string) => api.mailbox.filter((entry) => entry.startsWith(`mail to=${to} `));
const raw = (json: string, as: TestUser) => api.request('POST', '/api/v1/organisations', json, { as });

describe('trust follows identity', () => {
  it.each([
    ['renaming', () => ({ name: `Sofia University St. Kliment Ohridski ${unique()}` })],
    ['changing the kind', () => ({ kind: 'university' })],
    ['changing the slug', () => ({ slug: `new-slug-${unique()}` })],
    ['changing the website', () => ({ website: `https://elsewhere-${unique()}.example.org` })],
  ])('%s withdraws the verification and tells the members and every cluster administrator', async (_what, change) => {
    const { organisation, admin, member } = await verifiedOrganisation();
    const before = { admin: mailsTo(admin.email).length, member: mailsTo(member.email).length, cluster: mailsTo(clusterAdmin.email).length, deputy: mailsTo(DEPUTY_ADMIN_EMAIL).length };
    const res = await api.request('PATCH', `/api/v1/organisations/${organisation.id}`, { ...change(), version: organisation.version }, { as: admin });
    expect(res.status).toBe(200);
    expect(res.body.verified).toBe(false);
    expect((await api.request('GET', `/api/v1/organisations/${organisation.id}`)).body.verified).toBe(false);
    expect(mailsTo(admin.email).length).toBe(before.admin + 1);
    expect(mailsTo(member.email).length).toBe(before.member + 1);
    expect(mailsTo(clusterAdmin.email).length).toBe(before.cluster + 1);
    expect(mailsTo(DEPUTY_ADMIN_EMAIL).length).toBe(before.deputy + 1);
    expect(mailsTo(clusterAdmin.email).at(-1)).toContain('verify it again');
  });

  it('a verification given for a version that has changed since is refused', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const renamed = await api.request('PATCH', `/api/v1/organisations/${organisation.id}`, { name: `Renamed Meanwhile ${unique()}`, version: organisation.version }, { as: admin });
    const stale = await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: true, version: organisation.version }, { as: clusterAdmin });
    expect(stale.status).toBe(409);
    expect((await api.request('GET', `/api/v1/organisations/${organisation.id}`)).body.verified).toBe(false);
    const current = await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: true, version: renamed.body.version }, { as: clusterAdmin });
    expect(current.body).toMatchObject({ verified: true, version: renamed.body.version + 1 });
  });

  it('other changes, and sending the same name again, keep the verification', async () => {
    const { organisation, admin } = await verifiedOrganisation();
    const res = await api.request('PATCH', `/api/v1/organisations/${organisation.id}`, { description: 'We build satellites.', name: organisation.name, kind: organisation.kind, version: organisation.version }, { as: admin });
    expect(res.status).toBe(200);
    expect(res.body.verified).toBe(true);
  });
});

describe('names that pass for another organisation', () => {
  it('refuses zero-width and bidirectional characters with a 400 naming them', async () => {
    const { admin } = await api.newOrganisation();
    for (const [name, code] of [
      ['Iskar\u200b Digital\u200d Studio', 'U+200B'],
      ['Iskar Digital\u2060Studio', 'U+2060'],
      ['\u202eoiduts latigid raksi', 'U+202E'],
      ['Iskar\u00adDigital', 'U+00AD'],
      ['Iskar\u0007 Bell', 'U+0007'],
      ['Iskar\u0085 Next line', 'U+0085'],
    ]) {
      const res = await api.request('POST', '/api/v1/organisations', { kind: 'company', name }, { as: admin });
      expect(res.status, name).toBe(400);
      expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
      expect(res.body.error.issues[0]).toMatchObject({ path: 'body.name' });
      expect(res.body.error.issues[0].message).toContain(code);
    }
  });

  it('refuses lone surrogates instead of storing U+FFFD silently', async () => {
    const { admin } = await api.newOrganisation();
    const res = await raw('{"kind":"company","name":"Broken \\ud800 Name"}', admin);
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].message).toContain('U+D800');
    const description = await raw(`{"kind":"company","name":"Fine Name ${unique()}","description":"half \\udc00 a character"}`, admin);
    expect(description.status).toBe(400);
  });

  it('stores names NFKC-normalised, with runs of spaces as one', async () => {
    const { admin } = await api.newOrganisation();
    const marker = unique();
    const res = await api.request('POST', '/api/v1/organisations', { kind: 'company', name: `Ｗｉｄｅ   Ｌｅｔｔｅｒｓ ${marker}`, description: 'ﬁne print' }, { as: admin });
    expect(res.status).toBe(201);
    expect(res.body.name).toBe(`Wide Letters ${marker}`);
    expect(res.body.description).toBe('fine print');
  });

  it('refuses a look-alike of a registered name, on creation and on renaming', async () => {
    const { organisation } = await verifiedOrganisation({ name: `Iskar Digital Studio ${unique()}` });
    const { admin } = await api.newOrganisation();
    const suffix = organisation.name.slice('Iskar Digital Studio '.length);
    for (const lookAlike of [organisation.name, organisation.name.toUpperCase(), `Іѕkаr Digital Studio ${suffix}`, `Iskar  Digital-Studio ${suffix}`, `Iskár Digital Studio ${suffix}`]) {
      const res = await api.request('POST', '/api/v1/organisations', { kind: 'company', name: lookAlike }, { as: admin });
      expect(res.status, lookAlike).toBe(409);
      expect(res.body.error.issues[0].path).toBe('body.name');
    }
    const { organisation: mine, admin: owner } = await api.newOrganisation();
    const rename = await api.request('PATCH', `/api/v1/organisations/${mine.id}`, { name: `Iskar Digital Studi0 ${suffix}`, version: 1 }, { as: owner });
    expect(rename.status).toBe(409);
    expect((await api.request('GET', `/api/v1/organisations/${mine.id}`)).body.name).toBe(mine.name);
  });

  it('other display text refuses the same characters: titles, descriptions, names of people', async () => {
    const { organisation, admin } = await api.newOrganisation();
    const title = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'job', title: 'Senior\u200b Engineer' }, { as: admin });
    expect(title.status).toBe(400);
    const description = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'job', title: 'Engineer', description: 'Pay \u202e000,1' }, { as: admin });
    expect(description.status).toBe(400);
    const signUp = await api.request('POST', '/api/v1/auth/sign-up', { email: `zw-${unique()}@example.org`, displayName: 'Ana\u200dMaria' });
    expect(signUp.status).toBe(400);
    const multiline = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'job', title: 'Engineer', description: 'Line one\nLine two\tindented' }, { as: admin });
    expect(multiline.status).toBe(201);
  });
});
