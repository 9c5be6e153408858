import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '@kc/contract';
import { PASSWORD, SKILLS, createTestApi, expectErrorShape, type TestApi, type TestResponse, type TestUser } from '@kc/api/testing';
import type { AccessLevel } from '@kc/contract';
import { watchBusinessTables, watchReferenceTables } from './db-fingerprint.ts';
import {
  encodeComponent,
  headerSafe,
  hostileJson,
  hostileString,
  hugeString,
  keyArbitrary,
  malformedJsonText,
  nearValid,
  numberishText,
} from './hostile-input.ts';
import { knownDefect, type FuzzCase } from './known-defects.ts';
import { ACCESS_LEVEL_NAMES, fetchRoutes, unclassifiedRoutes, type ApiRoute } from './openapi-routes.ts';
import { UNKNOWN_TOKEN, buildWorld, fixtureParam, fuzzActor, validBodies, worldIsIntact, type SecurityWorld } from './security-world.ts';

/** Fixed unless overridden, so a failure replays: FUZZ_SEED=<n> pnpm vitest run tests/security. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261126);
/** Cases per route and caller (anonymous, signed in): each route gets twice this many. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** FUZZ_STRICT=1 fails on known defects too (see known-defects.ts), e.g. while fixing one. */
const STRICT = process.env.FUZZ_STRICT === '1';

/** Which access levels each fuzz file covers; together they must cover every level. */
export const FUZZ_FILES = {
  'fuzz-public.test.ts': ['public'],
  'fuzz-signed-in.test.ts': ['signed-in', 'owner'],
  'fuzz-organisation.test.ts': ['organisation-member', 'organisation-admin', 'cluster-admin'],
} as const satisfies Record<string, readonly AccessLevel[]>;

/** Public routes that legitimately store something for an anonymous caller who gets a 2xx. */
const STORES_FOR_ANONYMOUS = new Set(['POST /api/v1/auth/sign-up']);

type Mode = 'anonymous' | 'signed-in';

interface BatchResult {
  statuses: Record<number, number>;
  defects: Record<string, number>;
  changed: string[];
  ms: number;
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const seedFor = (route: ApiRoute, mode: Mode) => (FUZZ_SEED ^ hash(`${route.key} ${mode}`)) | 0;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text);
export const describeCase = (c: FuzzCase) =>
  `${c.method} ${clip(c.url, 300)} headers=${clip(JSON.stringify(c.headers), 400)} body=${c.body === undefined ? 'none' : clip(JSON.stringify(c.body), 400)}`;

