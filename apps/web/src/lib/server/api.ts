import { error } from '@sveltejs/kit';
import type {
  Health,
  Offering,
  OfferingKind,
  OfferingStatus,
  Opportunity,
  OpportunityKind,
  OpportunityStatus,
  Organisation,
  OrganisationKind,
  Page,
} from '@kc/contract';
import { apiBaseUrl } from './env.ts';

type Fetch = typeof globalThis.fetch;
type Query = Record<string, string | number | null | undefined>;

const TIMEOUT_MS = 8_000;

export interface PageQuery {
  page?: number;
  pageSize?: number;
}
export interface OrganisationQuery extends PageQuery {
  kind?: OrganisationKind;
  q?: string;
}
export interface OpportunityQuery extends PageQuery {
  organisationId?: string;
  kind?: OpportunityKind;
  status?: OpportunityStatus;
  q?: string;
}
export interface OfferingQuery extends PageQuery {
  providerId?: string;
  kind?: OfferingKind;
  status?: OfferingStatus;
  q?: string;
}

/** The API answered, but not with success. */
class ApiResponseError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
    readonly body: unknown,
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readErrorBody(body: unknown): { code?: string; message?: string; requestId?: string } {
  if (!isRecord(body) || !isRecord(body.error)) return {};
  const { code, message, requestId } = body.error;
  return {
    code: typeof code === 'string' ? code : undefined,
    message: typeof message === 'string' ? message : undefined,
    requestId: typeof requestId === 'string' ? requestId : undefined,
  };
}

function buildUrl(base: string, path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}

/**
 * One GET against the API. Network failures and timeouts become a 503 page saying where the
 * API was expected; API errors keep their status (5xx becomes 502) and request id.
 */
async function get<T>(fetch: Fetch, path: string, query?: Query): Promise<T> {
  const base = apiBaseUrl();
  let response: Response;
  try {
    response = await fetch(buildUrl(base, path, query), {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    console.warn(`[web] API unreachable at ${base}: ${cause instanceof Error ? cause.message : String(cause)}`);
    error(503, { message: `The API is not reachable at ${base}.`, code: 'API_UNREACHABLE' });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }

  if (!response.ok) {
    const parsed = readErrorBody(body);
    throw new ApiResponseError(
      response.status,
      parsed.code ?? 'UNKNOWN',
      parsed.message ?? `The API answered ${response.status} ${response.statusText}.`,
      parsed.requestId,
      body,
    );
  }
  if (body === undefined) {
    error(502, { message: `The API at ${base} answered with something that is not JSON.`, code: 'BAD_GATEWAY' });
  }
  return body as T;
}

/** Turns an API error into the page error a visitor sees. */
function toPageError(e: unknown): never {
  if (!(e instanceof ApiResponseError)) throw e;
  const details = { code: e.code, requestId: e.requestId };
  if (e.status >= 500) {
    error(502, { message: `The API could not answer: ${e.message}`, ...details });
  }
  error(e.status, { message: e.message, ...details });
}

async function getOrFail<T>(fetch: Fetch, path: string, query?: Query): Promise<T> {
  try {
    return await get<T>(fetch, path, query);
  } catch (e) {
    toPageError(e);
  }
}

/** Like getOrFail, but a 404 from the API is `null` so the page can word its own "not found". */
async function findOrFail<T>(fetch: Fetch, path: string): Promise<T | null> {
  try {
    return await get<T>(fetch, path);
  } catch (e) {
    if (e instanceof ApiResponseError && e.status === 404) return null;
    toPageError(e);
  }
}

function isHealth(body: unknown): body is Health {
  return isRecord(body) && (body.status === 'ok' || body.status === 'degraded') && isRecord(body.esco);
}

/**
 * The API client for server-side loaders. Pass the loader's `fetch`.
 * Every method either returns data or throws a SvelteKit error with a visitor-friendly message.
 */
export function createApi(fetch: Fetch) {
  return {
    async health(): Promise<Health> {
      try {
        return await get<Health>(fetch, '/api/health');
      } catch (e) {
        // A degraded API may answer 503 and still describe itself.
        if (e instanceof ApiResponseError && isHealth(e.body)) return e.body;
        toPageError(e);
      }
    },
    organisations: (query: OrganisationQuery = {}) =>
      getOrFail<Page<Organisation>>(fetch, '/api/v1/organisations', { ...query }),
    organisation: (idOrSlug: string) =>
      findOrFail<Organisation>(fetch, `/api/v1/organisations/${encodeURIComponent(idOrSlug)}`),
    opportunities: (query: OpportunityQuery = {}) =>
      getOrFail<Page<Opportunity>>(fetch, '/api/v1/opportunities', { ...query }),
    opportunity: (id: string) => findOrFail<Opportunity>(fetch, `/api/v1/opportunities/${encodeURIComponent(id)}`),
    offerings: (query: OfferingQuery = {}) => getOrFail<Page<Offering>>(fetch, '/api/v1/offerings', { ...query }),
  };
}

export type Api = ReturnType<typeof createApi>;
