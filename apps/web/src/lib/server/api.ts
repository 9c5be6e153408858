import { error, redirect, type Cookies } from '@sveltejs/kit';
import type {
  CurrentUser,
  Health,
  Offering,
  OfferingCreate,
  OfferingKind,
  OfferingUpdate,
  OfferingStatus,
  Opportunity,
  OpportunityKind,
  OpportunityStatus,
  Organisation,
  OrganisationKind,
  OpportunityCreate,
  OpportunityUpdate,
  Page,
  ProfileView,
  ExtractedSkillResult,
  SearchCollection,
  SearchResponse,
  Skill,
  SkillSuggestion,
  StudentProfileUpdate,
  ProfileVisibility,
  SignedIn,
  SignUp,
  StudentProfile,
} from '@kc/contract';
import { errorText } from '$lib/errors';
import { m } from '$lib/paraglide/messages';
import { apiBaseUrl } from './env.ts';
import { currentPath, endSession, requireUser, signInHref } from './session.ts';

type Fetch = typeof globalThis.fetch;
/** A list value becomes a repeated parameter (`?kind=a&kind=b`). */
type Query = Record<string, string | number | readonly string[] | null | undefined>;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
/**
 * How a call uses the visitor's session: `none` never sends it (sign-in and the e-mailed links);
 * `optional` sends it when there is one and, should the API no longer know it, forgets it and
 * reads again as a visitor; `required` sends it and sends the visitor to sign in without one.
 */
type Auth = 'none' | 'optional' | 'required';

const TIMEOUT_MS = 8_000;

/** What the API client needs from a SvelteKit request event (loaders, actions and endpoints all fit). */
export interface ApiEvent {
  fetch: Fetch;
  url: URL;
  cookies: Cookies;
  locals: App.Locals;
  request: Request;
  getClientAddress(): string;
}

interface ClientOptions {
  /** Where to come back to after signing in, when a call needs it; the current page by default. */
  signInNext?: string;
}

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

/** What the search page sends: words, order, page, skill URIs and facet values by field. */
export interface SearchApiQuery {
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
  skill?: readonly string[];
  filters?: Record<string, readonly string[]>;
}

export interface ApiIssue {
  /** Where in the input, e.g. "body.email". */
  path: string;
  message: string;
}

/** The API answered, but not with success (or did not answer: code API_UNREACHABLE, status 503). */
export interface ApiProblem {
  status: number;
  code: string;
  message: string;
  requestId?: string;
  issues: ApiIssue[];
  body: unknown;
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; problem: ApiProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readProblem(status: number, statusText: string, body: unknown): ApiProblem {
  const raw = isRecord(body) && isRecord(body.error) ? body.error : {};
  const issues = Array.isArray(raw.issues)
    ? raw.issues.flatMap((i: unknown) =>
        isRecord(i) && typeof i.path === 'string' && typeof i.message === 'string' ? [{ path: i.path, message: i.message }] : [],
      )
    : [];
  return {
    status,
    code: typeof raw.code === 'string' ? raw.code : 'UNKNOWN',
    message: typeof raw.message === 'string' ? raw.message : `The API answered ${status} ${statusText}.`,
    requestId: typeof raw.requestId === 'string' ? raw.requestId : undefined,
    issues,
    body,
  };
}

function buildUrl(base: string, path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'object') for (const item of value) params.append(key, item);
    else params.set(key, String(value));
  }
  const search = params.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}

function clientAddress(event: ApiEvent): string | undefined {
  try {
    return event.getClientAddress();
  } catch {
    return undefined;
  }
}

interface SendOptions {
  query?: Query;
  body?: unknown;
  token: string | null;
}

/**
 * One request to the API, or `null` when it cannot be reached. The web origin's cookies are
 * never passed on (`credentials: 'omit'`): the API only ever sees the Bearer token.
 */
