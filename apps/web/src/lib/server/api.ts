import { error, redirect, type Cookies } from '@sveltejs/kit';
import { createApiClient, type ApiClient, type BodyOf, type CurrentUser, type Health, type QueryOf, type ResponseOf } from '@kc/api-client';
import type { SearchCollection } from '@kc/contract';
import { errorText } from '$lib/errors';
import { m } from '$lib/paraglide/messages';
import { apiBaseUrl } from './env.ts';
import { currentPath, endSession, requireUser, signInHref } from './session.ts';

/**
 * How a call uses the visitor's session: `none` never sends it (sign-in and the e-mailed links);
 * `optional` sends it when there is one and, should the API no longer know it, forgets it and
 * reads again as a visitor; `required` sends it and sends the visitor to sign in without one;
 * `current` sends it and only forgets it when the API no longer knows it (signing out).
 */
type Auth = 'none' | 'optional' | 'required' | 'current';

const TIMEOUT_MS = 8_000;

/** What the API client needs from a SvelteKit request event (loaders, actions and endpoints all fit). */
export interface ApiEvent {
  fetch: typeof globalThis.fetch;
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

function unreachable(): ApiProblem {
  return { status: 503, code: 'API_UNREACHABLE', message: `The API is not reachable at ${apiBaseUrl()}.`, issues: [], body: undefined };
}

function notJson(): ApiProblem {
  return { status: 502, code: 'BAD_GATEWAY', message: `The API at ${apiBaseUrl()} answered with something that is not JSON.`, issues: [], body: undefined };
}

/** The request could not be sent or was not answered in time, told apart from an answer that is not JSON. */
class ApiUnreachable extends Error {}

/** Empty values are left out; a list becomes a repeated parameter (`?kind=a&kind=b`). */
function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  return params.toString();
}

function clientAddress(event: ApiEvent): string | undefined {
  try {
    return event.getClientAddress();
  } catch {
    return undefined;
  }
}

/**
 * The typed client for one request event. The web origin's cookies are never passed on
 * (`credentials: 'omit'`): the API only ever sees the Bearer token.
 */
function clientFor(event: ApiEvent): ApiClient {
  const base = apiBaseUrl();
  return createApiClient({
    baseUrl: base,
    credentials: 'omit',
    querySerializer: serializeQuery,
    fetch: async (request) => {
      try {
        return await event.fetch(request);
      } catch (cause) {
        console.warn(`[web] API unreachable at ${base}: ${cause instanceof Error ? cause.message : String(cause)}`);
        throw new ApiUnreachable();
      }
    },
  });
}

function headersFor(event: ApiEvent, token: string | null): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  // For the API's per-visitor limits and its list of sessions; it trusts them only when told to.
  const address = clientAddress(event);
  if (address) headers['x-forwarded-for'] = address;
  const userAgent = event.request.headers.get('user-agent');
  if (userAgent) headers['user-agent'] = userAgent.slice(0, 500);
  return headers;
}

/** What every call passes to the typed client: the headers for this session and a time limit. */
interface CallInit {
  [option: string]: unknown;
  headers: Record<string, string>;
  signal: AbortSignal;
}

/** What the typed client answers: `data` on success, `error` (the parsed body) otherwise. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

type Sent<T> = { kind: 'answer'; answer: Answer<T> } | { kind: 'unreachable' } | { kind: 'not-json' };

async function attempt<T>(event: ApiEvent, client: ApiClient, token: string | null, send: (client: ApiClient, init: CallInit) => Promise<Answer<T>>): Promise<Sent<T>> {
  try {
    return { kind: 'answer', answer: await send(client, { headers: headersFor(event, token), signal: AbortSignal.timeout(TIMEOUT_MS) }) };
  } catch (cause) {
    const timedOut = cause instanceof DOMException && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
    if (cause instanceof ApiUnreachable || timedOut) return { kind: 'unreachable' };
    if (cause instanceof SyntaxError) return { kind: 'not-json' };
    throw cause;
  }
}

/** One call with the session as `auth` says; a session the API no longer knows ends here too. */
async function call<T>(
  event: ApiEvent,
  auth: Auth,
  send: (client: ApiClient, init: CallInit) => Promise<Answer<T>>,
  options: ClientOptions = {},
): Promise<ApiResult<T>> {
  const next = options.signInNext ?? currentPath(event.url);
  if (auth === 'required') requireUser(event, next);
  const client = clientFor(event);
  const token = auth === 'none' ? null : event.locals.token;
  let sent = await attempt(event, client, token, send);
  if (token && sent.kind === 'answer' && sent.answer.response.status === 401) {
    endSession(event);
    if (auth === 'required') redirect(303, signInHref(next));
    if (auth === 'optional') sent = await attempt(event, client, null, send);
  }
  if (sent.kind === 'unreachable') return { ok: false, problem: unreachable() };
  if (sent.kind === 'not-json') return { ok: false, problem: notJson() };
  const { data, error: body, response } = sent.answer;
  if (!response.ok) return { ok: false, problem: readProblem(response.status, response.statusText, body) };
  // Only 204 answers nothing; an empty 200 comes from something between us and the API.
  if (data === undefined && response.status !== 204) return { ok: false, problem: notJson() };
  return { ok: true, status: response.status, data: data as T };
}

