import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILLS, createTestApi, expectErrorShape, unique, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
let admin: TestUser;
beforeAll(async () => {
  api = await createTestApi();
  admin = await api.clusterAdmin();
});
afterAll(async () => {
  await api.close();
});

const queue = async (query: string) => {
  const res = await api.request('GET', `/api/v1/admin/organisations${query}`, undefined, { as: admin });
  expect(res.status).toBe(200);
  return res.body;
};

describe('the verification queue', () => {
  it('lists waiting organisations oldest first; a refusal with a reason leaves the queue, is mailed, and returns when the profile changes', async () => {
    const name = `Queue Ltd ${unique()}`;
    const { organisation, admin: owner } = await api.newOrganisation({ name, website: 'https://queue.example.org' });
    const waiting = await queue(`?q=${encodeURIComponent(name)}`);
    expect(waiting.items).toEqual([expect.objectContaining({ id: organisation.id, verification: 'pending', refusal: null, members: 1, website: 'https://queue.example.org' })]);
    const before = (await queue('')).counts;

    const reason = 'We could not find this company in the commercial register.';
    const refused = await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: false, reason, version: organisation.version }, { as: admin });
    expect(refused.status).toBe(200);
    expect(refused.body.verified).toBe(false);
    expect((await queue(`?q=${encodeURIComponent(name)}`)).items).toEqual([]);
    const refusedPage = await queue(`?verification=refused&q=${encodeURIComponent(name)}`);
    expect(refusedPage.items[0]).toMatchObject({ verification: 'refused', refusal: reason });
    expect(refusedPage.items[0].decidedAt).not.toBeNull();
    expect(refusedPage.counts).toMatchObject({ pending: before.pending - 1, refused: before.refused + 1 });
    const mail = [...api.mailbox].reverse().find((m) => m.startsWith(`mail to=${owner.email} `));
    expect(mail).toContain(`subject="${name} was not verified"`);
    expect(mail).toContain(reason);

    const edited = await api.request('PATCH', `/api/v1/organisations/${organisation.id}`, { description: 'Registered under UIC 123456789.', version: refused.body.version }, { as: owner });
    expect(edited.status).toBe(200);
    expect((await queue(`?q=${encodeURIComponent(name)}`)).items[0]).toMatchObject({ verification: 'pending', refusal: null });

    const verified = await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: true, version: edited.body.version }, { as: admin });
    expect(verified.body.verified).toBe(true);
    expect((await queue(`?verification=verified&q=${encodeURIComponent(name)}`)).items[0].verification).toBe('verified');
    const log = await api.request('GET', `/api/v1/admin/audit?entityType=organisation&entityId=${organisation.id}`, undefined, { as: admin });
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['verify', 'update', 'refuse_verification', 'create']);
    expect(log.body.items[2].details.reason).toBe(reason);
  });

  it('takes a reason of several lines, and keeps the refusal through a save that changes nothing', async () => {
    const { organisation, admin: owner } = await api.newOrganisation();
    const reason = 'We could not confirm the company.\r\nPlease add your UIC to the profile.';
    const refused = await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: false, reason }, { as: admin });
    expect(refused.status).toBe(200);
    const unchanged = await api.request('PATCH', `/api/v1/organisations/${organisation.id}`, { name: organisation.name, version: refused.body.version }, { as: owner });
    expect(unchanged.status).toBe(200);
    const [entry] = (await queue(`?verification=refused&q=${encodeURIComponent(organisation.name)}`)).items;
    expect(entry).toMatchObject({ verification: 'refused' });
    expect(entry.refusal).toContain('Please add your UIC');
  });

  it('tells a standing refusal to the organisation\'s members and the cluster administrators only, until a change asks again', async () => {
    const { organisation, admin: owner } = await api.newOrganisation();
    const member = await api.signUp();
    await api.request('POST', `/api/v1/organisations/${organisation.id}/invitations`, { email: member.email, role: 'member' }, { as: owner });
    expect((await api.request('POST', '/api/v1/invitations/accept', { token: api.tokenFromMail(member.email) }, { as: member })).status).toBe(200);
    const outsider = await api.signUp();
    const { organisation: other, admin: otherAdmin } = await api.newOrganisation();
    const read = async (as?: TestUser, ref: string = organisation.id) => {
      const res = await api.request('GET', `/api/v1/organisations/${ref}`, undefined, as ? { as } : {});
      expect(res.status).toBe(200);
      return res.body;
    };
    // Before any decision its own people read null, everyone else nothing at all.
    expect((await read(owner)).verificationRefusal).toBeNull();
    expect(await read()).not.toHaveProperty('verificationRefusal');

    const reason = 'We could not confirm the company.\nPlease add your UIC to the profile.';
    const refused = await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, { verified: false, reason, version: organisation.version }, { as: admin });
    expect(refused.status).toBe(200);
    expect(refused.body.verificationRefusal).toEqual({ reason, decidedAt: expect.any(String) });
    const decidedAt = refused.body.verificationRefusal.decidedAt as string;
    expect(Number.isNaN(Date.parse(decidedAt))).toBe(false);

    for (const reader of [owner, member, admin]) {
      expect((await read(reader)).verificationRefusal).toEqual({ reason, decidedAt });
      expect((await read(reader, organisation.slug)).verificationRefusal).toEqual({ reason, decidedAt });
    }
    for (const reader of [undefined, outsider, otherAdmin]) {
      const body = await read(reader);
      expect(body).not.toHaveProperty('verificationRefusal');
      expect(JSON.stringify(body)).not.toContain('UIC');
    }
    // Nor in any list, whoever reads it.
    for (const reader of [undefined, owner]) {
      const list = await api.request('GET', `/api/v1/organisations?q=${encodeURIComponent(organisation.name)}`, undefined, reader ? { as: reader } : {});
      expect(JSON.stringify(list.body)).not.toContain('UIC');
    }
    // Another organisation's administrator reads their own without it.
    expect((await read(otherAdmin, other.id)).verificationRefusal).toBeNull();

    // A real change to the profile asks again: the refusal is gone for everyone.
    const edited = await api.request('PATCH', `/api/v1/organisations/${organisation.id}`, { description: 'UIC 123456789.', version: refused.body.version }, { as: owner });
    expect(edited.status).toBe(200);
    expect(edited.body.verificationRefusal).toBeNull();
    expect((await read(member)).verificationRefusal).toBeNull();
  });

  it('refuses a reason given with a verification, and a blank one', async () => {
    const { organisation } = await api.newOrganisation();
    for (const body of [{ verified: true, reason: 'why' }, { verified: false, reason: '   ' }]) {
      const res = await api.request('POST', `/api/v1/organisations/${organisation.id}/verification`, body, { as: admin });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    }
    expect((await queue(`?q=${encodeURIComponent(organisation.name)}`)).items[0].verification).toBe('pending');
  });
});

