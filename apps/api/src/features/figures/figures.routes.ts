import { createRoute } from '@hono/zod-openapi';
import { clusterFiguresSchema, errorResponseSchema } from '@kc/contract';
import { access, json } from '../../lib/route-specs.ts';

export const figuresRoutes = {
  clusterFigures: createRoute({
    method: 'get',
    path: '/api/v1/figures',
    operationId: 'getClusterFigures',
    tags: ['Cluster'],
    ...access('public'),
    summary: 'How many organisations, open opportunities, students and published trainings the cluster has',
    responses: {
      200: json(clusterFiguresSchema, 'The counts as of now'),
      400: json(errorResponseSchema, 'The address contains a NUL character'),
    },
  }),
};
