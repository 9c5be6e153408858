import { describe, expect, it } from 'vitest';
import { openApiDocument } from './app.ts';
import { ACCESS_LEVELS, RESPONSE_COMPONENTS } from '@kc/contract';

interface Operation {
  operationId?: string;
  'x-access'?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const document = openApiDocument();
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  METHODS.flatMap((method) => {
    const operation = (item as Record<string, Operation | undefined>)[method];
    return operation ? [{ key: `${method.toUpperCase()} ${path}`, operation }] : [];
  }),
);

/**
 * Generated clients name their methods after the operation ids, so renaming one breaks them:
 * a new route gets its id here on purpose, an existing one keeps its id.
 */
const OPERATION_IDS: Record<string, string> = {
  'GET /api/health': 'getHealth',
  'GET /api/v1/figures': 'getClusterFigures',
  'GET /api/v1/shortages': 'listShortages',
  'GET /api/v1/shortages/unmet': 'listUnmetDemand',
  'GET /api/v1/shortages/groups': 'listSkillGroupShortages',
  'GET /api/v1/shortages/trend': 'getShortageTrend',
  'GET /api/v1/shortages/causes': 'getUnfilledCauses',
  'GET /api/v1/shortages/slices': 'getShortageSlices',
  'GET /api/v1/shortages/bundles': 'listSkillBundles',
  'GET /api/v1/shortages/providers/{id}': 'getProviderCoverage',
  'POST /api/v1/opportunities/{id}/responses': 'createNeedResponse',
  'GET /api/v1/opportunities/{id}/responses': 'listNeedResponses',
  'DELETE /api/v1/opportunities/{id}/responses/{responseId}': 'deleteNeedResponse',
  'GET /api/v1/me/demand-alerts': 'listDemandAlerts',
  'POST /api/v1/me/demand-alerts': 'createDemandAlert',
  'DELETE /api/v1/me/demand-alerts/{id}': 'deleteDemandAlert',
  'GET /api/v1/organisations': 'listOrganisations',
  'GET /api/v1/organisations/{id}': 'getOrganisation',
  'POST /api/v1/organisations': 'createOrganisation',
  'PATCH /api/v1/organisations/{id}': 'updateOrganisation',
  'DELETE /api/v1/organisations/{id}': 'deleteOrganisation',
  'GET /api/v1/opportunities': 'listOpportunities',
  'GET /api/v1/opportunities/{id}': 'getOpportunity',
  'POST /api/v1/opportunities': 'createOpportunity',
  'PATCH /api/v1/opportunities/{id}': 'updateOpportunity',
  'DELETE /api/v1/opportunities/{id}': 'deleteOpportunity',
  'GET /api/v1/offerings': 'listOfferings',
  'GET /api/v1/offerings/{id}': 'getOffering',
  'POST /api/v1/offerings': 'createOffering',
  'PATCH /api/v1/offerings/{id}': 'updateOffering',
  'DELETE /api/v1/offerings/{id}': 'deleteOffering',
  'GET /api/v1/students': 'listStudentProfiles',
  'GET /api/v1/students/{id}': 'getStudentProfile',
  'POST /api/v1/students': 'createStudentProfile',
  'PATCH /api/v1/students/{id}': 'updateStudentProfile',
  'DELETE /api/v1/students/{id}': 'deleteStudentProfile',
  'GET /api/v1/skills/suggest': 'suggestSkills',
  'POST /api/v1/skills/extract': 'extractSkills',
  'GET /api/v1/skills': 'listSkills',
  'GET /api/v1/skills/{uri}': 'getSkill',
  'POST /api/v1/skills': 'createLocalSkill',
  'DELETE /api/v1/skills/{uri}': 'deleteLocalSkill',
  'POST /api/v1/skills/{uri}/aliases': 'createSkillAlias',
  'DELETE /api/v1/skill-aliases/{id}': 'deleteSkillAlias',
  'GET /api/v1/occupations': 'listOccupations',
  'GET /api/v1/occupations/{uri}': 'getOccupation',
  'GET /api/v1/occupations/suggest': 'suggestOccupations',
  'POST /api/v1/auth/sign-up': 'signUp',
  'POST /api/v1/auth/sign-in': 'signIn',
  'POST /api/v1/auth/sign-out': 'signOut',
  'GET /api/v1/auth/session': 'getSession',
  'POST /api/v1/auth/verify-email': 'verifyEmail',
  'POST /api/v1/auth/resend-verification': 'resendVerification',
  'POST /api/v1/auth/password-reset/request': 'requestPasswordReset',
  'POST /api/v1/auth/password-reset/confirm': 'resetPassword',
  'GET /api/v1/me': 'getMe',
  'DELETE /api/v1/me': 'deleteMyAccount',
  'GET /api/v1/me/export': 'exportMyData',
  'GET /api/v1/me/profile-views': 'listMyProfileViews',
  'GET /api/v1/me/applications': 'listMyApplications',
  'GET /api/v1/me/notifications': 'listMyNotifications',
  'GET /api/v1/admin/organisations': 'listOrganisationsForReview',
  'GET /api/v1/admin/skills': 'listCuration',
  'PATCH /api/v1/skills/{uri}': 'updateLocalSkill',
  'PATCH /api/v1/skill-aliases/{id}': 'updateSkillAlias',
  'GET /api/v1/admin/users': 'listUsers',
  'GET /api/v1/admin/audit': 'listAuditLog',
  'POST /api/v1/me/notifications/read': 'markMyNotificationsRead',
  'GET /api/v1/organisations/{id}/members': 'listMembers',
  'DELETE /api/v1/organisations/{id}/members/{userId}': 'removeMember',
  'PATCH /api/v1/organisations/{id}/members/{userId}': 'updateMemberRole',
  'POST /api/v1/organisations/{id}/invitations': 'createInvitation',
  'GET /api/v1/organisations/{id}/invitations': 'listInvitations',
  'POST /api/v1/invitations/accept': 'acceptInvitation',
  'POST /api/v1/organisations/{id}/verification': 'verifyOrganisation',
  'POST /api/v1/opportunities/{id}/applications': 'createApplication',
  'GET /api/v1/opportunities/{id}/applications': 'listApplications',
  'PATCH /api/v1/applications/{id}': 'updateApplication',
  'GET /api/v1/search/opportunities': 'searchOpportunities',
  'GET /api/v1/search/students': 'searchStudents',
  'GET /api/v1/search/offerings': 'searchOfferings',
  'GET /api/v1/search/organisations': 'searchOrganisations',
  'GET /api/v1/search/skills': 'searchSkills',
  'GET /api/v1/opportunities/{id}/candidates': 'listCandidates',
  'GET /api/v1/opportunities/{id}/offerings': 'listOfferingsForOpportunity',
  'GET /api/v1/offerings/{id}/opportunities': 'listOpportunitiesForOffering',
  'GET /api/v1/me/opportunities': 'listOpportunitiesForMe',
  'GET /api/v1/me/fit': 'getFitForMe',
  'GET /api/v1/me/gap': 'getGapForMe',
  'POST /api/v1/occupations/infer': 'inferOccupations',
};

