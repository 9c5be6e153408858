import { createRoute } from '@hono/zod-openapi';
import {
  providerCoverageSchema,
  shortageGroupsQuery,
  shortageSlicesSchema,
  shortagesQuery,
  shortagesSchema,
  shortageTrendQuery,
  shortageTrendSchema,
  skillBundlesQuery,
  skillBundlesSchema,
  skillGroupShortagesSchema,
  unfilledCausesQuery,
  unfilledCausesSchema,
  unmetDemandSchema,
  uuidParam,
} from '@kc/contract';
import { z } from 'zod';
import { access, errorResponses as e, json } from '../../lib/route-specs.ts';

const tags = ['Shortages'];
const clusterNote = 'view=cluster: cluster administrators only';
const measures = '(docs/SHORTAGE-MEASURES.md)';

/** The table as JSON, or with format=csv as a spreadsheet file. */
const table = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema }, 'text/csv': { schema: z.string() } },
  description,
});

export const shortageRoutes = {
  top: createRoute({
    method: 'get',
    path: '/api/v1/shortages',
    operationId: 'listShortages',
    tags,
    ...access('public', clusterNote),
    summary: `The skills the city is shortest of, today or in a month's snapshot: demand from open postings against students and training places ${measures}`,
    request: { query: shortagesQuery },
    responses: { 200: table(shortagesSchema, 'The top shortages'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
  }),
  unmet: createRoute({
    method: 'get',
    path: '/api/v1/shortages/unmet',
    operationId: 'listUnmetDemand',
    tags,
    ...access('public', clusterNote),
    summary: `Skills in demand that no published offering teaches, with the positions and organisations behind each ${measures}`,
    request: { query: shortagesQuery },
    responses: { 200: table(unmetDemandSchema, 'The unmet demand'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
  }),
  groups: createRoute({
    method: 'get',
    path: '/api/v1/shortages/groups',
    operationId: 'listSkillGroupShortages',
    tags,
    ...access('public', clusterNote),
    summary: `Shortage by ESCO skill group, the top-level groups and the groups under them ${measures}`,
    request: { query: shortageGroupsQuery },
    responses: { 200: table(skillGroupShortagesSchema, 'Demand and supply by group'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
  }),
  trend: createRoute({
    method: 'get',
    path: '/api/v1/shortages/trend',
    operationId: 'getShortageTrend',
    tags,
    ...access('public', clusterNote),
    summary: `Demand and supply month by month from the monthly snapshots, for a skill, a group or all demand, with growth and a projection where history allows ${measures}`,
    request: { query: shortageTrendQuery },
    responses: { 200: table(shortageTrendSchema, 'The trend'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
  }),
  causes: createRoute({
    method: 'get',
    path: '/api/v1/shortages/causes',
    operationId: 'getUnfilledCauses',
    tags,
    ...access('public'),
    summary: `Why postings closed unfilled, as shares of the causes their organisations gave; small and dominated counts suppressed for everyone ${measures}`,
    request: { query: unfilledCausesQuery },
    responses: { 200: table(unfilledCausesSchema, 'The causes'), 400: e[400] },
  }),
  bundles: createRoute({
    method: 'get',
    path: '/api/v1/shortages/bundles',
    operationId: 'listSkillBundles',
    tags,
    ...access('public'),
    summary: `Suggested offerings: pairs of skills open postings ask for together that no published offering teaches together ${measures}`,
    request: { query: skillBundlesQuery },
    responses: { 200: table(skillBundlesSchema, 'The pairs'), 400: e[400] },
  }),
  provider: createRoute({
    method: 'get',
    path: '/api/v1/shortages/providers/{id}',
    operationId: 'getProviderCoverage',
    tags,
    ...access('public'),
    summary: "How an organisation's published offerings meet today's demand, skill by skill, and the skills in demand it teaches nowhere (public figures)",
    request: { params: uuidParam },
    responses: { 200: json(providerCoverageSchema, 'The coverage'), 400: e[400], 404: e[404] },
  }),
  slices: createRoute({
    method: 'get',
    path: '/api/v1/shortages/slices',
    operationId: 'getShortageSlices',
    tags,
    ...access('public'),
    summary: 'What the shortage views can be sliced by: sectors and occupations with open demand, and the months recorded',
    responses: { 200: json(shortageSlicesSchema, 'The slices'), 400: e[400] },
  }),
};
