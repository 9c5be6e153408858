import { SEARCH_COLLECTIONS } from '@kc/contract';
import type { PageServerLoad } from './$types';
import { createApi, toPageError } from '$lib/server/api';
import { issueSummary } from '$lib/server/forms';
import { errorText } from '$lib/errors';
import { collectionView, readSearchLocation, skillLabelsOf } from '$lib/server/search-params';
import { PAGE_SIZE } from '$lib/query';
import type { SearchHitView } from '$lib/search';

/** What the page shows below the search form: results, or why there are none. */
type Outcome =
  | { kind: 'results'; hits: SearchHitView[]; facets: Record<string, { value: string; count: number }[]>; total: number; page: number; pageSize: number }
  | { kind: 'unavailable' }
  | { kind: 'invalid'; message: string; issues: string[] };

export const load: PageServerLoad = async (event) => {
  const location = readSearchLocation(event.url);
  const { collection } = location;
  const view = collectionView(collection);
  const api = createApi(event);
  const answer = await api.search(collection, {
    q: location.q || undefined,
    sort: location.sort ?? undefined,
    page: location.page,
    pageSize: PAGE_SIZE,
    skill: location.skills,
    filters: location.filters,
  });

  const skillLabels: Record<string, string> = {};
  let outcome: Outcome;
  if (answer.ok) {
    const { data } = answer;
    const hits = data.hits.map((hit) => ({ collection, document: hit.document, highlights: hit.highlights }) as SearchHitView);
    outcome = { kind: 'results', hits, facets: data.facets, total: data.total, page: data.page, pageSize: data.pageSize };
    const known = skillLabelsOf(hits);
    // Skills the hits do not name (a broader skill, or no hits): ask for their labels.
    const labels = await Promise.all(location.skills.map(async (uri) => known.get(uri) ?? (await api.skill(uri))?.preferredLabel));
    location.skills.forEach((uri, i) => {
      const label = labels[i];
      if (label) skillLabels[uri] = label;
    });
  } else if (answer.problem.status === 503) {
    outcome = { kind: 'unavailable' };
  } else if (answer.problem.status === 400) {
    outcome = { kind: 'invalid', message: errorText(answer.problem.code), issues: answer.problem.issues.map(issueSummary) };
  } else {
    toPageError(answer.problem);
  }

  return { location, view, tabs: [...SEARCH_COLLECTIONS], outcome, skillLabels };
};