const statuses = (operation: Operation) => Object.keys(operation.responses ?? {});

describe('the OpenAPI document, as tools and generated clients read it', () => {
  it('names every operation with the id clients know it by, each once, in camelCase', () => {
    expect(Object.fromEntries(operations.map(({ key, operation }) => [key, operation.operationId]))).toEqual(OPERATION_IDS);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:[A-Z][a-z]*)*$/);
  });

  it('states its server and a licence with a link', () => {
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(document.info.license?.name).toMatch(/2011\/833\/EU/);
    expect(document.info.license?.url).toBe('https://eur-lex.europa.eu/eli/dec/2011/833/oj');
  });

  it('gives every operation a success and a client-error answer: 401 where the caller must sign in, 400 where input is validated', () => {
    const wrong: string[] = [];
    for (const { key, operation } of operations) {
      const codes = statuses(operation);
      if (!codes.some((code) => code.startsWith('2'))) wrong.push(`${key}: no 2xx`);
      if (!codes.some((code) => code.startsWith('4'))) wrong.push(`${key}: no 4xx`);
      if (!(String(operation['x-access']) in ACCESS_LEVELS)) wrong.push(`${key}: x-access ${String(operation['x-access'])}`);
      if (operation['x-access'] !== 'public' && !codes.includes('401')) wrong.push(`${key}: not public, no 401`);
      if ((operation.parameters?.length || operation.requestBody) && !codes.includes('400')) wrong.push(`${key}: validates input, no 400`);
    }
    expect(wrong).toEqual([]);
  });

  it('names the response shapes, and answers with them by reference, so clients get one type per shape', () => {
    const schemas = document.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(Object.keys(RESPONSE_COMPONENTS)));
    const answer = (key: string, status: string) => {
      const operation = operations.find((o) => o.key === key)?.operation;
      return (operation?.responses?.[status] as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.['application/json']?.schema;
    };
    expect(answer('GET /api/v1/opportunities/{id}', '200')).toEqual({ $ref: '#/components/schemas/Opportunity' });
    expect(answer('POST /api/v1/auth/sign-in', '200')).toEqual({ $ref: '#/components/schemas/SignedIn' });
    expect(answer('GET /api/v1/opportunities/{id}', '404')).toEqual({ $ref: '#/components/schemas/ErrorResponse' });
    // Each search answers with its own collection's documents.
    const hits = (answer('GET /api/v1/search/students', '200') as { properties: { hits: { items: { properties: { document: unknown } } } } }).properties.hits;
    expect(hits.items.properties.document).toEqual({ $ref: '#/components/schemas/StudentDocument' });
  });
});