/** Turns an API problem into the page error a visitor sees, worded by its code in the visitor's language. */
export function toPageError(problem: ApiProblem): never {
  const details = { code: problem.code, requestId: problem.requestId };
  if (problem.code === 'API_UNREACHABLE') error(problem.status, { message: m.error_api_unreachable_at({ url: apiBaseUrl() }), code: problem.code });
  if (problem.code === 'BAD_GATEWAY') error(problem.status, { message: errorText(problem.code), code: problem.code });
  error(problem.status >= 500 ? 502 : problem.status, { message: errorText(problem.code), ...details });
}

export function orFail<T>(result: ApiResult<T>): T {
  if (!result.ok) toPageError(result.problem);
  return result.data;
}

/** Like orFail, but a 404 from the API is `null` so the page can word its own "not found". */
function orNull<T>(result: ApiResult<T>): T | null {
  if (!result.ok && result.problem.status === 404) return null;
  return orFail(result);
}

function isCurrentUser(body: unknown): body is CurrentUser {
  return isRecord(body) && typeof body.id === 'string' && typeof body.displayName === 'string' && Array.isArray(body.memberships);
}

function isHealth(body: unknown): body is Health {
  return isRecord(body) && (body.status === 'ok' || body.status === 'degraded') && isRecord(body.esco);
}

/** The shortage tables the dashboard offers as CSV. */
export const SHORTAGE_TABLES = ['top', 'unmet', 'groups', 'trend', 'causes', 'bundles'] as const;
export type ShortageTable = (typeof SHORTAGE_TABLES)[number];

export type WhoAmI = { kind: 'user'; user: CurrentUser } | { kind: 'unknown-session' } | { kind: 'unavailable' };

/** Who the session token belongs to; `unknown-session` when the API no longer knows it. */
export async function whoAmI(event: ApiEvent, token: string): Promise<WhoAmI> {
  const sent = await attempt(event, clientFor(event), token, (client, init) => client.GET('/api/v1/me', init));
  if (sent.kind !== 'answer') return { kind: 'unavailable' };
  const { data, response } = sent.answer;
  if (response.status === 401) return { kind: 'unknown-session' };
  if (!response.ok || !isCurrentUser(data)) {
    console.warn(`[web] GET /api/v1/me answered ${response.status}`);
    return { kind: 'unavailable' };
  }
  return { kind: 'user', user: data };
}

type SearchOperation<C extends SearchCollection> = `search${Capitalize<C>}`;
export type SearchAnswer<C extends SearchCollection> = ResponseOf<SearchOperation<C>>;

const id = (value: string) => ({ params: { path: { id: value } } });

/**
 * The API client for server-side loaders, actions and endpoints. Pass the request event.
 * The public reads either return data or throw a SvelteKit error with a visitor-friendly message;
 * the account calls return an ApiResult for the form to word its answer. Paths, parameters,
 * bodies and answers are typed from the API's OpenAPI document (`@kc/api-client`).
 */
