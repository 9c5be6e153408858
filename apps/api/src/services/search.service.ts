import {
  SEARCH_INTERNAL_FIELDS,
  SEARCH_SPECS,
  type HighlightSegment,
  type SearchCollection,
  type SearchResponse,
} from '@kc/contract';
import { highlight, profileVisibilitiesFor, SearchTimeoutError, SearchUnavailableError, type FoundDocument } from '@kc/search';
import type { AppDeps } from '../context.ts';
import type { Actor } from '../actor.ts';
import { ApiError } from '../lib/errors.ts';

export interface SearchRequest {
  q?: string;
  skill?: string[];
  sort?: string;
  page: number;
  pageSize: number;
  /** Facet field → accepted values. */
  filters: Record<string, string[]>;
}

/** Fields long enough to be cut to the part around the first match. */
const SNIPPET_FIELDS = new Set(['description', 'about']);

function publicDocument(document: FoundDocument): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...document };
  for (const field of SEARCH_INTERNAL_FIELDS) delete copy[field];
  return copy;
}

function highlights(collection: SearchCollection, document: FoundDocument, q: string): Record<string, HighlightSegment[]> {
  const fields = document as unknown as Record<string, unknown>;
  return Object.fromEntries(
    SEARCH_SPECS[collection].highlight.map((field) => {
      const value = fields[field];
      return [field, highlight(typeof value === 'string' ? value : '', q, { snippet: SNIPPET_FIELDS.has(field) })];
    }),
  );
}

export async function searchCollection<C extends SearchCollection>(
  deps: AppDeps,
  actor: Actor,
  collection: C,
  request: SearchRequest,
): Promise<SearchResponse<C>> {
  const spec = SEARCH_SPECS[collection];
  const filters = { ...request.filters };
  if (collection === 'students') filters.visibility = profileVisibilitiesFor(actor);
  const q = request.q ?? '';
  const started = performance.now();
  let result;
  try {
    result = await deps.search.engine.search(collection, {
      q,
      filters,
      skills: request.skill,
      sort: request.sort === 'relevance' && !q ? undefined : request.sort,
      facets: spec.facets.map((f) => f.field),
      page: request.page,
      pageSize: request.pageSize,
    });
  } catch (error) {
    if (error instanceof SearchUnavailableError) {
      deps.log.warn('search engine unavailable', { collection, error: error.message });
      throw new ApiError('SERVICE_UNAVAILABLE', 'Search is unavailable at the moment; please try again shortly.');
    }
    // Cut short by the engine's time limit: nothing else was held up.
    if (error instanceof SearchTimeoutError) {
      throw new ApiError('SERVICE_UNAVAILABLE', 'This search took too long; try fewer or more specific words.', undefined, { 'retry-after': '1' });
    }
    throw error;
  }
  const tookMs = Math.round((performance.now() - started) * 10) / 10;
  return {
    collection,
    engine: deps.search.engine.name,
    q,
    hits: result.hits.map((hit) => ({
      document: publicDocument(hit.document) as never,
      highlights: highlights(collection, hit.document, q),
    })),
    facets: result.facets,
    page: request.page,
    pageSize: request.pageSize,
    total: result.total,
    tookMs,
  };
}
