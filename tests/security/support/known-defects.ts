/** A request the fuzzer sends. */
export interface FuzzCase {
  method: string;
  url: string;
  body: string | undefined;
  headers: Record<string, string>;
}

/**
 * A 5xx this suite found and reported, which the API does not fix yet. The fuzzer counts a
 * matching 5xx instead of failing, so the suite stays green yet still fails on anything new;
 * the last block of `authorization.test.ts` reproduces each one and turns red once it is fixed, so that the entry
 * gets removed here.
 */
export interface KnownDefect {
  id: string;
  summary: string;
  /** The routes where the defect shows, with one request that reproduces it on each. */
  routes: Record<string, Reproduction>;
  /** Whether a 5xx answer to this request is this defect. */
  explains(c: FuzzCase): boolean;
}

/** A request aimed at the security world: `{…}` placeholders are filled from its fixtures. */
export interface Reproduction {
  as: 'anonymous' | 'adminA' | 'adminB' | 'student' | 'clusterAdmin';
  path: string;
  body?: unknown;
}

const NUL = '\u0000';
export const hasNul = (c: FuzzCase) => /\u0000|%00/i.test(c.url) || (c.body !== undefined && (c.body.includes('\\u0000') || c.body.includes(NUL)));

/**
 * Fixed defects, kept as regressions: each reproduction must now get a 4xx. `NUL_BYTE` was a 500
 * on these routes until the API refused U+0000 at the edge.
 */
export const FIXED_DEFECTS: KnownDefect[] = [
  {
    id: 'NUL_BYTE_500',
    summary:
      'A U+0000 character in a path parameter, query value or JSON string that validation lets through reaches PostgreSQL, which refuses it ' +
      '(SQLSTATE 22021, invalid byte sequence for encoding "UTF8": 0x00); fromDatabaseError does not map 22021, so the API answers 500 INTERNAL instead of 400.',
    routes: {
      'GET /api/v1/organisations/{id}': { as: 'anonymous', path: '/api/v1/organisations/%00' },
      'PATCH /api/v1/organisations/{id}': { as: 'anonymous', path: '/api/v1/organisations/%00', body: { version: 1 } },
      'DELETE /api/v1/organisations/{id}': { as: 'anonymous', path: '/api/v1/organisations/%00' },
      'POST /api/v1/organisations': { as: 'adminB', path: '/api/v1/organisations', body: { kind: 'company', name: 'Nul Website', website: `https://example.org/${NUL}` } },
      'GET /api/v1/skills/{uri}': { as: 'anonymous', path: '/api/v1/skills/%00' },
      'GET /api/v1/occupations/{uri}': { as: 'anonymous', path: '/api/v1/occupations/%00' },
      'GET /api/v1/students': { as: 'anonymous', path: '/api/v1/students?skill=%00' },
      'POST /api/v1/auth/sign-in': { as: 'anonymous', path: '/api/v1/auth/sign-in', body: { email: `a${NUL}`, password: 'x' } },
      'POST /api/v1/auth/password-reset/request': { as: 'anonymous', path: '/api/v1/auth/password-reset/request', body: { email: `a${NUL}` } },
      'POST /api/v1/opportunities/{id}/applications': { as: 'student', path: '/api/v1/opportunities/{openOpportunity}/applications', body: { message: `Hello${NUL}` } },
      'POST /api/v1/opportunities': { as: 'adminA', path: '/api/v1/opportunities', body: { organisationId: '{organisationA}', kind: 'job', title: 'Nul skill', skills: [{ uri: `urn:${NUL}` }] } },
      'PATCH /api/v1/opportunities/{id}': { as: 'adminA', path: '/api/v1/opportunities/{openOpportunity}', body: { skills: [{ uri: `urn:${NUL}` }], version: 1 } },
      'POST /api/v1/offerings': { as: 'adminA', path: '/api/v1/offerings', body: { providerId: '{organisationA}', kind: 'course', title: 'Nul skill', skills: [{ uri: `urn:${NUL}` }] } },
      'PATCH /api/v1/offerings/{id}': { as: 'adminA', path: '/api/v1/offerings/{offering}', body: { skills: [{ uri: `urn:${NUL}` }], version: 1 } },
      'POST /api/v1/students': { as: 'adminB', path: '/api/v1/students', body: { skills: [{ uri: `urn:${NUL}` }] } },
      'PATCH /api/v1/students/{id}': { as: 'student', path: '/api/v1/students/{student}', body: { skills: [{ uri: `urn:${NUL}` }], version: 1 } },
      'POST /api/v1/skills': { as: 'clusterAdmin', path: '/api/v1/skills', body: { preferredLabel: 'Nul broader', broaderUri: `x${NUL}` } },
      'POST /api/v1/skills/{uri}/aliases': { as: 'clusterAdmin', path: '/api/v1/skills/%00/aliases', body: { alias: 'nul' } },
      'DELETE /api/v1/skills/{uri}': { as: 'clusterAdmin', path: '/api/v1/skills/%00' },
    },
    explains: hasNul,
  },
];

/** 5xx answers the fuzzer tolerates while a fix is pending: none at present. */
export const KNOWN_DEFECTS: KnownDefect[] = [];

export function knownDefect(routeKey: string, c: FuzzCase): KnownDefect | undefined {
  return KNOWN_DEFECTS.find((d) => routeKey in d.routes && d.explains(c));
}
