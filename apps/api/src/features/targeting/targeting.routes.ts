import { createRoute } from '@hono/zod-openapi';
import { demandAlertCreateSchema, demandAlertSchema, demandAlertsSchema, needResponseCreateSchema, needResponseSchema, needResponsesSchema, uuidParam } from '@kc/contract';
import { z } from 'zod';
import { access, errorResponses as e, json, jsonBody } from '../../lib/route-specs.ts';

const tags = ['Shortages'];
const responseParams = z.object({ id: z.uuid(), responseId: z.uuid() });

export const targetingRoutes = {
  respond: createRoute({
    method: 'post',
    operationId: 'createNeedResponse',
    path: '/api/v1/opportunities/{id}/responses',
    tags,
    ...access('signed-in', "members of the offering's provider"),
    summary: "Respond to a need: put one of your organisation's published offerings forward for an open opportunity",
    request: { params: uuidParam, body: jsonBody(needResponseCreateSchema) },
    responses: { 201: json(needResponseSchema, 'Put forward'), 400: e[400], 401: e[401], 403: e[403], 404: e[404], 409: e[409], 422: e[422] },
  }),
  responses: createRoute({
    method: 'get',
    operationId: 'listNeedResponses',
    path: '/api/v1/opportunities/{id}/responses',
    tags,
    ...access('signed-in', "the opportunity's members and cluster administrators see all; a provider's members its own"),
    summary: 'The offerings put forward for an opportunity, newest first',
    request: { params: uuidParam },
    responses: { 200: json(needResponsesSchema, 'The responses'), 400: e[400], 401: e[401], 404: e[404] },
  }),
  withdraw: createRoute({
    method: 'delete',
    operationId: 'deleteNeedResponse',
    path: '/api/v1/opportunities/{id}/responses/{responseId}',
    tags,
    ...access('signed-in', "members of the responding provider"),
    summary: 'Take a response back',
    request: { params: responseParams },
    responses: { 204: { description: 'Taken back' }, 400: e[400], 401: e[401], 404: e[404] },
  }),
  alerts: createRoute({
    method: 'get',
    operationId: 'listDemandAlerts',
    path: '/api/v1/me/demand-alerts',
    tags,
    ...access('signed-in'),
    summary: 'Your demand alerts, newest first, with open positions at the last check',
    responses: { 200: json(demandAlertsSchema, 'The alerts'), 400: e[400], 401: e[401] },
  }),
  createAlert: createRoute({
    method: 'post',
    operationId: 'createDemandAlert',
    path: '/api/v1/me/demand-alerts',
    tags,
    ...access('signed-in'),
    summary: 'Be told in your inbox, once each time, when open positions asking for a skill or a skill group reach a threshold',
    request: { body: jsonBody(demandAlertCreateSchema) },
    responses: { 201: json(demandAlertSchema, 'Subscribed'), 400: e[400], 401: e[401], 409: e[409], 422: e[422] },
  }),
  deleteAlert: createRoute({
    method: 'delete',
    operationId: 'deleteDemandAlert',
    path: '/api/v1/me/demand-alerts/{id}',
    tags,
    ...access('signed-in', 'your own alerts'),
    summary: 'Remove one of your demand alerts',
    request: { params: uuidParam },
    responses: { 204: { description: 'Removed' }, 400: e[400], 401: e[401], 404: e[404] },
  }),
};
