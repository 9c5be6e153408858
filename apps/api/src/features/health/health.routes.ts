import { createRoute } from '@hono/zod-openapi';
import { errorResponseSchema, healthSchema } from '@kc/contract';
import { access, json } from '../../lib/route-specs.ts';

export const healthRoutes = {
  health: createRoute({
    method: 'get',
    path: '/api/health',
    operationId: 'getHealth',
    tags: ['Operations'],
    ...access('public'),
    summary: 'Database kind, schema version, the loaded ESCO release, the search engine and its lag',
    responses: {
      200: json(healthSchema, 'The service is up (status says whether it is fully ready)'),
      400: json(errorResponseSchema, 'The address contains a NUL character'),
    },
  }),
};