/** Values a field of this name should sometimes get: the world's records, bounds, secrets. */
function fieldSpecials(w: SecurityWorld): Record<string, unknown[]> {
  const uris = [SKILLS.python, SKILLS.sql, w.localSkill.uri, w.occupationUri, 'urn:kc:skill:nope', 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000', 'urn:\u0000', 'urn:x y'];
  const ids = [w.organisationA.id, w.organisationB.id];
  return {
    organisationId: ids,
    providerId: ids,
    institutionId: [...ids, null],
    uri: uris,
    broaderUri: uris,
    skills: [[{ uri: SKILLS.python }], [{ uri: SKILLS.python }, { uri: SKILLS.python }], uris.map((uri) => ({ uri })), Array.from({ length: 61 }, (_, i) => ({ uri: `urn:kc:skill:${i}` }))],
    email: ['fuzz@fuzz.invalid', 'FUZZ@FUZZ.INVALID', ' fuzz@fuzz.invalid ', 'fuzz\u0000@fuzz.invalid'],
    password: [PASSWORD, 'x'.repeat(9), 'x'.repeat(10), 'x'.repeat(201), ''],
    token: [UNKNOWN_TOKEN, w.student.token, w.student.csrfToken, 'x'.repeat(9), 'x'.repeat(201)],
    version: [1, 2, 3, 0, -1, 2 ** 31, 2 ** 53, 1.5, '1', null],
    slug: ['a', 'ab', 'a--b', 'A-B', w.organisationA.slug, w.organisationB.slug, 'x'.repeat(81)],
    website: ['https://example.org', 'javascript:alert(1)', `http://${'a'.repeat(300)}.org`, 'https://example.org/\u0000', 'https://exa\u0000mple.org'],
    message: ['Hello', 'x'.repeat(5001), ' ', 'Hello\u0000'],
  };
}

/** The ids of every fixture, for path parameters aimed at the wrong kind of record. */
const fixtureIds = (w: SecurityWorld) => [
  w.organisationA.id,
  w.organisationA.slug,
  w.organisationB.id,
  w.organisationB.slug,
  w.openOpportunity.id,
  w.draftOpportunity.id,
  w.offering.id,
  w.application.id,
  w.student.profileId,
  w.student.id,
  w.memberA.id,
  w.adminA.id,
  w.adminB.id,
  w.alias.id,
  encodeComponent(w.skillUri),
  encodeComponent(w.localSkill.uri),
  encodeComponent(w.occupationUri),
];

function paramArbitrary(route: ApiRoute, param: string, w: SecurityWorld): fc.Arbitrary<string> {
  const own = fixtureParam(w, route.path, param);
  return fc.oneof(
    { weight: 5, arbitrary: fc.constant(own) },
    { weight: 2, arbitrary: fc.constantFrom(...fixtureIds(w)) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(own.toUpperCase(), `${own}x`, `%20${own}`, own.slice(0, -1), `${own}/`, `${own}%2F..`, '00000000-0000-0000-0000-000000000000') },
    { weight: 3, arbitrary: hostileString.map(encodeComponent) },
    { weight: 1, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constantFrom('%2F', '..%2F..%2F', '%2e%2e', '%252F', '%00', '%', '%ZZ', '%E0%A4%A', 'a%2Fb', '..', '.', '%C0%AE') },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 101, max: 5000 }), fc.constantFrom('a', '%F0%9F%98%80', '%2F')).map(([n, c]) => c.repeat(n)) },
  );
}

function pathArbitrary(route: ApiRoute, w: SecurityWorld): fc.Arbitrary<string> {
  if (route.pathParams.length === 0) return fc.constant(route.path);
  return fc.tuple(...route.pathParams.map((p) => paramArbitrary(route, p, w))).map((values) => {
    let i = 0;
    return route.path.replace(/\{\w+\}/g, () => values[i++] ?? '');
  });
}

