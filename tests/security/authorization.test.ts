import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '@kc/contract';
import { createTestApi, expectErrorShape, type TestApi, type TestResponse, type TestUser } from '@kc/api/testing';
import type { AccessLevel } from '@kc/contract';
import { watchBusinessTables, watchReferenceTables } from './support/db-fingerprint.ts';
import { FIXED_DEFECTS, type Reproduction } from './support/known-defects.ts';
import { accessLine, accessTableMarkdown, fetchRoutes, isUnsafe, unclassifiedRoutes, type ApiRoute } from './support/openapi-routes.ts';
import { INVALID_BODIES, buildWorld, fillPath, fuzzActor, unknownPaths, validBodies, type SecurityWorld } from './support/security-world.ts';

/**
 * Who may call each route, as the OpenAPI document states it (`x-access`). A new or changed
 * route fails the first test until it is classified here on purpose; the table goes into the
 * release notes (the suite prints it as Markdown).
 */
const ACCESS_SNAPSHOT = `
GET /api/health  public
GET /api/v1/admin/audit  cluster-admin
GET /api/v1/admin/organisations  cluster-admin
GET /api/v1/admin/skills  cluster-admin
GET /api/v1/admin/users  cluster-admin
PATCH /api/v1/applications/{id}  organisation-member  (the applicant may withdraw)
POST /api/v1/auth/password-reset/confirm  public
POST /api/v1/auth/password-reset/request  public
POST /api/v1/auth/resend-verification  signed-in
GET /api/v1/auth/session  signed-in
POST /api/v1/auth/sign-in  public
POST /api/v1/auth/sign-out  signed-in
POST /api/v1/auth/sign-up  public
POST /api/v1/auth/verify-email  public
GET /api/v1/figures  public
POST /api/v1/invitations/accept  signed-in  (with the invited e-mail address)
DELETE /api/v1/me  signed-in
GET /api/v1/me  signed-in
GET /api/v1/me/applications  signed-in
GET /api/v1/me/demand-alerts  signed-in
POST /api/v1/me/demand-alerts  signed-in
DELETE /api/v1/me/demand-alerts/{id}  signed-in  (your own alerts)
GET /api/v1/me/export  signed-in
GET /api/v1/me/fit  signed-in
GET /api/v1/me/gap  signed-in
GET /api/v1/me/notifications  signed-in
POST /api/v1/me/notifications/read  signed-in
GET /api/v1/me/opportunities  signed-in
GET /api/v1/me/profile-views  signed-in
GET /api/v1/occupations  public
POST /api/v1/occupations/infer  public
GET /api/v1/occupations/suggest  public
GET /api/v1/occupations/{uri}  public
GET /api/v1/offerings  public
POST /api/v1/offerings  organisation-member
DELETE /api/v1/offerings/{id}  organisation-member
GET /api/v1/offerings/{id}  public
PATCH /api/v1/offerings/{id}  organisation-member
GET /api/v1/offerings/{id}/opportunities  public
GET /api/v1/opportunities  public
POST /api/v1/opportunities  organisation-member
DELETE /api/v1/opportunities/{id}  organisation-member
GET /api/v1/opportunities/{id}  public
PATCH /api/v1/opportunities/{id}  organisation-member
GET /api/v1/opportunities/{id}/applications  organisation-member
POST /api/v1/opportunities/{id}/applications  signed-in  (students with a profile)
GET /api/v1/opportunities/{id}/candidates  organisation-member  (Members of the opportunity's organisation and cluster administrators)
GET /api/v1/opportunities/{id}/offerings  public
GET /api/v1/opportunities/{id}/responses  signed-in  (the opportunity's members and cluster administrators see all; a provider's members its own)
POST /api/v1/opportunities/{id}/responses  signed-in  (members of the offering's provider)
DELETE /api/v1/opportunities/{id}/responses/{responseId}  signed-in  (members of the responding provider)
GET /api/v1/organisations  public
POST /api/v1/organisations  signed-in
DELETE /api/v1/organisations/{id}  organisation-admin
GET /api/v1/organisations/{id}  public
PATCH /api/v1/organisations/{id}  organisation-admin
GET /api/v1/organisations/{id}/invitations  organisation-admin
POST /api/v1/organisations/{id}/invitations  organisation-admin
GET /api/v1/organisations/{id}/members  organisation-member
DELETE /api/v1/organisations/{id}/members/{userId}  organisation-admin  (members may remove themselves)
PATCH /api/v1/organisations/{id}/members/{userId}  organisation-admin
POST /api/v1/organisations/{id}/verification  cluster-admin
GET /api/v1/search/offerings  public
GET /api/v1/search/opportunities  public
GET /api/v1/search/organisations  public
GET /api/v1/search/skills  public
GET /api/v1/search/students  public
GET /api/v1/shortages  public  (view=cluster: cluster administrators only)
GET /api/v1/shortages/bundles  public
GET /api/v1/shortages/causes  public
GET /api/v1/shortages/groups  public  (view=cluster: cluster administrators only)
GET /api/v1/shortages/providers/{id}  public
GET /api/v1/shortages/slices  public
GET /api/v1/shortages/trend  public  (view=cluster: cluster administrators only)
GET /api/v1/shortages/unmet  public  (view=cluster: cluster administrators only)
DELETE /api/v1/skill-aliases/{id}  cluster-admin
PATCH /api/v1/skill-aliases/{id}  cluster-admin
GET /api/v1/skills  public
POST /api/v1/skills  cluster-admin
POST /api/v1/skills/extract  public
GET /api/v1/skills/suggest  public
DELETE /api/v1/skills/{uri}  cluster-admin
GET /api/v1/skills/{uri}  public
PATCH /api/v1/skills/{uri}  cluster-admin
POST /api/v1/skills/{uri}/aliases  cluster-admin
GET /api/v1/students  public
POST /api/v1/students  signed-in
DELETE /api/v1/students/{id}  owner
GET /api/v1/students/{id}  public
PATCH /api/v1/students/{id}  owner
`;

