import { SEARCH_COLLECTIONS, SEARCH_SPECS, type SearchCollection } from '@kc/contract';
import { readEnum, readPage, readSearch } from '$lib/query';
import type { SearchHitView, SearchLocation } from '$lib/search';

const DEFAULT_COLLECTION: SearchCollection = 'opportunities';
const MAX_VALUE_LENGTH = 300;

/** Distinct, trimmed, non-empty values of a repeatable parameter. */
function readAll(url: URL, name: string): string[] {
  const values = url.searchParams.getAll(name).map((v) => v.trim()).filter((v) => v.length > 0 && v.length <= MAX_VALUE_LENGTH);
  return [...new Set(values)];
}

/**
 * The search page's URL as a search: unknown collections, sorts and vocabulary values are
 * dropped. How many values there are is left to the API, whose 400 the page words.
 */
export function readSearchLocation(url: URL): SearchLocation {
  const collection = readEnum(url, 'in', SEARCH_COLLECTIONS) ?? DEFAULT_COLLECTION;
  const spec = SEARCH_SPECS[collection];
  const filters: Record<string, string[]> = {};
  for (const facet of spec.facets) {
    const closed = facet.values;
    const values = readAll(url, facet.field).filter((v) => !closed || closed.includes(v));
    if (values.length > 0) filters[facet.field] = values;
  }
  const sort = readEnum(url, 'sort', Object.keys(spec.sorts));
  return { collection, q: readSearch(url), sort: sort ?? null, page: readPage(url), skills: readAll(url, 'skill'), filters };
}

/** What the page needs to know of a collection's search description; facet labels are keys the page words. */
export function collectionView(collection: SearchCollection) {
  const spec = SEARCH_SPECS[collection];
  return {
    facets: spec.facets.map(({ field, label }) => ({ field, label })),
    sorts: Object.keys(spec.sorts),
    defaultSort: spec.defaultSort,
  };
}

/** Labels of skills the hits already name. */
export function skillLabelsOf(hits: SearchHitView[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const hit of hits) {
    if (hit.collection === 'skills') {
      labels.set(hit.document.uri, hit.document.preferredLabel);
    } else if (hit.collection !== 'organisations') {
      hit.document.skillUris.forEach((uri, i) => {
        const label = hit.document.skillLabels[i];
        if (label) labels.set(uri, label);
      });
    }
  }
  return labels;
}