describe('curating skills', () => {
  it('lists local skills and aliases with where each is used, and edits them', async () => {
    const label = `Admin skill ${unique()}`;
    const local = await api.request('POST', '/api/v1/skills', { preferredLabel: label, broaderUri: SKILLS.sql, description: 'First words.' }, { as: admin });
    expect(local.status).toBe(201);
    const alias = await api.request('POST', `/api/v1/skills/${encodeURIComponent(local.body.uri)}/aliases`, { alias: `as-${label}` }, { as: admin });
    expect(alias.status).toBe(201);
    const { organisation, admin: owner } = await api.newOrganisation();
    const posted = await api.request(
      'POST',
      '/api/v1/opportunities',
      { organisationId: organisation.id, kind: 'job', title: 'Uses it', status: 'open', skills: [{ uri: local.body.uri, level: 2 }] },
      { as: owner },
    );
    expect(posted.status).toBe(201);

    const curation = (await api.request('GET', `/api/v1/admin/skills?q=${encodeURIComponent(label)}`, undefined, { as: admin })).body;
    expect(curation.localSkills).toEqual([
      expect.objectContaining({
        uri: local.body.uri,
        preferredLabel: label,
        description: 'First words.',
        broader: { uri: SKILLS.sql, preferredLabel: 'SQL' },
        aliases: [{ id: alias.body.id, alias: `as-${label}` }],
        usage: { opportunities: 1, students: 0, offerings: 0 },
      }),
    ]);
    expect(curation.aliases).toEqual([expect.objectContaining({ id: alias.body.id, skill: { uri: local.body.uri, preferredLabel: label, isLocal: true }, createdBy: 'Cluster Admin', usage: { opportunities: 1, students: 0, offerings: 0 } })]);

    const renamed = `${label} renamed`;
    expect((await api.request('PATCH', `/api/v1/skills/${encodeURIComponent(local.body.uri)}`, { preferredLabel: renamed, description: 'Better words.' }, { as: admin })).status).toBe(204);
    expect((await api.request('PATCH', `/api/v1/skill-aliases/${alias.body.id}`, { alias: `new-${label}` }, { as: admin })).status).toBe(204);
    const after = (await api.request('GET', `/api/v1/admin/skills?q=${encodeURIComponent(label)}`, undefined, { as: admin })).body;
    expect(after.localSkills[0]).toMatchObject({ preferredLabel: renamed, description: 'Better words.', aliases: [{ alias: `new-${label}` }] });
    // The new words are what people find.
    const suggested = await api.request('GET', `/api/v1/skills/suggest?q=${encodeURIComponent(`new-${label}`)}`);
    expect(suggested.body.items[0]?.uri).toBe(local.body.uri);
  });

  it('refuses to edit an ESCO skill, an unknown one, and an alias into one its skill has', async () => {
    expect((await api.request('PATCH', `/api/v1/skills/${encodeURIComponent(SKILLS.python)}`, { preferredLabel: 'Snake' }, { as: admin })).status).toBe(403);
    expect((await api.request('PATCH', `/api/v1/skills/${encodeURIComponent('urn:kc:skill:nothing-here')}`, { preferredLabel: 'x' }, { as: admin })).status).toBe(404);
    const first = await api.request('POST', `/api/v1/skills/${encodeURIComponent(SKILLS.python)}/aliases`, { alias: `py-${unique()}` }, { as: admin });
    const second = await api.request('POST', `/api/v1/skills/${encodeURIComponent(SKILLS.python)}/aliases`, { alias: `py-${unique()}` }, { as: admin });
    const clash = await api.request('PATCH', `/api/v1/skill-aliases/${second.body.id}`, { alias: first.body.alias.toUpperCase() }, { as: admin });
    expect(clash.status).toBe(409);
    expect(expectErrorShape(clash)).toBe('CONFLICT');
    expect((await api.request('PATCH', `/api/v1/skill-aliases/${crypto.randomUUID()}`, { alias: 'x' }, { as: admin })).status).toBe(404);
  });
});

