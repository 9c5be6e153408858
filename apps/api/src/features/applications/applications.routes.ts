import { createRoute } from '@hono/zod-openapi';
import { applicantsPageSchema, applicantsQuery, applicationCreateSchema, applicationSchema, applicationUpdateSchema, uuidParam } from '@kc/contract';
import { access, errorResponses as e, json, jsonBody } from '../../lib/route-specs.ts';

const tags = ['Applications'];

export const applicationRoutes = {
  apply: createRoute({
    method: 'post',
    operationId: 'createApplication',
    path: '/api/v1/opportunities/{id}/applications',
    tags,
    ...access('signed-in', 'students with a profile'),
    summary: 'Apply to an open opportunity',
    request: { params: uuidParam, body: jsonBody(applicationCreateSchema) },
    responses: { 201: json(applicationSchema, 'Applied'), 400: e[400], 401: e[401], 403: e[403], 404: e[404], 409: e[409] },
  }),
  applicants: createRoute({
    method: 'get',
    operationId: 'listApplications',
    path: '/api/v1/opportunities/{id}/applications',
    tags,
    ...access('organisation-member'),
    summary: 'The applicants to an opportunity, newest first, by stage and page (a view of each, once a viewer a day, for the student)',
    request: { params: uuidParam, query: applicantsQuery },
    responses: { 200: json(applicantsPageSchema, 'Applications'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
  }),
  update: createRoute({
    method: 'patch',
    operationId: 'updateApplication',
    path: '/api/v1/applications/{id}',
    tags,
    ...access('organisation-member', 'the applicant may withdraw'),
    summary: 'Move an application on: shortlist, reject, accept, or withdraw',
    request: { params: uuidParam, body: jsonBody(applicationUpdateSchema) },
    responses: { 200: json(applicationSchema, 'The application'), 400: e[400], 401: e[401], 403: e[403], 404: e[404], 409: e[409] },
  }),
};
