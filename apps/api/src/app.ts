import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERROR_STATUS, type ErrorCode, type ErrorResponse } from '@kc/contract';
import type { Database } from '@kc/db';
import type { AppDeps, AppEnv } from './context.ts';
import { applicationsRouter } from './features/applications/applications.handlers.ts';
import { authRouter } from './features/auth/auth.handlers.ts';
import { figuresRouter } from './features/figures/figures.handlers.ts';
import { shortagesRouter } from './features/shortages/shortages.handlers.ts';
import { targetingRouter } from './features/targeting/targeting.handlers.ts';
import { healthRouter } from './features/health/health.handlers.ts';
import { meRouter } from './features/me/me.handlers.ts';
import { membershipsRouter } from './features/memberships/memberships.handlers.ts';
import { skillIntelligenceRouter } from './features/skill-intelligence/skill-intelligence.handlers.ts';
import { offeringsRouter } from './features/offerings/offerings.handlers.ts';
import { opportunitiesRouter } from './features/opportunities/opportunities.handlers.ts';
import { organisationsRouter } from './features/organisations/organisations.handlers.ts';
import { searchRouter } from './features/search/search.handlers.ts';
import { matchingRouter } from './features/matching/matching.handlers.ts';
import { adminRouter } from './features/admin/admin.handlers.ts';
import { studentsRouter } from './features/students/students.handlers.ts';
import { taxonomyRouter } from './features/taxonomy/taxonomy.handlers.ts';
import { createLimiter, limitConcurrency, type ConcurrencyLimit } from './lib/concurrency.ts';
import { ApiError, fromDatabaseError } from './lib/errors.ts';
import { createRouter } from './lib/router.ts';
import { authenticate } from './middleware/authenticate.ts';
import { rejectNul } from './middleware/reject-nul.ts';
import { shareAnonymousReads } from './middleware/share-anonymous-reads.ts';
import { apiReference, openApiConfig } from './openapi.ts';

export const MAX_BODY_BYTES = 256 * 1024;

export const EXPENSIVE_REQUESTS: Record<Database['kind'], ConcurrencyLimit> = {
  pglite: { concurrency: 2, maxWaiting: 500, maxWaitMs: 8_000 },
  postgres: { concurrency: 4, maxWaiting: 500, maxWaitMs: 8_000 },
};

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

function errorBody(c: Context<AppEnv>, error: ApiError): ErrorResponse {
  return {
    error: {
      code: error.code,
      message: error.message,
      requestId: c.var.requestId ?? 'unknown',
      ...(error.issues ? { issues: error.issues } : {}),
    },
  };
}

function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException) {
    const code = HTTP_STATUS_CODES[error.status] ?? (error.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
    return new ApiError(code, error.message || 'The request was rejected.');
  }
  return fromDatabaseError(error);
}

/**
 * The methods each path answers, from the routes as registered (middleware aside), for the
 * `Allow` header of a 405. GET implies HEAD.
 */
function methodsByPath(registered: readonly { method: string; path: string }[]): (path: string) => string[] {
  const routes = registered.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, segments: r.path.split('/') }));
  const matches = (segments: string[], parts: string[]) =>
    segments.length === parts.length && segments.every((segment, i) => (segment.startsWith(':') ? (parts[i] ?? '') !== '' : segment === parts[i]));
  return (path) => {
    const parts = path.replace(/(.)\/+$/, '$1').split('/');
    const methods = new Set(routes.filter((r) => matches(r.segments, parts)).map((r) => r.method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}

/** Matching scores hundreds of records per request, and the shortages read every open need: they wait their turn like a search. */
const RANKED_PATHS = [
  '/api/v1/opportunities/:id/candidates',
  '/api/v1/opportunities/:id/offerings',
  '/api/v1/offerings/:id/opportunities',
  '/api/v1/me/opportunities',
  '/api/v1/me/gap',
  '/api/v1/shortages',
  '/api/v1/shortages/*',
];

/** Every feature's router, in the order their paths are matched; a new feature adds its own here. */
const ROUTERS = [
  healthRouter,
  figuresRouter,
  shortagesRouter,
  targetingRouter,
  organisationsRouter,
  opportunitiesRouter,
  offeringsRouter,
  studentsRouter,
  skillIntelligenceRouter,
  taxonomyRouter,
  authRouter,
  meRouter,
  membershipsRouter,
  applicationsRouter,
  searchRouter,
  matchingRouter,
  adminRouter,
];

/** Every feature's routes, registered on `app`. */
function registerRoutes(app: OpenAPIHono<AppEnv>) {
  for (const router of ROUTERS) app.route('/', router);
  return app;
}

function registerSecuritySchemes(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'The session token from sign-in' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'kc_session',
    description: 'The session cookie; writes also need the X-CSRF-Token header',
  });
}

