import { randomUUID } from 'node:crypto';
import { CLUSTER_ADMIN_EMAIL, PASSWORD, SKILLS, unique, type TestApi, type TestUser } from '@kc/api/testing';
import type { AccessLevel } from '@kc/contract';

interface FixtureRecord {
  id: string;
  [field: string]: unknown;
}

/**
 * The records the security tests aim at: organisation A (admin, and a member who joined by
 * invitation), organisation B (its admin is "the user of another organisation"), a student with
 * a public profile who applied to A's open opportunity, A's draft opportunity and published
 * offering, and the cluster administrator.
 */
export interface SecurityWorld {
  organisationA: FixtureRecord & { slug: string };
  adminA: TestUser;
  memberA: TestUser;
  organisationB: FixtureRecord & { slug: string };
  adminB: TestUser;
  student: TestUser & { profileId: string };
  clusterAdmin: TestUser;
  openOpportunity: FixtureRecord;
  draftOpportunity: FixtureRecord;
  offering: FixtureRecord;
  application: FixtureRecord;
  /** Organisation B's training put forward for the open opportunity. */
  needResponse: FixtureRecord;
  /** The student's alert on demand for Python. */
  demandAlert: FixtureRecord;
  /** A local skill the cluster administrator added under an ESCO skill, with one alias. */
  localSkill: { uri: string };
  alias: FixtureRecord;
  skillUri: string;
  occupationUri: string;
}

