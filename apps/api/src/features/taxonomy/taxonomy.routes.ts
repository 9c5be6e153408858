import { createRoute } from '@hono/zod-openapi';
import {
  aliasCreateSchema,
  aliasSchema,
  localSkillCreateSchema,
  occupationListQuery,
  occupationSchema,
  occupationSummarySchema,
  pageOf,
  skillListQuery,
  skillSchema,
  skillSummarySchema,
  uriParam,
  uuidParam,
} from '@kc/contract';
import type { z } from 'zod';
import { access, errorResponses, json } from '../../lib/route-specs.ts';

const uriNote = 'The concept URI goes into the path URL-encoded, e.g. `/api/v1/skills/http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2F…`.';

const jsonBody = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

export const taxonomyRoutes = {
  createLocalSkill: createRoute({
    method: 'post',
    path: '/api/v1/skills',
    tags: ['Taxonomy'],
    ...access('cluster-admin'),
    summary: 'Add a local skill (one ESCO lacks) under the ESCO skill it narrows',
    request: { body: jsonBody(localSkillCreateSchema) },
    responses: { 201: json(skillSchema, 'The new local skill'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 409: errorResponses[409], 422: errorResponses[422] },
  }),
  deleteLocalSkill: createRoute({
    method: 'delete',
    path: '/api/v1/skills/{uri}',
    tags: ['Taxonomy'],
    ...access('cluster-admin'),
    summary: 'Remove a local skill that nothing uses',
    description: uriNote,
    request: { params: uriParam },
    responses: { 204: { description: 'Removed' }, 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
  }),
  addAlias: createRoute({
    method: 'post',
    path: '/api/v1/skills/{uri}/aliases',
    tags: ['Taxonomy'],
    ...access('cluster-admin'),
    summary: 'Add a local alias for a skill (e.g. "k8s")',
    description: uriNote,
    request: { params: uriParam, body: jsonBody(aliasCreateSchema) },
    responses: { 201: json(aliasSchema, 'The alias'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
  }),
  deleteAlias: createRoute({
    method: 'delete',
    path: '/api/v1/skill-aliases/{id}',
    tags: ['Taxonomy'],
    ...access('cluster-admin'),
    summary: 'Remove a local alias',
    request: { params: uuidParam },
    responses: { 204: { description: 'Removed' }, 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
  }),
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