export function createApi(event: ApiEvent, clientOptions: ClientOptions = {}) {
  const as = <T>(auth: Auth, send: (client: ApiClient, init: CallInit) => Promise<Answer<T>>) => call(event, auth, send, clientOptions);
  const read = <T>(send: (client: ApiClient, init: CallInit) => Promise<Answer<T>>) => as('optional', send);
  return {
    async health(): Promise<Health> {
      const result = await read((c, init) => c.GET('/api/health', init));
      // A degraded API may answer 503 and still describe itself.
      if (!result.ok && isHealth(result.problem.body)) return result.problem.body;
      return orFail(result);
    },
    figures: async () => orFail(await read((c, init) => c.GET('/api/v1/figures', init))),
    shortages: (query: QueryOf<'listShortages'> = {}) => read((c, init) => c.GET('/api/v1/shortages', { params: { query }, ...init })) as Promise<ApiResult<ResponseOf<'listShortages'>>>,
    unmetDemand: (query: QueryOf<'listUnmetDemand'> = {}) => read((c, init) => c.GET('/api/v1/shortages/unmet', { params: { query }, ...init })) as Promise<ApiResult<ResponseOf<'listUnmetDemand'>>>,
    skillGroupShortages: (query: QueryOf<'listSkillGroupShortages'> = {}) => read((c, init) => c.GET('/api/v1/shortages/groups', { params: { query }, ...init })) as Promise<ApiResult<ResponseOf<'listSkillGroupShortages'>>>,
    shortageTrend: (query: QueryOf<'getShortageTrend'> = {}) => read((c, init) => c.GET('/api/v1/shortages/trend', { params: { query }, ...init })) as Promise<ApiResult<ResponseOf<'getShortageTrend'>>>,
    unfilledCauses: (query: QueryOf<'getUnfilledCauses'> = {}) => read((c, init) => c.GET('/api/v1/shortages/causes', { params: { query }, ...init })) as Promise<ApiResult<ResponseOf<'getUnfilledCauses'>>>,
    shortageSlices: () => read((c, init) => c.GET('/api/v1/shortages/slices', init)),
    skillBundles: (query: QueryOf<'listSkillBundles'> = {}) => read((c, init) => c.GET('/api/v1/shortages/bundles', { params: { query }, ...init })) as Promise<ApiResult<ResponseOf<'listSkillBundles'>>>,
    providerCoverage: (providerId: string) => read((c, init) => c.GET('/api/v1/shortages/providers/{id}', { ...id(providerId), ...init })),
    /** One shortage table as the API's CSV file, for the page's download links. */
    shortageCsv: (table: ShortageTable, query: Record<string, string>) =>
      read<string>((c, init) => {
        const options = { params: { query: { ...query, format: 'csv' as const } }, parseAs: 'text' as const, ...init };
        switch (table) {
          case 'top':
            return c.GET('/api/v1/shortages', options) as Promise<Answer<string>>;
          case 'unmet':
            return c.GET('/api/v1/shortages/unmet', options) as Promise<Answer<string>>;
          case 'groups':
            return c.GET('/api/v1/shortages/groups', options) as Promise<Answer<string>>;
          case 'trend':
            return c.GET('/api/v1/shortages/trend', options) as Promise<Answer<string>>;
          case 'causes':
            return c.GET('/api/v1/shortages/causes', options) as Promise<Answer<string>>;
          case 'bundles':
            return c.GET('/api/v1/shortages/bundles', options) as Promise<Answer<string>>;
        }
      }),
    organisations: async (query: QueryOf<'listOrganisations'> = {}) => orFail(await read((c, init) => c.GET('/api/v1/organisations', { params: { query }, ...init }))),
    organisation: async (idOrSlug: string) =>
      orNull(await read((c, init) => c.GET('/api/v1/organisations/{id}', { ...id(idOrSlug), ...init }))),
    opportunities: async (query: QueryOf<'listOpportunities'> = {}) => orFail(await read((c, init) => c.GET('/api/v1/opportunities', { params: { query }, ...init }))),
    opportunity: async (opportunityId: string) => orNull(await read((c, init) => c.GET('/api/v1/opportunities/{id}', { ...id(opportunityId), ...init }))),
    offerings: async (query: QueryOf<'listOfferings'> = {}) => orFail(await read((c, init) => c.GET('/api/v1/offerings', { params: { query }, ...init }))),
    offering: async (offeringId: string) => orNull(await read((c, init) => c.GET('/api/v1/offerings/{id}', { ...id(offeringId), ...init }))),
    /** The page words its own answer to a problem (search unavailable, bad parameters), so this returns the result. */
    search: <C extends SearchCollection>(collection: C, { filters, ...query }: SearchApiQuery) =>
      read<SearchAnswer<C>>(async (c, init) => {
        // Each collection has its own path and facet parameters; the page's facet values were read from its URL.
        const path = `/api/v1/search/${collection}` as '/api/v1/search/opportunities';
        const answer = await c.GET(path, { params: { query: { ...filters, ...query } as QueryOf<'searchOpportunities'> }, ...init });
        return answer as Answer<SearchAnswer<C>>;
      }),
    /** One skill, or null when there is none by that URI or it cannot be read now. */
    skill: async (uri: string) => {
      const result = await read((c, init) => c.GET('/api/v1/skills/{uri}', { params: { path: { uri } }, ...init }));
      return result.ok ? result.data : null;
    },

    /** One student profile as the caller may see it; null when there is none or it is not visible to them. */
    student: async (profileId: string) => orNull(await read((c, init) => c.GET('/api/v1/students/{id}', { ...id(profileId), ...init }))),
    /** Occupations by their English or Bulgarian labels, typos tolerated. */
    suggestOccupations: async (q: string, limit = 10) =>
      orFail(await read((c, init) => c.GET('/api/v1/occupations/suggest', { params: { query: { q, limit } }, ...init }))),
    /** The same lookup for a form, whose page words a problem itself, so this returns the result. */
    findOccupations: (q: string, limit = 10) => as('none', (c, init) => c.GET('/api/v1/occupations/suggest', { params: { query: { q, limit } }, ...init })),
    /** Occupations that fit a title and skills, best first; for a form's suggestions, so this returns the result. */
    inferOccupations: (body: BodyOf<'inferOccupations'>) => as('none', (c, init) => c.POST('/api/v1/occupations/infer', { body, ...init })),
    /** Students ranked for an opportunity; the page words a 403 itself, so this returns the result. */
    candidates: (opportunityId: string, query: QueryOf<'listCandidates'> = {}) =>
      as('required', (c, init) => c.GET('/api/v1/opportunities/{id}/candidates', { params: { path: { id: opportunityId }, query }, ...init })),
    /** "Fits you": open opportunities ranked for the signed-in student. */
    opportunitiesForMe: async (query: QueryOf<'listOpportunitiesForMe'> = {}) =>
      orFail(await as('required', (c, init) => c.GET('/api/v1/me/opportunities', { params: { query }, ...init }))),
    /** Trainings that teach an opportunity's skills; a section of its page, so a problem is the page's to word. */
    offeringsForOpportunity: (opportunityId: string, query: QueryOf<'listOfferingsForOpportunity'> = {}) =>
      read((c, init) => c.GET('/api/v1/opportunities/{id}/offerings', { params: { path: { id: opportunityId }, query }, ...init })),
    /** Open needs an offering covers; a section of its page. */
    opportunitiesForOffering: (offeringId: string, query: QueryOf<'listOpportunitiesForOffering'> = {}) =>
      read((c, init) => c.GET('/api/v1/offerings/{id}/opportunities', { params: { path: { id: offeringId }, query }, ...init })),
    /** The signed-in student's gap against an occupation or an opportunity, with the learning path. */
    gap: (query: QueryOf<'getGapForMe'>) => as('required', (c, init) => c.GET('/api/v1/me/gap', { params: { query }, ...init })),
    /** The same, for a section of a public page: without a session it is simply not there (a 401 result). */
    /** The signed-in student's fit alone, for a page that shows it beside the record. */
    fitIfSignedIn: (query: QueryOf<'getFitForMe'>) => read((c, init) => c.GET('/api/v1/me/fit', { params: { query }, ...init })),

    signUp: (body: BodyOf<'signUp'>) => as('none', (c, init) => c.POST('/api/v1/auth/sign-up', { body, ...init })),
    signIn: (body: BodyOf<'signIn'>) => as('none', (c, init) => c.POST('/api/v1/auth/sign-in', { body, ...init })),
    signOut: () => as('current', (c, init) => c.POST('/api/v1/auth/sign-out', init)),
    verifyEmail: (token: string, password: string) => as('none', (c, init) => c.POST('/api/v1/auth/verify-email', { body: { token, password }, ...init })),
    requestPasswordReset: (email: string) => as('none', (c, init) => c.POST('/api/v1/auth/password-reset/request', { body: { email }, ...init })),
    resetPassword: (token: string, password: string) =>
      as('none', (c, init) => c.POST('/api/v1/auth/password-reset/confirm', { body: { token, password }, ...init })),
    resendVerification: () => as('required', (c, init) => c.POST('/api/v1/auth/resend-verification', init)),

    myStudentProfile: (profileId: string) => as('required', (c, init) => c.GET('/api/v1/students/{id}', { ...id(profileId), ...init })),
    createStudentProfile: (body: BodyOf<'createStudentProfile'>) => as('required', (c, init) => c.POST('/api/v1/students', { body, ...init })),
    updateStudentProfile: (profileId: string, body: BodyOf<'updateStudentProfile'>) =>
      as('required', (c, init) => c.PATCH('/api/v1/students/{id}', { ...id(profileId), body, ...init })),
    inbox: (query: QueryOf<'listMyNotifications'> = {}) => as('required', (c, init) => c.GET('/api/v1/me/notifications', { params: { query }, ...init })),
    markRead: (body: BodyOf<'markMyNotificationsRead'>) => as('required', (c, init) => c.POST('/api/v1/me/notifications/read', { body, ...init })),
    profileViews: () => as('required', (c, init) => c.GET('/api/v1/me/profile-views', init)),
    deleteAccount: (password: string) => as('required', (c, init) => c.DELETE('/api/v1/me', { body: { password }, ...init })),
    applicants: (opportunityId: string, query: QueryOf<'listApplications'> = {}) =>
      as('required', (c, init) => c.GET('/api/v1/opportunities/{id}/applications', { params: { path: { id: opportunityId }, query }, ...init })),
    myApplications: (query: { opportunity?: string } = {}) =>
      as('required', (c, init) => c.GET('/api/v1/me/applications', { params: { query }, ...init })),
    /** Respond to a need: put one of your organisation's published offerings forward for an opportunity. */
    respondToNeed: (opportunityId: string, body: BodyOf<'createNeedResponse'>) =>
      as('required', (c, init) => c.POST('/api/v1/opportunities/{id}/responses', { ...id(opportunityId), body, ...init })),
    needResponses: (opportunityId: string) => as('required', (c, init) => c.GET('/api/v1/opportunities/{id}/responses', { ...id(opportunityId), ...init })),
    withdrawNeedResponse: (opportunityId: string, responseId: string) =>
      as('required', (c, init) => c.DELETE('/api/v1/opportunities/{id}/responses/{responseId}', { params: { path: { id: opportunityId, responseId } }, ...init })),
    demandAlerts: () => as('required', (c, init) => c.GET('/api/v1/me/demand-alerts', init)),
    createDemandAlert: (body: BodyOf<'createDemandAlert'>) => as('required', (c, init) => c.POST('/api/v1/me/demand-alerts', { body, ...init })),
    deleteDemandAlert: (alertId: string) => as('required', (c, init) => c.DELETE('/api/v1/me/demand-alerts/{id}', { ...id(alertId), ...init })),
    apply: (opportunityId: string, message: string) =>
      as('required', (c, init) => c.POST('/api/v1/opportunities/{id}/applications', { ...id(opportunityId), body: { message }, ...init })),
    updateApplication: (applicationId: string, body: BodyOf<'updateApplication'>) =>
      as('required', (c, init) => c.PATCH('/api/v1/applications/{id}', { ...id(applicationId), body, ...init })),
    acceptInvitation: (token: string) => as('required', (c, init) => c.POST('/api/v1/invitations/accept', { body: { token }, ...init })),

    suggestSkills: (q: string, limit = 8) => as('none', (c, init) => c.GET('/api/v1/skills/suggest', { params: { query: { q, limit } }, ...init })),
    extractSkills: (text: string) => as('none', (c, init) => c.POST('/api/v1/skills/extract', { body: { text }, ...init })),
    createOrganisation: (body: BodyOf<'createOrganisation'>) => as('required', (c, init) => c.POST('/api/v1/organisations', { body, ...init })),
    updateOrganisation: (organisationId: string, body: BodyOf<'updateOrganisation'>) =>
      as('required', (c, init) => c.PATCH('/api/v1/organisations/{id}', { ...id(organisationId), body, ...init })),
    members: (organisationId: string) => as('required', (c, init) => c.GET('/api/v1/organisations/{id}/members', { ...id(organisationId), ...init })),
    invitations: (organisationId: string) => as('required', (c, init) => c.GET('/api/v1/organisations/{id}/invitations', { ...id(organisationId), ...init })),
    invite: (organisationId: string, body: BodyOf<'createInvitation'>) =>
      as('required', (c, init) => c.POST('/api/v1/organisations/{id}/invitations', { ...id(organisationId), body, ...init })),
    updateMemberRole: (organisationId: string, userId: string, body: BodyOf<'updateMemberRole'>) =>
      as('required', (c, init) => c.PATCH('/api/v1/organisations/{id}/members/{userId}', { params: { path: { id: organisationId, userId } }, body, ...init })),
    removeMember: (organisationId: string, userId: string) =>
      as('required', (c, init) => c.DELETE('/api/v1/organisations/{id}/members/{userId}', { params: { path: { id: organisationId, userId } }, ...init })),
    createOpportunity: (body: BodyOf<'createOpportunity'>) => as('required', (c, init) => c.POST('/api/v1/opportunities', { body, ...init })),
    updateOpportunity: (opportunityId: string, body: BodyOf<'updateOpportunity'>) =>
      as('required', (c, init) => c.PATCH('/api/v1/opportunities/{id}', { ...id(opportunityId), body, ...init })),
    createOffering: (body: BodyOf<'createOffering'>) => as('required', (c, init) => c.POST('/api/v1/offerings', { body, ...init })),
    updateOffering: (offeringId: string, body: BodyOf<'updateOffering'>) =>
      as('required', (c, init) => c.PATCH('/api/v1/offerings/{id}', { ...id(offeringId), body, ...init })),

    // The cluster administrators' console.
    organisationsForReview: (query: QueryOf<'listOrganisationsForReview'>) =>
      as('required', (c, init) => c.GET('/api/v1/admin/organisations', { params: { query }, ...init })),
    decideVerification: (organisationId: string, body: BodyOf<'verifyOrganisation'>) =>
      as('required', (c, init) => c.POST('/api/v1/organisations/{id}/verification', { ...id(organisationId), body, ...init })),
    curation: (query: QueryOf<'listCuration'>) => as('required', (c, init) => c.GET('/api/v1/admin/skills', { params: { query }, ...init })),
    createLocalSkill: (body: BodyOf<'createLocalSkill'>) => as('required', (c, init) => c.POST('/api/v1/skills', { body, ...init })),
    updateLocalSkill: (uri: string, body: BodyOf<'updateLocalSkill'>) =>
      as('required', (c, init) => c.PATCH('/api/v1/skills/{uri}', { params: { path: { uri } }, body, ...init })),
    deleteLocalSkill: (uri: string) => as('required', (c, init) => c.DELETE('/api/v1/skills/{uri}', { params: { path: { uri } }, ...init })),
    addAlias: (uri: string, alias: string) =>
      as('required', (c, init) => c.POST('/api/v1/skills/{uri}/aliases', { params: { path: { uri } }, body: { alias }, ...init })),
    updateAlias: (aliasId: string, alias: string) =>
      as('required', (c, init) => c.PATCH('/api/v1/skill-aliases/{id}', { ...id(aliasId), body: { alias }, ...init })),
    deleteAlias: (aliasId: string) => as('required', (c, init) => c.DELETE('/api/v1/skill-aliases/{id}', { ...id(aliasId), ...init })),
    users: (query: QueryOf<'listUsers'>) => as('required', (c, init) => c.GET('/api/v1/admin/users', { params: { query }, ...init })),
    auditLog: (query: QueryOf<'listAuditLog'>) => as('required', (c, init) => c.GET('/api/v1/admin/audit', { params: { query }, ...init })),

    /** The data export as the API sends it (its body, unread), to stream on to the browser. */
    exportData: () => as('required', (c, init) => c.GET('/api/v1/me/export', { ...init, parseAs: 'stream' })),
  };
}

export type Api = ReturnType<typeof createApi>;