async function expectStatus(api: TestApi, status: number, method: string, path: string, body?: unknown, as?: TestUser) {
  const res = await api.request(method, path, body, { as });
  if (res.status !== status) throw new Error(`fixture ${method} ${path}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A fresh session for an existing account (the cluster administrator can sign up only once). */
async function signIn(api: TestApi, email: string): Promise<TestUser> {
  const res = await api.request('POST', '/api/v1/auth/sign-in', { email, password: PASSWORD }, { headers: { 'x-forwarded-for': `10.200.${Math.floor(Math.random() * 250)}.1` } });
  if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.user.id, email, token: res.body.token, csrfToken: res.body.csrfToken, profileId: res.body.user.profileId };
}

async function clusterAdminSession(api: TestApi): Promise<TestUser> {
  const memo = await api.clusterAdmin();
  if ((await api.request('GET', '/api/v1/me', undefined, { as: memo })).status === 200) return memo;
  try {
    return await signIn(api, CLUSTER_ADMIN_EMAIL);
  } catch {
    return api.signUp({ email: CLUSTER_ADMIN_EMAIL, displayName: 'Cluster Admin' });
  }
}

export async function buildWorld(api: TestApi): Promise<SecurityWorld> {
  const { organisation: organisationA, admin: adminA } = await api.newOrganisation({ name: `Security A ${unique()}` });
  const { organisation: organisationB, admin: adminB } = await api.newOrganisation({ name: `Security B ${unique()}` });

  // Sign up before the invitation, so the invitation is the last mail to that address.
  const memberA = await api.signUp({ email: `member-a-${unique()}@example.org`, displayName: 'Member of A' });
  await expectStatus(api, 201, 'POST', `/api/v1/organisations/${organisationA.id}/invitations`, { email: memberA.email, role: 'member' }, adminA);
  await expectStatus(api, 200, 'POST', '/api/v1/invitations/accept', { token: api.tokenFromMail(memberA.email) }, memberA);

  const skills = [{ uri: SKILLS.python, level: 2, importance: 'essential' }];
  const opportunity = (status: string) => ({ organisationId: organisationA.id, kind: 'internship', title: `Security ${status} ${unique()}`, status, skills });
  const openOpportunity = await expectStatus(api, 201, 'POST', '/api/v1/opportunities', opportunity('open'), adminA);
  const draftOpportunity = await expectStatus(api, 201, 'POST', '/api/v1/opportunities', opportunity('draft'), adminA);
  const offering = await expectStatus(api, 201, 'POST', '/api/v1/offerings', { providerId: organisationA.id, kind: 'course', title: `Security course ${unique()}`, status: 'published', skills: [{ uri: SKILLS.sql, level: 2 }] }, adminA);

  const student = await api.signUp({ displayName: 'Public Student', student: 'public' });
  if (!student.profileId) throw new Error('the student has no profile');
  const application = await expectStatus(api, 201, 'POST', `/api/v1/opportunities/${openOpportunity.id}/applications`, { message: 'Hello from the security tests' }, student);

  const clusterAdmin = await clusterAdminSession(api);
  const localSkill = await expectStatus(api, 201, 'POST', '/api/v1/skills', { preferredLabel: `Security skill ${unique()}`, broaderUri: SKILLS.python }, clusterAdmin);
  const alias = await expectStatus(api, 201, 'POST', `/api/v1/skills/${encodeURIComponent(localSkill.uri)}/aliases`, { alias: `sec-${unique()}` }, clusterAdmin);

  // B's training put forward for A's need, and a student's demand alert.
  const offeringB = await expectStatus(api, 201, 'POST', '/api/v1/offerings', { providerId: organisationB.id, kind: 'training', title: `Security training B ${unique()}`, status: 'published' }, adminB);
  const needResponse = await expectStatus(api, 201, 'POST', `/api/v1/opportunities/${openOpportunity.id}/responses`, { offeringId: offeringB.id }, adminB);
  const demandAlert = await expectStatus(api, 201, 'POST', '/api/v1/me/demand-alerts', { conceptUri: SKILLS.python, threshold: 5 }, student);

  const occupations = await expectStatus(api, 200, 'GET', '/api/v1/occupations?pageSize=1');
  return {
    needResponse,
    demandAlert,
    organisationA,
    adminA,
    memberA,
    organisationB,
    adminB,
    student: { ...student, profileId: student.profileId },
    clusterAdmin,
    openOpportunity,
    draftOpportunity,
    offering,
    application,
    localSkill,
    alias,
    skillUri: SKILLS.python,
    occupationUri: occupations.items[0].uri,
  };
}

/**
 * Whether the fixtures still look as built: every session valid, memberships in place, records
 * in their original state. Fuzzing as a record's owner may legitimately change or delete them.
 */
export async function worldIsIntact(api: TestApi, w: SecurityWorld): Promise<boolean> {
  const get = (path: string, as?: TestUser) => api.request('GET', path, undefined, { as });
  const roleIn = (me: { memberships?: { organisation: { id: string }; role: string }[] } | undefined, organisationId: string) =>
    me?.memberships?.find((m) => m.organisation.id === organisationId)?.role;
  const [a, m, b, s, c] = await Promise.all([w.adminA, w.memberA, w.adminB, w.student, w.clusterAdmin].map((u) => get('/api/v1/me', u)));
  if (![a, m, b, s, c].every((r) => r?.status === 200)) return false;
  if (roleIn(a?.body, w.organisationA.id) !== 'admin' || roleIn(m?.body, w.organisationA.id) !== 'member' || roleIn(b?.body, w.organisationB.id) !== 'admin') return false;
  if (s?.body.profileId !== w.student.profileId || !c?.body.isClusterAdmin) return false;
  const open = await get(`/api/v1/opportunities/${w.openOpportunity.id}`, w.adminA);
  const draft = await get(`/api/v1/opportunities/${w.draftOpportunity.id}`, w.adminA);
  const offering = await get(`/api/v1/offerings/${w.offering.id}`);
  const profile = await get(`/api/v1/students/${w.student.profileId}`);
  const applications = await get('/api/v1/me/applications', w.student);
  const orgA = await get(`/api/v1/organisations/${w.organisationA.id}`);
  const orgB = await get(`/api/v1/organisations/${w.organisationB.id}`);
  const localSkill = await get(`/api/v1/skills/${encodeURIComponent(w.localSkill.uri)}`);
  return (
    localSkill.body?.aliases?.some((a: { id: string }) => a.id === w.alias.id) &&
    open.body?.status === 'open' &&
    draft.body?.status === 'draft' &&
    offering.body?.status === 'published' &&
    profile.body?.visibility === 'public' &&
    orgA.status === 200 &&
    orgB.status === 200 &&
    applications.body?.items?.some((x: { id: string; status: string }) => x.id === w.application.id && x.status === 'applied')
  );
}

/** The account the fuzzer signs in as for routes of each access level: one allowed to call them. */
export function fuzzActor(w: SecurityWorld, access: AccessLevel): TestUser {
  switch (access) {
    case 'public':
      return w.adminA;
    case 'signed-in':
    case 'owner':
      return w.student;
    case 'organisation-member':
      return w.memberA;
    case 'organisation-admin':
      return w.adminA;
    case 'cluster-admin':
      return w.clusterAdmin;
  }
}

/** The record a path parameter names, chosen by the resource segment before it. */
export function fixtureParam(w: SecurityWorld, path: string, param: string): string {
  const before = path.split('/').at(path.split('/').indexOf(`{${param}}`) - 1);
  const table: Record<string, string> = {
    'organisations/id': w.organisationA.id,
    'opportunities/id': w.openOpportunity.id,
    'offerings/id': w.offering.id,
    'students/id': w.student.profileId,
    'applications/id': w.application.id,
    'members/userId': w.memberA.id,
    'skills/uri': encodeURIComponent(w.localSkill.uri),
    'skill-aliases/id': w.alias.id,
    'occupations/uri': encodeURIComponent(w.occupationUri),
    'responses/responseId': w.needResponse.id,
    'demand-alerts/id': w.demandAlert.id,
    'providers/id': w.organisationA.id,
  };
  const value = table[`${before}/${param}`];
  if (value === undefined) throw new Error(`no fixture for {${param}} after "${before}" in ${path}: add one to fixtureParam`);
  return value;
}

/** The concrete path of a route aimed at the world's records; `overrides` replace single parameters. */
export function fillPath(w: SecurityWorld, path: string, overrides: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, param: string) => overrides[param] ?? fixtureParam(w, path, param));
}

/**
 * The route's path aimed at records that do not exist: well-formed but unknown values (a fresh
 * UUID, a concept URI no one registered, for organisations also a slug), and malformed ones
 * (longer than any parameter may be). Empty for a path without parameters.
 */
export function unknownPaths(path: string): string[] {
  if (!/\{\w+\}/.test(path)) return [];
  const fill = (value: (param: string) => string) => path.replace(/\{(\w+)\}/g, (_, param: string) => value(param));
  const paths = [
    fill((param) => (param === 'uri' ? encodeURIComponent(`http://data.europa.eu/esco/skill/${randomUUID()}`) : randomUUID())),
    fill(() => 'x'.repeat(400)),
  ];
  if (path.startsWith('/api/v1/organisations/{id}')) paths.push(fill((param) => (param === 'id' ? `no-such-organisation-${unique()}` : randomUUID())));
  return paths;
}

