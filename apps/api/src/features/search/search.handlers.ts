import { SEARCH_COLLECTIONS, SEARCH_SPECS, type SearchCollection } from '@kc/contract';
import { createRouter } from '../../lib/router.ts';
import { searchCollection } from '../../services/search.service.ts';
import { searchRoutes as routes } from './search.routes.ts';

type SearchParameters = { q?: string; skill?: string[]; sort?: string; page: number; pageSize: number } & Record<string, unknown>;

/** Facet parameters of the query string, as the engines' filters. */
function facetFilters(collection: SearchCollection, query: SearchParameters): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const { field } of SEARCH_SPECS[collection].facets) {
    const values = query[field];
    if (Array.isArray(values) && values.length > 0) filters[field] = values as string[];
  }
  return filters;
}

/** One route per collection, all answered alike. */
export const searchRouter = createRouter();
for (const collection of SEARCH_COLLECTIONS) {
  searchRouter.openapi(routes[collection], async (c) => {
    const query = c.req.valid('query' as never) as SearchParameters;
    const result = await searchCollection(c.var.deps, c.var.actor, collection, {
      q: query.q,
      skill: query.skill,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
      filters: facetFilters(collection, query),
    });
    return c.json(result, 200);
  });
}
