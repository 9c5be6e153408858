import { createRoute } from '@hono/zod-openapi';
import { SEARCH_COLLECTIONS, SEARCH_SPECS, searchQuerySchema, searchResponseSchema, type SearchCollection } from '@kc/contract';
import { access, errorResponses as errors, json } from '../../lib/route-specs.ts';

function searchRoute(collection: SearchCollection) {
  return createRoute({
    method: 'get',
    path: `/api/v1/search/${collection}`,
    operationId: `search${collection.charAt(0).toUpperCase()}${collection.slice(1)}`,
    tags: ['Search'],
    summary: `Search ${SEARCH_SPECS[collection].label.toLowerCase()}`,
    description:
      collection === 'students'
        ? 'Public profiles for everyone; profiles shared with the cluster for members of verified organisations and cluster administrators. Private profiles are never indexed.'
        : collection === 'opportunities' || collection === 'offerings'
          ? 'Drafts are never indexed.'
          : 'Every record is indexed.',
    ...access('public'),
    request: { query: searchQuerySchema(collection) },
    responses: {
      200: json(searchResponseSchema(collection), 'Matching documents with highlights, facet counts and the total'),
      400: errors[400],
      503: errors[503],
    },
  });
}

/** One route per collection, since each has its own facet parameters. */
export const searchRoutes = Object.fromEntries(SEARCH_COLLECTIONS.map((c) => [c, searchRoute(c)])) as Record<SearchCollection, ReturnType<typeof searchRoute>>;