/** Bodies no route accepts: missing, empty, malformed JSON, not an object. */
export const INVALID_BODIES: { name: string; body: unknown }[] = [
  { name: 'no body', body: undefined },
  { name: 'empty object', body: {} },
  { name: 'malformed JSON', body: '{"' },
  { name: 'an array', body: [] },
];

/** A token of the right shape that no one was ever sent. */
export const UNKNOWN_TOKEN = 'x'.repeat(43);

/**
 * A body the route's validation accepts, so a refusal is an authorization decision and not a
 * validation error. Each call makes new unique values.
 */
export function validBodies(w: SecurityWorld): Record<string, unknown> {
  const id = unique();
  return {
    'POST /api/v1/organisations': { kind: 'company', name: `Security Org ${id}` },
    'PATCH /api/v1/organisations/{id}': { description: `Changed by the security tests ${id}`, version: 1 },
    'POST /api/v1/opportunities': { organisationId: w.organisationA.id, kind: 'job', title: `Security posting ${id}`, status: 'open', skills: [{ uri: SKILLS.sql, level: 2 }] },
    'PATCH /api/v1/opportunities/{id}': { title: `Changed by the security tests ${id}`, version: 1 },
    'POST /api/v1/offerings': { providerId: w.organisationA.id, kind: 'training', title: `Security training ${id}`, status: 'published' },
    'PATCH /api/v1/offerings/{id}': { title: `Changed by the security tests ${id}`, version: 1 },
    'POST /api/v1/students': { headline: `Security student ${id}`, visibility: 'public' },
    'PATCH /api/v1/students/{id}': { headline: `Changed by the security tests ${id}`, version: 1 },
    'POST /api/v1/auth/sign-up': { email: `security-${id}@example.org`, displayName: 'Security Sign-up' },
    'POST /api/v1/auth/sign-in': { email: w.student.email, password: PASSWORD },
    'POST /api/v1/auth/verify-email': { token: UNKNOWN_TOKEN },
    'POST /api/v1/auth/password-reset/request': { email: `nobody-${id}@example.org` },
    'POST /api/v1/auth/password-reset/confirm': { token: UNKNOWN_TOKEN, password: 'another correct horse' },
    'DELETE /api/v1/me': { password: PASSWORD },
    'POST /api/v1/me/notifications/read': { all: true },
    'PATCH /api/v1/skills/{uri}': { description: `Changed by the security tests ${id}` },
    'PATCH /api/v1/skill-aliases/{id}': { alias: `security alias ${id}` },
    'PATCH /api/v1/organisations/{id}/members/{userId}': { role: 'member' },
    'POST /api/v1/organisations/{id}/invitations': { email: `invitee-${id}@example.org`, role: 'member' },
    'POST /api/v1/invitations/accept': { token: UNKNOWN_TOKEN },
    'POST /api/v1/organisations/{id}/verification': { verified: true },
    'POST /api/v1/opportunities/{id}/applications': { message: 'I would like to join.' },
    'POST /api/v1/opportunities/{id}/responses': { offeringId: w.offering.id, message: 'Our training fits.' },
    'POST /api/v1/me/demand-alerts': { conceptUri: SKILLS.sql, threshold: 10 },
    'PATCH /api/v1/applications/{id}': { status: 'shortlisted', version: 1 },
    'POST /api/v1/skills': { preferredLabel: `Security skill ${id}`, broaderUri: SKILLS.sql },
    'POST /api/v1/skills/{uri}/aliases': { alias: `security-alias-${id}` },
    'POST /api/v1/skills/extract': { text: 'We need a JavaScript developer who knows SQL.' },
    'POST /api/v1/occupations/infer': { text: 'Junior Java developer' },
  };
}