/**
 * The OpenAPI document `/api/openapi.json` serves, built from the same route specs without a
 * database or a server (the handlers are registered but never called), for tools and tests.
 */
export function openApiDocument() {
  const app = createRouter();
  registerRoutes(app);
  registerSecuritySchemes(app);
  return app.getOpenAPI31Document(openApiConfig);
}

export function createApp(deps: AppDeps) {
  const app = createRouter();

  app.use('*', requestId());
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    }),
  );
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('actor', { kind: 'anonymous' });
    await next();
  });
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError('PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
    },
  });
  // Looking at a body makes the Node server build a full Fetch Request (abort signal, finaliser)
  // for the request; under load those finalisers ran in bursts that held the event loop for
  // hundreds of milliseconds. No GET or HEAD handler reads a body, so those skip the check.
  app.use('/api/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));

  app.use('/api/*', rejectNul());
  app.use('/api/v1/*', authenticate());

  // The reads a busy day's visitors share, before the limiter: a read joined is not queued again.
  const shared = shareAnonymousReads();
  for (const path of ['/api/v1/search/*', '/api/v1/opportunities', '/api/v1/offerings', '/api/v1/organisations']) app.use(path, shared);

  // Search, suggestions and extraction cost the most per request: they get a share of the
  // server, not all of it. PGlite runs one statement at a time, a server several.
  const expensive = createLimiter(deps.expensiveRequests ?? EXPENSIVE_REQUESTS[deps.database.kind], 'searches');
  for (const path of ['/api/v1/search/*', '/api/v1/skills/suggest', '/api/v1/skills/extract', '/api/v1/occupations/suggest', '/api/v1/occupations/infer', ...RANKED_PATHS]) app.use(path, limitConcurrency(expensive));

  // Changes reach the search engine through the outbox; a successful write wakes the worker.
  app.use('/api/v1/*', async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.res.status < 400) deps.search.sync.wake();
  });

  const routes = registerRoutes(app);
  registerSecuritySchemes(app);
  app.doc31('/api/openapi.json', openApiConfig);
  apiReference(app);

  const allowedMethods = methodsByPath(routes.routes);
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = allowedMethods(path);
    // A handler's own 404 (an unknown file) is not a wrong method.
    if (allowed.length > 0 && !allowed.includes(c.req.method)) {
      const error = new ApiError('METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${path}; use ${allowed.join(', ')}.`);
      return c.json(errorBody(c, error), 405, { allow: allowed.join(', ') });
    }
    const error = new ApiError('NOT_FOUND', `No route for ${c.req.method} ${path}.`);
    return c.json(errorBody(c, error), 404);
  });

  app.onError((err, c) => {
    const error = toApiError(err);
    if (error) return c.json(errorBody(c, error), error.status as ContentfulStatusCode, error.headers);
    deps.log.error('unhandled error', { requestId: c.var.requestId, error: err instanceof Error ? err.stack : String(err) });
    const internal = new ApiError('INTERNAL', 'Something went wrong on our side; the request id helps us find it.');
    return c.json(errorBody(c, internal), ERROR_STATUS.INTERNAL);
  });

  return routes;
}

export type AppType = ReturnType<typeof createApp>;