async function send(event: ApiEvent, method: Method, path: string, options: SendOptions): Promise<Response | null> {
  const base = apiBaseUrl();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  // For the API's per-visitor limits and its list of sessions; it trusts them only when told to.
  const address = clientAddress(event);
  if (address) headers['x-forwarded-for'] = address;
  const userAgent = event.request.headers.get('user-agent');
  if (userAgent) headers['user-agent'] = userAgent.slice(0, 500);
  try {
    return await event.fetch(buildUrl(base, path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    console.warn(`[web] API unreachable at ${base}: ${cause instanceof Error ? cause.message : String(cause)}`);
    return null;
  }
}

function unreachable(): ApiProblem {
  return { status: 503, code: 'API_UNREACHABLE', message: `The API is not reachable at ${apiBaseUrl()}.`, issues: [], body: undefined };
}

/** Sends with the session as `auth` says; a session the API no longer knows ends here too. */
async function sendAs(
  event: ApiEvent,
  method: Method,
  path: string,
  auth: Auth,
  options: Omit<SendOptions, 'token'> & ClientOptions,
): Promise<Response | null> {
  const next = options.signInNext ?? currentPath(event.url);
  if (auth === 'required') requireUser(event, next);
  const token = auth === 'none' ? null : event.locals.token;
  const response = await send(event, method, path, { ...options, token });
  if (!token || response?.status !== 401) return response;
  endSession(event);
  if (auth === 'optional' && method !== 'GET') return response;
  await response.body?.cancel();
  if (auth === 'required') redirect(303, signInHref(next));
  return send(event, method, path, { ...options, token: null });
}

async function call<T>(
  event: ApiEvent,
  method: Method,
  path: string,
  auth: Auth,
  options: Omit<SendOptions, 'token'> & ClientOptions = {},
): Promise<ApiResult<T>> {
  const response = await sendAs(event, method, path, auth, options);
  if (!response) return { ok: false, problem: unreachable() };
  let body: unknown;
  try {
    body = response.status === 204 ? undefined : await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) return { ok: false, problem: readProblem(response.status, response.statusText, body) };
  if (body === undefined && response.status !== 204) {
    return {
      ok: false,
      problem: { status: 502, code: 'BAD_GATEWAY', message: `The API at ${apiBaseUrl()} answered with something that is not JSON.`, issues: [], body },
    };
  }
  return { ok: true, status: response.status, data: body as T };
}

/** Turns an API problem into the page error a visitor sees, worded by its code in the visitor's language. */
export function toPageError(problem: ApiProblem): never {
  const details = { code: problem.code, requestId: problem.requestId };
  if (problem.code === 'API_UNREACHABLE') error(problem.status, { message: m.error_api_unreachable_at({ url: apiBaseUrl() }), code: problem.code });
  if (problem.code === 'BAD_GATEWAY') error(problem.status, { message: errorText(problem.code), code: problem.code });
  error(problem.status >= 500 ? 502 : problem.status, { message: errorText(problem.code), ...details });
}

function orFail<T>(result: ApiResult<T>): T {
  if (!result.ok) toPageError(result.problem);
  return result.data;
}

/** Like orFail, but a 404 from the API is `null` so the page can word its own "not found". */
function orNull<T>(result: ApiResult<T>): T | null {
  if (!result.ok && result.problem.status === 404) return null;
  return orFail(result);
}

function isHealth(body: unknown): body is Health {
  return isRecord(body) && (body.status === 'ok' || body.status === 'degraded') && isRecord(body.esco);
}

function isCurrentUser(body: unknown): body is CurrentUser {
  return isRecord(body) && typeof body.id === 'string' && typeof body.displayName === 'string' && Array.isArray(body.memberships);
}

export type WhoAmI = { kind: 'user'; user: CurrentUser } | { kind: 'unknown-session' } | { kind: 'unavailable' };

/** Who the session token belongs to; `unknown-session` when the API no longer knows it. */
export async function whoAmI(event: ApiEvent, token: string): Promise<WhoAmI> {
  const response = await send(event, 'GET', '/api/v1/me', { token });
  if (!response) return { kind: 'unavailable' };
  if (response.status === 401) return { kind: 'unknown-session' };
  if (!response.ok) {
    console.warn(`[web] GET /api/v1/me answered ${response.status}`);
    return { kind: 'unavailable' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  return isCurrentUser(body) ? { kind: 'user', user: body } : { kind: 'unavailable' };
}

const studentPath = (id: string) => `/api/v1/students/${encodeURIComponent(id)}`;
const opportunityPath = (id: string) => `/api/v1/opportunities/${encodeURIComponent(id)}`;
const offeringPath = (id: string) => `/api/v1/offerings/${encodeURIComponent(id)}`;

/**
 * The API client for server-side loaders, actions and endpoints. Pass the request event.
 * The public reads either return data or throw a SvelteKit error with a visitor-friendly message;
 * the account calls return an ApiResult for the form to word its answer.
 */
export function createApi(event: ApiEvent, clientOptions: ClientOptions = {}) {
  const request = <T>(method: Method, path: string, auth: Auth, options: Omit<SendOptions, 'token'> = {}) =>
    call<T>(event, method, path, auth, { ...clientOptions, ...options });
  const get = <T>(path: string, query?: Query) => request<T>('GET', path, 'optional', { query });
  return {
    async health(): Promise<Health> {
      const result = await get<Health>('/api/health');
      // A degraded API may answer 503 and still describe itself.
      if (!result.ok && isHealth(result.problem.body)) return result.problem.body;
      return orFail(result);
    },
    organisations: async (query: OrganisationQuery = {}) => orFail(await get<Page<Organisation>>('/api/v1/organisations', { ...query })),
    organisation: async (idOrSlug: string) => orNull(await get<Organisation>(`/api/v1/organisations/${encodeURIComponent(idOrSlug)}`)),
    opportunities: async (query: OpportunityQuery = {}) => orFail(await get<Page<Opportunity>>('/api/v1/opportunities', { ...query })),
    opportunity: async (id: string) => orNull(await get<Opportunity>(`/api/v1/opportunities/${encodeURIComponent(id)}`)),
    offerings: async (query: OfferingQuery = {}) => orFail(await get<Page<Offering>>('/api/v1/offerings', { ...query })),
    offering: async (id: string) => orNull(await get<Offering>(offeringPath(id))),
    /** The page words its own answer to a problem (search unavailable, bad parameters), so this returns the result. */
    search: <C extends SearchCollection>(collection: C, { filters, ...query }: SearchApiQuery) =>
      get<SearchResponse<C>>(`/api/v1/search/${collection}`, { ...filters, ...query }),
    /** One skill, or null when there is none by that URI or it cannot be read now. */
    skill: async (uri: string) => {
      const result = await get<Skill>(`/api/v1/skills/${encodeURIComponent(uri)}`);
      return result.ok ? result.data : null;
    },

    signUp: (body: SignUp) => request<{ message: string }>('POST', '/api/v1/auth/sign-up', 'none', { body }),
    signIn: (body: { email: string; password: string }) => request<SignedIn>('POST', '/api/v1/auth/sign-in', 'none', { body }),
    signOut: () => request<undefined>('POST', '/api/v1/auth/sign-out', 'optional'),
    verifyEmail: (token: string, password: string) => request<SignedIn>('POST', '/api/v1/auth/verify-email', 'none', { body: { token, password } }),
    requestPasswordReset: (email: string) => request<{ message: string }>('POST', '/api/v1/auth/password-reset/request', 'none', { body: { email } }),
    resetPassword: (token: string, password: string) =>
      request<{ message: string }>('POST', '/api/v1/auth/password-reset/confirm', 'none', { body: { token, password } }),
    resendVerification: () => request<{ message: string }>('POST', '/api/v1/auth/resend-verification', 'required'),

    myStudentProfile: (id: string) => request<StudentProfile>('GET', studentPath(id), 'required'),
    createStudentProfile: (body: { visibility: ProfileVisibility }) => request<StudentProfile>('POST', '/api/v1/students', 'required', { body }),
    changeVisibility: (id: string, body: { visibility: ProfileVisibility; version: number }) =>
      request<StudentProfile>('PATCH', studentPath(id), 'required', { body }),
    profileViews: () => request<{ items: ProfileView[] }>('GET', '/api/v1/me/profile-views', 'required'),
    deleteAccount: (password: string) => request<undefined>('DELETE', '/api/v1/me', 'required', { body: { password } }),
    acceptInvitation: (token: string) =>
      request<{ organisationId: string; role: 'member' | 'admin' }>('POST', '/api/v1/invitations/accept', 'required', { body: { token } }),

    suggestSkills: (q: string, limit = 8) =>
      request<{ items: SkillSuggestion[] }>('GET', '/api/v1/skills/suggest', 'none', { query: { q, limit } }),
    extractSkills: (text: string) => request<{ skills: ExtractedSkillResult[] }>('POST', '/api/v1/skills/extract', 'none', { body: { text } }),
    createOpportunity: (body: OpportunityCreate) => request<Opportunity>('POST', '/api/v1/opportunities', 'required', { body }),
    updateOpportunity: (id: string, body: OpportunityUpdate) => request<Opportunity>('PATCH', opportunityPath(id), 'required', { body }),
    createOffering: (body: OfferingCreate) => request<Offering>('POST', '/api/v1/offerings', 'required', { body }),
    updateOffering: (id: string, body: OfferingUpdate) => request<Offering>('PATCH', offeringPath(id), 'required', { body }),
    updateStudentSkills: (id: string, body: Pick<StudentProfileUpdate, 'skills' | 'version'>) =>
      request<StudentProfile>('PATCH', studentPath(id), 'required', { body }),

    /** The data export as the API sends it, to stream on to the browser. */
    async exportData(): Promise<{ ok: true; response: Response } | { ok: false; problem: ApiProblem }> {
      const response = await sendAs(event, 'GET', '/api/v1/me/export', 'required', clientOptions);
      if (!response) return { ok: false, problem: unreachable() };
      if (response.ok) return { ok: true, response };
      const body: unknown = await response.json().catch(() => undefined);
      return { ok: false, problem: readProblem(response.status, response.statusText, body) };
    },
  };
}

export type Api = ReturnType<typeof createApi>;