let api: TestApi;
let routes: ApiRoute[];
let w: SecurityWorld;
beforeAll(async () => {
  api = await createTestApi();
  routes = await fetchRoutes(api);
  w = await buildWorld(api);
});
afterAll(async () => {
  if (routes) console.log(`Routes and their x-access (${routes.length}):\n\n${accessTableMarkdown(routes)}\n`);
  await api?.close();
});

const SEAL = 'security-tests';
const describeResponse = (res: TestResponse) => `${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;

/** Sends a route aimed at the world's records with a valid body, as `as` (anonymous when omitted). */
async function call(route: ApiRoute, as?: TestUser, options: { overrides?: Record<string, string>; headers?: Record<string, string> } = {}) {
  const body = route.body ? validBodies(w)[route.key] : undefined;
  return api.request(route.method, fillPath(w, route.path, options.overrides), body, { as, headers: options.headers });
}

/** Asserts the one error shape, a code that matches the status, and returns the code. */
function errorCode(res: TestResponse): string {
  const code = expectErrorShape(res);
  expect(ERROR_STATUS[code as keyof typeof ERROR_STATUS], `code ${code} for status ${res.status}`).toBe(res.status);
  return code;
}

/** Business tables and the taxonomy, compared around a block of calls that must all be refused. */
async function expectNothingStored(block: () => Promise<void>) {
  const reference = await watchReferenceTables(api.database);
  const business = await watchBusinessTables(api.database);
  await block();
  expect(await business.changed(), 'business tables changed by refused calls').toEqual([]);
  expect(await reference.changed(), 'ESCO rows changed by refused calls').toEqual([]);
}

describe('x-access: every route is classified', () => {
  it('states x-access on every route, and the list equals the snapshot', () => {
    expect(unclassifiedRoutes(routes)).toEqual([]);
    const snapshot = ACCESS_SNAPSHOT.trim().split('\n').map((l) => l.trim()).filter(Boolean);
    expect(routes.map(accessLine)).toEqual(snapshot);
  });

  it('has a fixture for every path parameter and a valid body for every route that takes one', () => {
    const bodies = validBodies(w);
    const problems: string[] = [];
    for (const route of routes) {
      try {
        fillPath(w, route.path);
      } catch (error) {
        problems.push(String(error));
      }
      if (route.body && !(route.key in bodies)) problems.push(`${route.key}: no valid body in validBodies()`);
    }
    for (const key of Object.keys(bodies)) if (!routes.some((r) => r.key === key && r.body)) problems.push(`${key}: validBodies() names no route with a body`);
    expect(problems).toEqual([]);
  });
});

describe('anonymous callers', () => {
  it('get 401 in the error shape on every route that is not public, and store nothing', async () => {
    const wrong: string[] = [];
    await expectNothingStored(async () => {
      for (const route of routes.filter((r) => r.access !== 'public')) {
        const res = await call(route);
        if (res.status !== 401 || errorCode(res) !== 'UNAUTHORIZED') wrong.push(`${route.key} [${route.access}]: ${describeResponse(res)}`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('get 401 before any validation or lookup: with no, an empty, a malformed or a wrong body, and aimed at unknown or malformed ids', async () => {
    const wrong: string[] = [];
    let calls = 0;
    await expectNothingStored(async () => {
      for (const route of routes.filter((r) => r.access !== 'public')) {
        for (const path of [fillPath(w, route.path), ...unknownPaths(route.path)]) {
          // GET and HEAD requests cannot carry a body.
          for (const { name, body } of isUnsafe(route.method) ? INVALID_BODIES : INVALID_BODIES.slice(0, 1)) {
            const res = await api.request(route.method, path, body);
            calls++;
            if (res.status !== 401 || errorCode(res) !== 'UNAUTHORIZED') wrong.push(`${route.method} ${path} [${route.access}] ${name}: ${describeResponse(res)}`);
          }
        }
        if (route.pathParams.length > 0 && route.body) {
          for (const path of unknownPaths(route.path)) {
            const res = await api.request(route.method, path, validBodies(w)[route.key]);
            calls++;
            if (res.status !== 401 || errorCode(res) !== 'UNAUTHORIZED') wrong.push(`${route.method} ${path} [${route.access}] valid body: ${describeResponse(res)}`);
          }
        }
      }
    });
    expect(wrong).toEqual([]);
    expect(calls).toBeGreaterThan(routes.filter((r) => r.access !== 'public').length * 2);
  });

  it('reach every public route: neither 401/403 nor 5xx', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.access === 'public')) {
      const res = await call(route);
      if ([401, 403].includes(res.status) || res.status >= 500) wrong.push(`${route.key}: ${describeResponse(res)}`);
      else if (res.status >= 400) errorCode(res);
    }
    expect(wrong).toEqual([]);
  });
});

describe('signed-in callers who may call a route', () => {
  it('still get 400 VALIDATION_FAILED naming the field for an invalid body or a malformed id, and store nothing', async () => {
    const wrong: string[] = [];
    let calls = 0;
    await expectNothingStored(async () => {
      for (const route of routes.filter((r) => r.access !== 'public')) {
        const as = fuzzActor(w, route.access as AccessLevel);
        const sent: [string, string, unknown][] = [];
        if (route.body) sent.push(['an array as body', fillPath(w, route.path), []]);
        const malformed = route.pathParams.length > 0 ? unknownPaths(route.path)[1] : undefined;
        if (malformed) sent.push(['malformed ids', malformed, route.body ? validBodies(w)[route.key] : undefined]);
        for (const [name, path, body] of sent) {
          const res = await api.request(route.method, path, body, { as });
          calls++;
          const named = res.body?.error?.issues?.length > 0;
          if (res.status !== 400 || errorCode(res) !== 'VALIDATION_FAILED' || !named) wrong.push(`${route.method} ${path} [${route.access}] ${name}: ${describeResponse(res)}`);
        }
      }
    });
    expect(wrong).toEqual([]);
    expect(calls).toBeGreaterThan(20);
  });
});

/**
 * Signed-in users who may not act on A's records or on the student's profile. "Outsiders" are
 * the admin of organisation B for every protected level, plus the closer neighbours that a
 * level must still keep out: the student for organisation routes, A's plain member for admin
 * routes, A's own staff for the student's profile and for verification.
 */
const OUTSIDERS: Partial<Record<AccessLevel, (w: SecurityWorld) => Record<string, TestUser>>> = {
  'organisation-member': (w) => ({ adminB: w.adminB, student: w.student }),
  'organisation-admin': (w) => ({ adminB: w.adminB, student: w.student, memberA: w.memberA }),
  owner: (w) => ({ adminB: w.adminB, adminA: w.adminA, memberA: w.memberA }),
  'cluster-admin': (w) => ({ adminB: w.adminB, adminA: w.adminA, memberA: w.memberA, student: w.student }),
};

/** Each route once per record it can be aimed at: opportunities both open and draft. */
function targets(route: ApiRoute, who: string): Record<string, string>[] {
  const variants: Record<string, string>[] = [{}];
  if (route.path.startsWith('/api/v1/opportunities/{id}')) variants.push({ id: w.draftOpportunity.id });
  // A member may remove themselves (x-access-note); aim A's member at the admin instead.
  if (route.pathParams.includes('userId') && who === 'memberA') return variants.map((v) => ({ ...v, userId: w.adminA.id }));
  return variants;
}

describe('signed-in outsiders', () => {
  it('get 403 or 404 on every organisation-member, organisation-admin, owner and cluster-admin route aimed at A and the student, and store nothing', async () => {
    const wrong: string[] = [];
    let calls = 0;
    await expectNothingStored(async () => {
      for (const route of routes) {
        const outsiders = route.access ? OUTSIDERS[route.access]?.(w) : undefined;
        for (const [who, user] of Object.entries(outsiders ?? {})) {
          for (const overrides of targets(route, who)) {
            const res = await call(route, user, { overrides });
            calls++;
            const ok = [403, 404].includes(res.status) && ['FORBIDDEN', 'NOT_FOUND'].includes(errorCode(res));
            if (!ok) wrong.push(`${route.key} [${route.access}] as ${who} ${JSON.stringify(overrides)}: ${describeResponse(res)}`);
          }
        }
      }
    });
    expect(wrong).toEqual([]);
    expect(calls).toBeGreaterThan(routes.filter((r) => r.access && OUTSIDERS[r.access]).length);
  });

  it('cannot read what A keeps to itself: its draft, and a private profile', async () => {
    const privateStudent = await api.signUp({ student: 'private' });
    for (const [who, as] of [['anonymous', undefined], ['adminB', w.adminB], ['student', w.student]] as const) {
      expect((await api.request('GET', `/api/v1/opportunities/${w.draftOpportunity.id}`, undefined, { as })).status, who).toBe(404);
      const drafts = await api.request('GET', `/api/v1/opportunities?organisationId=${w.organisationA.id}&status=draft`, undefined, { as });
      expect(drafts.body.total, who).toBe(0);
      expect((await api.request('GET', `/api/v1/students/${privateStudent.profileId}`, undefined, { as })).status, who).toBe(404);
    }
    expect((await api.request('GET', `/api/v1/opportunities/${w.draftOpportunity.id}`, undefined, { as: w.memberA })).status).toBe(200);
  });

  it('cannot write with the session cookie alone: every unsafe non-public route wants the CSRF header', async () => {
    const wrong: string[] = [];
    await expectNothingStored(async () => {
      for (const route of routes.filter((r) => isUnsafe(r.method) && r.access && r.access !== 'public')) {
        const actor = fuzzActor(w, route.access as AccessLevel);
        for (const csrf of [undefined, 'not-the-token', w.adminB.csrfToken]) {
          const headers: Record<string, string> = { cookie: `kc_session=${actor.token}`, ...(csrf ? { 'x-csrf-token': csrf } : {}) };
          const res = await call(route, undefined, { headers });
          if (res.status !== 403 || errorCode(res) !== 'FORBIDDEN') wrong.push(`${route.key} csrf=${String(csrf)}: ${describeResponse(res)}`);
        }
      }
    });
    expect(wrong).toEqual([]);
  });
});

/** Every fixed defect stays fixed: each reproduction now gets a 400 and stores nothing. */
describe.each(FIXED_DEFECTS)('fixed defect $id', (defect) => {
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => ({ openOpportunity: w.openOpportunity.id, organisationA: w.organisationA.id, offering: w.offering.id, student: w.student.profileId })[name] ?? whole);
  const send = (routeKey: string, r: Reproduction) =>
    api.request(routeKey.split(' ')[0] ?? 'GET', fill(r.path), r.body === undefined ? undefined : JSON.parse(fill(JSON.stringify(r.body))), { as: r.as === 'anonymous' ? undefined : w[r.as] });

  it('names only routes of the OpenAPI document', () => {
    expect(Object.keys(defect.routes).filter((key) => !routes.some((r) => r.key === key))).toEqual([]);
  });

  it.each(Object.entries(defect.routes))('%s answers 400', async (route, reproduction) => {
    const business = await watchBusinessTables(api.database);
    const res = await send(route, reproduction);
    expect(res.status, defect.summary).toBe(400);
    expect(expectErrorShape(res)).toBe('BAD_REQUEST');
    expect(await business.changed(), 'the failed request stored something').toEqual([]);
  });
});

describe('allowed roles', () => {
  it('public and signed-in: anyone reads A, a signed-in user registers an organisation', async () => {
    expect((await api.request('GET', `/api/v1/organisations/${w.organisationA.slug}`)).status).toBe(200);
    const created = await api.request('POST', '/api/v1/organisations', validBodies(w)['POST /api/v1/organisations'], { as: w.adminB });
    expect(created.status).toBe(201);
  });

  it('organisation-member: A’s member edits A’s opportunity and sees its applicants', async () => {
    const res = await api.request('PATCH', `/api/v1/opportunities/${w.openOpportunity.id}`, { title: `Edited by A's member ${SEAL}`, version: 1 }, { as: w.memberA });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.body).toMatchObject({ title: `Edited by A's member ${SEAL}`, version: 2 });
    const applicants = await api.request('GET', `/api/v1/opportunities/${w.openOpportunity.id}/applications`, undefined, { as: w.memberA });
    expect(applicants.status).toBe(200);
    expect(applicants.body.items.map((a: { id: string }) => a.id)).toContain(w.application.id);
    const draft = await api.request('PATCH', `/api/v1/offerings/${w.offering.id}`, { hours: 12, version: 1 }, { as: w.memberA });
    expect(draft.status, describeResponse(draft)).toBe(200);
  });

  it('organisation-admin: A’s admin invites and lists the invitations', async () => {
    const invited = await api.request('POST', `/api/v1/organisations/${w.organisationA.id}/invitations`, { email: `invited-${SEAL}@example.org`, role: 'admin' }, { as: w.adminA });
    expect(invited.status, describeResponse(invited)).toBe(201);
    const list = await api.request('GET', `/api/v1/organisations/${w.organisationA.id}/invitations`, undefined, { as: w.adminA });
    expect(list.body.items.map((i: { email: string }) => i.email)).toContain(`invited-${SEAL}@example.org`);
  });

  it('cluster-admin: the cluster administrator verifies A', async () => {
    const res = await api.request('POST', `/api/v1/organisations/${w.organisationA.id}/verification`, { verified: true }, { as: w.clusterAdmin });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.body.verified).toBe(true);
    expect((await api.request('GET', `/api/v1/organisations/${w.organisationA.id}`)).body.verified).toBe(true);
  });

  it('owner: the student edits their own profile', async () => {
    const res = await api.request('PATCH', `/api/v1/students/${w.student.profileId}`, { headline: `Own edit ${SEAL}`, version: 1 }, { as: w.student });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.body.headline).toBe(`Own edit ${SEAL}`);
  });

  it('x-access-note: the applicant withdraws, a member leaves on their own', async () => {
    const withdrawn = await api.request('PATCH', `/api/v1/applications/${w.application.id}`, { status: 'withdrawn', version: 1 }, { as: w.student });
    expect(withdrawn.status, describeResponse(withdrawn)).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const left = await api.request('DELETE', `/api/v1/organisations/${w.organisationA.id}/members/${w.memberA.id}`, undefined, { as: w.memberA });
    expect(left.status, describeResponse(left)).toBe(204);
  });
});

describe('the database fingerprint', () => {
  it('sees a change when one happens (the refusal checks above are not vacuous)', async () => {
    const business = await watchBusinessTables(api.database);
    expect(Object.keys(business.before)).toEqual(
      expect.arrayContaining(['users', 'organisations', 'opportunities', 'applications', 'student_profiles', 'memberships', 'invitations', 'skills (local rows)']),
    );
    const { version } = (await api.request('GET', `/api/v1/organisations/${w.organisationA.id}`)).body;
    const res = await api.request('PATCH', `/api/v1/organisations/${w.organisationA.id}`, { description: `fingerprint ${SEAL}`, version }, { as: w.adminA });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(await business.changed()).toEqual(['organisations', 'search_outbox']);
  });
});
