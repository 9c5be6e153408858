import { createRoute } from '@hono/zod-openapi';
import {
  occupationListQuery,
  occupationSchema,
  occupationSummarySchema,
  pageOf,
  skillListQuery,
  skillSchema,
  skillSummarySchema,
  uriParam,
} from '@kc/contract';
import { access, errorResponses, json } from '../../lib/route-specs.ts';

const uriNote = 'The concept URI goes into the path URL-encoded, e.g. `/api/v1/skills/http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2F…`.';

export const taxonomyRoutes = {
  listSkills: createRoute({
    method: 'get',
    path: '/api/v1/skills',
    tags: ['Taxonomy'],
    ...access('public'),
    summary: 'List skills, optionally by preferred-label prefix',
    request: { query: skillListQuery },
    responses: { 200: json(pageOf(skillSummarySchema), 'A page of skills'), 400: errorResponses[400] },
  }),
  readSkill: createRoute({
    method: 'get',
    path: '/api/v1/skills/{uri}',
    tags: ['Taxonomy'],
    ...access('public'),
    summary: 'Read one skill with its broader, narrower and related concepts',
    description: uriNote,
    request: { params: uriParam },
    responses: { 200: json(skillSchema, 'The skill'), 404: errorResponses[404] },
  }),
  listOccupations: createRoute({
    method: 'get',
    path: '/api/v1/occupations',
    tags: ['Taxonomy'],
    ...access('public'),
    summary: 'List occupations, optionally by preferred-label prefix or ISCO group',
    request: { query: occupationListQuery },
    responses: { 200: json(pageOf(occupationSummarySchema), 'A page of occupations'), 400: errorResponses[400] },
  }),
  readOccupation: createRoute({
    method: 'get',
    path: '/api/v1/occupations/{uri}',
    tags: ['Taxonomy'],
    ...access('public'),
    summary: 'Read one occupation with its essential and optional skills',
    description: uriNote,
    request: { params: uriParam },
    responses: { 200: json(occupationSchema, 'The occupation'), 404: errorResponses[404] },
  }),
};
