import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESCO_ATTRIBUTION } from '@kc/contract';
import { MAX_BODY_BYTES, openApiDocument } from './app.ts';
import { createTestApi, expectErrorShape, type TestApi, type TestUser } from './testing.ts';

let api: TestApi;
let user: TestUser;
beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp();
});
afterAll(async () => {
  await api.close();
});

describe('operations', () => {
  it('reports database kind, schema version and the ESCO release in /api/health', async () => {
    const res = await api.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database.kind).toBe(api.database.kind);
    expect(res.body.database.schemaVersion).toMatch(/^\d{4}_/);
    expect(res.body.database.pendingMigrations).toBe(0);
    expect(res.body.esco).toMatchObject({ version: 'v1.1.1', skills: 13_896, occupations: 3_007 });
    expect(res.body.attribution).toBe(ESCO_ATTRIBUTION);
  });

  it('serves an OpenAPI 3.1 document naming every resource', async () => {
    const res = await api.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const paths = Object.keys(res.body.paths);
    for (const path of ['/api/health', '/api/v1/organisations', '/api/v1/organisations/{id}', '/api/v1/opportunities', '/api/v1/offerings', '/api/v1/students', '/api/v1/skills/{uri}', '/api/v1/occupations']) {
      expect(paths).toContain(path);
    }
  });

  it('serves the document that tools lint (`pnpm lint:openapi` builds it without a server)', async () => {
    const res = await api.request('GET', '/api/openapi.json');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('serves a browsable reference page with its assets from this server', async () => {
    const page = await api.request('GET', '/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toContain('/api/docs/assets/swagger-ui-bundle.js');
    const bundle = await api.request('GET', '/api/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect((await api.request('GET', '/api/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });

  it('sends security headers and a request id', async () => {
    const res = await api.request('GET', '/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});

describe('errors have one shape', () => {
  it('unknown routes: 404 NOT_FOUND', async () => {
    const res = await api.request('GET', '/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(expectErrorShape(res)).toBe('NOT_FOUND');
  });

  it('a wrong method on an existing path: 405 with Allow, in the one shape', async () => {
    for (const [method, path, allow] of [
      ['PUT', '/api/v1/organisations', 'GET, HEAD, POST'],
      ['POST', '/api/v1/organisations/00000000-0000-4000-8000-000000000000', 'DELETE, GET, HEAD, PATCH'],
      ['GET', '/api/v1/auth/sign-in', 'POST'],
      ['DELETE', '/api/health', 'GET, HEAD'],
      ['PATCH', '/api/v1/me/profile-views/', 'GET, HEAD'],
    ] as const) {
      const res = await api.request(method, path);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(expectErrorShape(res)).toBe('METHOD_NOT_ALLOWED');
      expect(res.headers.get('allow')).toBe(allow);
    }
    expect((await api.request('PUT', '/api/v1/no-such-thing')).status).toBe(404);
  });

  it('malformed JSON: 400', async () => {
    const res = await api.request('POST', '/api/v1/organisations', '{"kind": "company", "name": ', { as: user });
    expect(res.status).toBe(400);
    expect(expectErrorShape(res)).toBe('BAD_REQUEST');
  });

  it('a body that is not JSON: 415', async () => {
    const res = await api.request('POST', '/api/v1/organisations', 'kind=company', { as: user, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
    expect(expectErrorShape(res)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a caller who is not signed in: 401 before the body or the id is looked at', async () => {
    for (const [method, path, body] of [
      ['POST', '/api/v1/organisations', '{"kind": "company", "name": '],
      ['POST', '/api/v1/organisations', undefined],
      ['POST', '/api/v1/opportunities', {}],
      ['DELETE', '/api/v1/opportunities/00000000-0000-4000-8000-000000000000', undefined],
      ['PATCH', '/api/v1/opportunities/not-a-uuid', { title: 'x' }],
    ] as const) {
      const res = await api.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(expectErrorShape(res)).toBe('UNAUTHORIZED');
      expect(res.body.error.issues).toBeUndefined();
    }
  });

  it('a missing body: 4xx, nothing stored', async () => {
    const before = await api.request('GET', '/api/v1/organisations?pageSize=1');
    const res = await api.request('POST', '/api/v1/organisations', undefined, { as: user });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expectErrorShape(res);
    const after = await api.request('GET', '/api/v1/organisations?pageSize=1');
    expect(after.body.total).toBe(before.body.total);
  });

  it('an oversized body: 413', async () => {
    const res = await api.request('POST', '/api/v1/organisations', { kind: 'company', name: 'x', description: 'a'.repeat(MAX_BODY_BYTES) });
    expect(res.status).toBe(413);
    expect(expectErrorShape(res)).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['page=0', 'query.page'],
    ['page=abc', 'query.page'],
    ['pageSize=101', 'query.pageSize'],
    ['pageSize=-5', 'query.pageSize'],
    ['kind=bank', 'query.kind'],
  ])('bad pagination or filter (%s): 400 naming the parameter', async (query, path) => {
    const res = await api.request('GET', `/api/v1/organisations?${query}`);
    expect(res.status).toBe(400);
    expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('a NUL character in the address: 400, on every route', async () => {
    const res = await api.request('GET', '/api/health?probe=%00');
    expect(res.status).toBe(400);
    expect(expectErrorShape(res)).toBe('BAD_REQUEST');
  });

  it('a malformed id: 400, an unknown one: 404', async () => {
    const bad = await api.request('GET', '/api/v1/opportunities/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(expectErrorShape(bad)).toBe('VALIDATION_FAILED');
    const unknown = await api.request('GET', '/api/v1/opportunities/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(expectErrorShape(unknown)).toBe('NOT_FOUND');
  });
});
