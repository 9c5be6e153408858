import { createRoute } from '@hono/zod-openapi';
import { shortagesQuery, shortagesSchema } from '@kc/contract';
import { access, errorResponses as e, json } from '../../lib/route-specs.ts';

export const shortageRoutes = {
  top: createRoute({
    method: 'get',
    path: '/api/v1/shortages',
    operationId: 'listShortages',
    tags: ['Shortages'],
    ...access('public', 'view=cluster: cluster administrators only'),
    summary: 'The skills the city is shortest of today: demand from open postings against students and training places (docs/SHORTAGE-MEASURES.md)',
    request: { query: shortagesQuery },
    responses: { 200: json(shortagesSchema, 'The top shortages'), 400: e[400], 401: e[401], 403: e[403] },
  }),
};