describe('people and the audit log', () => {
  it('lists users with their roles, found by name or address', async () => {
    const { organisation, admin: owner } = await api.newOrganisation({ name: `People Org ${unique()}` });
    const found = (await api.request('GET', `/api/v1/admin/users?q=${encodeURIComponent(owner.email)}`, undefined, { as: admin })).body;
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({ id: owner.id, emailVerified: true, isClusterAdmin: false, isStudent: false, memberships: [{ organisation: { id: organisation.id }, role: 'admin' }] });
    const admins = (await api.request('GET', '/api/v1/admin/users?q=Cluster%20Admin', undefined, { as: admin })).body;
    expect(admins.items.find((u: { id: string }) => u.id === admin.id)?.isClusterAdmin).toBe(true);
  });

  it('filters the log by action, actor and period, and refuses a period that ends before it starts', async () => {
    const { organisation, admin: owner } = await api.newOrganisation();
    const byOwner = (await api.request('GET', `/api/v1/admin/audit?actor=${encodeURIComponent(owner.email)}`, undefined, { as: admin })).body;
    expect(byOwner.items.map((e: { action: string; entityId: string }) => [e.action, e.entityId])).toContainEqual(['create', organisation.id]);
    expect(byOwner.items.every((e: { actor: { id: string } }) => e.actor.id === owner.id)).toBe(true);
    expect(byOwner.actions).toContain('create');
    const today = new Date().toISOString().slice(0, 10);
    const creations = (await api.request('GET', `/api/v1/admin/audit?action=create&entityType=organisation&from=${today}&to=${today}&pageSize=100`, undefined, { as: admin })).body;
    expect(creations.items.some((e: { entityId: string }) => e.entityId === organisation.id)).toBe(true);
    const past = (await api.request('GET', `/api/v1/admin/audit?action=create&to=2020-01-01`, undefined, { as: admin })).body;
    expect(past.total).toBe(0);
    const backwards = await api.request('GET', `/api/v1/admin/audit?from=${today}&to=2020-01-01`, undefined, { as: admin });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.issues[0].path).toBe('query.to');
    expect((await api.request('GET', '/api/v1/admin/audit?from=yesterday', undefined, { as: admin })).status).toBe(400);
  });

  it('is for cluster administrators only: others get 403, anonymous callers 401', async () => {
    const user = await api.signUp();
    for (const path of ['/api/v1/admin/organisations', '/api/v1/admin/skills', '/api/v1/admin/users', '/api/v1/admin/audit']) {
      expect((await api.request('GET', path, undefined, { as: user })).status, path).toBe(403);
      expect((await api.request('GET', path)).status, path).toBe(401);
    }
  });
});