function queryArbitrary(route: ApiRoute, w: SecurityWorld): fc.Arbitrary<string> {
  const specials = [w.organisationA.id, w.organisationB.id, SKILLS.python, w.localSkill.uri, 'draft', 'open', '1', '100', '\u0000'];
  const value = (name: string | undefined) =>
    fc.oneof(
      { weight: 3, arbitrary: numberishText },
      { weight: 2, arbitrary: nearValid(route.queryParams.find((p) => p.name === name)?.schema).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')) },
      { weight: 1, arbitrary: fc.constantFrom(...specials) },
      { weight: 3, arbitrary: hostileString },
      { weight: 1, arbitrary: fc.integer({ min: 1000, max: 30_000 }).map((n) => 'q'.repeat(n)) },
    );
  const names = route.queryParams.map((p) => p.name);
  const pair = fc.oneof(
    { weight: 4, arbitrary: (names.length ? fc.constantFrom(...names, 'page', 'pageSize') : fc.constantFrom('page', 'pageSize', 'q')).chain((n) => fc.tuple(fc.constant(n), value(n))) },
    { weight: 1, arbitrary: fc.tuple(keyArbitrary(['page[]', 'q[]', 'a[b]', '']), value(undefined)) },
  );
  return fc
    .record({ pairs: fc.array(pair, { maxLength: route.method === 'GET' ? 6 : 2 }), raw: fc.constantFrom(false, false, false, true) })
    .map(({ pairs, raw }) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => (raw ? `${k}=${v}` : `${encodeComponent(k)}=${encodeComponent(v)}`)).join('&')}`));
}

/** JSON with a prototype-pollution key spliced in before or after a valid body's fields. */
function pollutedBody(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const payloads: Record<string, unknown>[] = [{ isClusterAdmin: true }, { role: 'admin' }, { polluted: 'yes' }, { verified: true, toString: 'x' }];
  return fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constantFrom(...payloads), fc.boolean()).map(([key, payload, first]) => {
    const inner = JSON.stringify(valid).slice(1, -1);
    const evil = `"${key}":${JSON.stringify(key === 'constructor' ? { prototype: payload } : payload)}`;
    return `{${(first ? [evil, inner] : [inner, evil]).filter(Boolean).join(',')}}`;
  });
}

function bodyArbitrary(route: ApiRoute, w: SecurityWorld): fc.Arbitrary<string | undefined> {
  const schema = route.body;
  const fields = Object.keys(schema?.properties ?? {});
  const specials = fieldSpecials(w);
  const valid = validBodies(w)[route.key] as Record<string, unknown> | undefined;
  const own = <T>(record: Record<string, T> | undefined, name: string) => (record && Object.hasOwn(record, name) ? record[name] : undefined);
  const fieldValue = (name: string) => fc.oneof({ weight: 3, arbitrary: nearValid(own(schema?.properties, name), own(specials, name) ?? []) }, { weight: 2, arbitrary: hostileJson(fields) });
  const options: fc.WeightedArbitrary<string | undefined>[] = [
    { weight: 2, arbitrary: (schema ? nearValid(schema) : hostileJson(fields)).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 2, arbitrary: hostileJson(fields).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: malformedJsonText },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ];
  if (valid) {
    const keys = Object.keys(valid);
    const mutated = fc
      .tuple(fc.array(keyArbitrary(fields).chain((k) => fc.tuple(fc.constant(k), fieldValue(k))), { minLength: 1, maxLength: 3 }), fc.option(fc.constantFrom(...keys), { freq: 4 }))
      .map(([changes, drop]) => {
        const body: Record<string, unknown> = { ...valid };
        if (drop !== null) delete body[drop];
        return JSON.stringify({ ...body, ...Object.fromEntries(changes) });
      });
    options.push(
      { weight: 1, arbitrary: fc.constant(JSON.stringify(valid)) },
      { weight: 6, arbitrary: mutated },
      { weight: 1, arbitrary: pollutedBody(valid) },
      { weight: 1, arbitrary: hugeString.map((h) => JSON.stringify({ ...valid, [fields[0] ?? 'x']: h })) },
    );
  }
  return fc.oneof(...options);
}

const CONTENT_TYPES = ['application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=utf-16', 'application/vnd.api+json', 'application/merge-patch+json', 'text/plain', 'text/html', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '', '*/*', 'application/json;', 'application/jsonx'];

function headersArbitrary(w: SecurityWorld, actor: TestUser | undefined): fc.Arbitrary<Record<string, string | null>> {
  const common = fc.record({
    'x-forwarded-for': fc.option(fc.oneof(fc.ipV4(), fc.ipV6(), headerSafe(100), fc.constant('')), { freq: 3 }),
    'user-agent': fc.option(headerSafe(400), { freq: 3 }),
    accept: fc.option(fc.constantFrom('*/*', 'text/html', 'application/xml', 'application/json;q=0'), { freq: 4 }),
    'content-type': fc.oneof({ weight: 8, arbitrary: fc.constant('application/json') }, { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) }, { weight: 1, arbitrary: headerSafe(80) }),
  });
  const token = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.~+/='), minLength: 1, maxLength: 250 });
  const auth = actor
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constant({ authorization: `Bearer ${actor.token}` }) },
        { weight: 2, arbitrary: fc.constant({ cookie: `kc_session=${actor.token}`, 'x-csrf-token': actor.csrfToken }) },
        { weight: 1, arbitrary: fc.option(headerSafe(60)).map((csrf) => ({ cookie: `kc_session=${actor.token}`, 'x-csrf-token': csrf })) },
        { weight: 1, arbitrary: headerSafe(100).map((junk) => ({ authorization: `Bearer ${actor.token}`, cookie: `kc_session=${junk}` })) },
        { weight: 1, arbitrary: fc.constantFrom(`bearer ${actor.token}`, `BEARER   ${actor.token}`, `Bearer\t${actor.token}`).map((a) => ({ authorization: a })) },
      )
    : fc.record({
        authorization: fc.option(
          fc.oneof(
            fc.constantFrom('Bearer', 'Bearer ', 'Bearer a b', 'bearer\tabc', 'Token abc', 'Bearer null', `Bearer ${w.student.csrfToken}`, `Bearer ${UNKNOWN_TOKEN}`),
            token.map((t) => `Bearer ${t}`),
            headerSafe(60).map((t) => `Bearer ${t}`),
            fc.integer({ min: 201, max: 8000 }).map((n) => `Bearer ${'a'.repeat(n)}`),
            headerSafe(60).map((t) => `Basic ${t}`),
            headerSafe(200),
          ),
          { freq: 2 },
        ),
        cookie: fc.option(
          fc.oneof(
            token.map((t) => `kc_session=${t}`),
            headerSafe(200).map((t) => `kc_session=${t}`),
            headerSafe(200),
            fc.constantFrom('kc_session=%E0%A4%A', 'kc_session=a; kc_session=b', 'kc_session=', '=;;;=', `kc_session=${w.student.csrfToken}`, 'kc_session="quoted"', 'kc_session=%00'),
            fc.integer({ min: 201, max: 8000 }).map((n) => `kc_session=${'x'.repeat(n)}`),
          ),
          { freq: 2 },
        ),
        'x-csrf-token': fc.option(fc.oneof(headerSafe(100), fc.constant(w.student.csrfToken)), { freq: 2 }),
      });
  return fc.tuple(common, auth).map(([c, a]) => ({ ...c, ...a }));
}

/** One request against a route: path, query, body and headers all generated. */
export function caseArbitrary(route: ApiRoute, w: SecurityWorld, actor: TestUser | undefined): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      path: pathArbitrary(route, w),
      query: queryArbitrary(route, w),
      body: route.method === 'GET' ? fc.constant(undefined) : bodyArbitrary(route, w),
      headers: headersArbitrary(w, actor),
    })
    .map(({ path, query, body, headers }) => {
      const sent: Record<string, string> = {};
      for (const [name, value] of Object.entries(headers)) if (value !== null && (name !== 'content-type' || body !== undefined)) sent[name] = value;
      const c: FuzzCase = { method: route.method, url: path + query, body, headers: sent };
      return Object.assign(c, { [fc.toStringMethod]: () => describeCase(c) });
    });
}

const SECRET_IN_SUCCESS = /\$argon2|"(passwordHash|password_hash|tokenHash|token_hash)"\s*:/;
const INTERNALS_IN_MESSAGE = /\n\s+at |\.ts:\d+|node_modules|\bselect\b.*\bfrom\b|\binsert into\b|\bdelete from\b|syntax error at or near|violates .* constraint/i;

/** Throws unless the answer is acceptable; returns the known defect a tolerated 5xx is. */
function checkResponse(route: ApiRoute, c: FuzzCase, res: TestResponse, mode: Mode): string | undefined {
  const fail = (why: string) => {
    throw new Error(`${why}\n  request: ${describeCase(c)}\n  answer: ${res.status} ${clip(JSON.stringify(res.body) ?? '', 600)}`);
  };
  let defect: string | undefined;
  if (res.status >= 500) {
    defect = STRICT ? undefined : knownDefect(route.key, c)?.id;
    if (!defect) fail(`answered ${res.status}`);
  }
  if (res.status >= 400) {
    let code = '';
    try {
      code = expectErrorShape(res);
    } catch (error) {
      fail(String(error));
    }
    if (ERROR_STATUS[code as keyof typeof ERROR_STATUS] !== res.status) fail(`error code ${code} does not belong to status ${res.status}`);
    if (INTERNALS_IN_MESSAGE.test(res.body.error.message)) fail('the error message shows internals');
  } else {
    if (mode === 'anonymous' && route.access !== 'public') fail(`an anonymous call to a ${route.access} route answered ${res.status}`);
    if (SECRET_IN_SUCCESS.test(JSON.stringify(res.body) ?? '')) fail('the answer contains a password or token hash');
  }
  return defect;
}

async function fuzzBatch(api: TestApi, file: string, route: ApiRoute, w: SecurityWorld, mode: Mode): Promise<BatchResult> {
  const started = performance.now();
  const actor = mode === 'signed-in' && route.access ? fuzzActor(w, route.access) : undefined;
  const statuses: Record<number, number> = {};
  const defects: Record<string, number> = {};
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  const business = await watchBusinessTables(api.database);
  const seed = seedFor(route, mode);
  try {
    await fc.assert(
      fc.asyncProperty(caseArbitrary(route, w, actor), async (c) => {
        const res = await api.request(c.method, c.url, c.body, { headers: c.headers });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const defect = checkResponse(route, c, res, mode);
        if (defect) defects[defect] = (defects[defect] ?? 0) + 1;
      }),
      { seed, numRuns: FUZZ_RUNS },
    );
  } catch (error) {
    throw new Error(
      `${route.key} fuzzed ${mode === 'anonymous' ? 'anonymously' : 'signed in'} failed. Reproduce: FUZZ_SEED=${FUZZ_SEED} pnpm vitest run tests/security/${file} -t '${route.key}' (batch seed ${seed})\n${(error as Error).message}`,
      { cause: error },
    );
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'Object.prototype was polluted').toEqual(prototypeKeys);
  const changed = await business.changed();
  const succeeded = Object.keys(statuses).some((s) => Number(s) < 400);
  const mayStore = mode === 'anonymous' ? route.access === 'public' && STORES_FOR_ANONYMOUS.has(route.key) && succeeded : route.method !== 'GET' && succeeded;
  if (!mayStore) expect(changed, `${route.key} (${mode}, statuses ${JSON.stringify(statuses)}) changed stored data`).toEqual([]);
  return { statuses, defects, changed, ms: performance.now() - started };
}

const histogram = (s: Record<number, number>) =>
  Object.entries(s)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');

/**
 * Registers the fuzz tests of one file: one test per route of its access levels, each sending
 * FUZZ_RUNS generated requests anonymously and FUZZ_RUNS as a signed-in user allowed to call it.
 */
export async function fuzzSuite(file: keyof typeof FUZZ_FILES) {
  const levels: readonly AccessLevel[] = FUZZ_FILES[file];
  const api = await createTestApi();
  const routes = await fetchRoutes(api);
  const mine = routes.filter((r) => r.access && levels.includes(r.access));
  const report: string[] = [];
  let world: SecurityWorld;
  let rebuilds = 0;
  let reference: Awaited<ReturnType<typeof watchReferenceTables>>;
  const suiteStarted = performance.now();

  beforeAll(async () => {
    reference = await watchReferenceTables(api.database);
    world = await buildWorld(api);
  });
  afterAll(async () => {
    const seconds = ((performance.now() - suiteStarted) / 1000).toFixed(1);
    console.log(
      `Fuzzed ${mine.length} ${levels.join('/')} routes, ${FUZZ_RUNS} anonymous + ${FUZZ_RUNS} signed-in cases each (${mine.length * FUZZ_RUNS * 2} requests), seed ${FUZZ_SEED}, ${rebuilds} fixture rebuilds, ${seconds} s:\n${report.join('\n')}`,
    );
    await api.close();
  });

  describe(`fuzz ${levels.join(', ')} routes (seed ${FUZZ_SEED})`, () => {
    it('fuzzes every route of the OpenAPI document in one of the fuzz files', () => {
      expect(unclassifiedRoutes(routes)).toEqual([]);
      const covered = new Set(Object.values(FUZZ_FILES).flat());
      expect(ACCESS_LEVEL_NAMES.filter((level) => !covered.has(level))).toEqual([]);
      expect(mine.length).toBeGreaterThan(0);
    });

    for (const route of mine) {
      it(`${route.key} [${route.access}]`, async () => {
        if (!(await worldIsIntact(api, world))) {
          world = await buildWorld(api);
          rebuilds++;
        }
        const anonymous = await fuzzBatch(api, file, route, world, 'anonymous');
        const signedIn = await fuzzBatch(api, file, route, world, 'signed-in');
        const defects = { ...anonymous.defects };
        for (const [id, n] of Object.entries(signedIn.defects)) defects[id] = (defects[id] ?? 0) + n;
        report.push(
          `  ${route.key.padEnd(52)} ${String(route.access).padEnd(19)} anon[${histogram(anonymous.statuses)}] signed-in[${histogram(signedIn.statuses)}]` +
            `${Object.keys(defects).length ? ` known-defects${JSON.stringify(defects)}` : ''} ${((anonymous.ms + signedIn.ms) / 1000).toFixed(1)}s`,
        );
      }, 600_000);
    }

    it('left the ESCO rows untouched', async () => {
      expect(await reference.changed()).toEqual([]);
    });
  });
}
