import { createRoute } from '@hono/zod-openapi';
import {
  candidatePageSchema,
  fittingOpportunitiesQuery,
  fittingOpportunityPageSchema,
  fitQuery,
  gapQuery,
  gapSchema,
  myFitSchema,
  rankedQuery,
  teachingOfferingPageSchema,
  uuidParam,
} from '@kc/contract';
import { access, errorResponses as errors, json } from '../../lib/route-specs.ts';

const tags = ['Matching'];
const ranking =
  'Ranked by fit (0–100), best first; each item explains its fit requirement by requirement: matched, partial (with the relation that gave the credit) or missing, and any level shortfall. The search engine shortlists the records that share skills (at most 500); `considered` says how many were scored.';

export const matchingRoutes = {
  candidates: createRoute({
    method: 'get',
    path: '/api/v1/opportunities/{id}/candidates',
    operationId: 'listCandidates',
    tags,
    summary: 'Students ranked for an opportunity, with the reasons',
    description: `${ranking} Only profiles the caller may find by their visibility; never a private one.`,
    ...access('organisation-member', "Members of the opportunity's organisation and cluster administrators"),
    request: { params: uuidParam, query: rankedQuery },
    responses: { 200: json(candidatePageSchema, 'A page of candidates'), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 503: errors[503] },
  }),
  offeringsForOpportunity: createRoute({
    method: 'get',
    path: '/api/v1/opportunities/{id}/offerings',
    operationId: 'listOfferingsForOpportunity',
    tags,
    summary: "Trainings that teach an opportunity's skills",
    description: `${ranking} The fit is how much of the need the offering's taught skills cover.`,
    ...access('public'),
    request: { params: uuidParam, query: rankedQuery },
    responses: { 200: json(teachingOfferingPageSchema, 'A page of offerings'), 400: errors[400], 404: errors[404], 503: errors[503] },
  }),
  opportunitiesForOffering: createRoute({
    method: 'get',
    path: '/api/v1/offerings/{id}/opportunities',
    operationId: 'listOpportunitiesForOffering',
    tags,
    summary: 'Open needs an offering covers',
    description: `${ranking} The fit is how much of each need the offering's taught skills cover.`,
    ...access('public'),
    request: { params: uuidParam, query: rankedQuery },
    responses: { 200: json(fittingOpportunityPageSchema, 'A page of opportunities'), 400: errors[400], 404: errors[404], 503: errors[503] },
  }),
  opportunitiesForMe: createRoute({
    method: 'get',
    path: '/api/v1/me/opportunities',
    operationId: 'listOpportunitiesForMe',
    tags,
    summary: 'Open opportunities that fit the signed-in student',
    description: `${ranking} Empty until the student's profile lists skills.`,
    ...access('signed-in'),
    request: { query: fittingOpportunitiesQuery },
    responses: { 200: json(fittingOpportunityPageSchema, 'A page of opportunities'), 400: errors[400], 401: errors[401], 503: errors[503] },
  }),
  fitForMe: createRoute({
    method: 'get',
    path: '/api/v1/me/fit',
    operationId: 'getFitForMe',
    tags,
    summary: "The signed-in student's fit for an occupation or an opportunity",
    description: 'The fit now, explained requirement by requirement, without a learning path (see `/api/v1/me/gap`). An unknown occupation URI is refused with 422.',
    ...access('signed-in'),
    request: { query: fitQuery },
    responses: { 200: json(myFitSchema, 'The fit'), 400: errors[400], 401: errors[401], 404: errors[404], 422: errors[422], 503: errors[503] },
  }),
  gapForMe: createRoute({
    method: 'get',
    path: '/api/v1/me/gap',
    operationId: 'getGapForMe',
    tags,
    summary: "The signed-in student's gap against an occupation or an opportunity, and the learning path that closes it",
    description:
      'The fit now, then the published offerings that raise it at least cost (hours, money or number of offerings): each step with what it improves and the fit after it, and what no offering teaches. Exact for a few useful offerings, otherwise greedy within the stated bound. An unknown occupation URI is refused with 422.',
    ...access('signed-in'),
    request: { query: gapQuery },
    responses: { 200: json(gapSchema, 'The gap and the path'), 400: errors[400], 401: errors[401], 404: errors[404], 422: errors[422], 503: errors[503] },
  }),
};
