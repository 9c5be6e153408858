import { createHash } from 'node:crypto';
import {
  ErrorStatusCode,
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type FacetDistribution,
  type Hit,
  type MultiSearchParams,
  type MultiSearchQuery,
  type Settings,
  type Task,
} from 'meilisearch';
import { SEARCH_COLLECTIONS, SEARCH_SPECS, filterableFields } from '@kc/contract';
import {
  MAX_FACET_VALUES,
  SearchUnavailableError,
  assertShortlistQuery,
  compareShortlistHits,
  shortlistWeight,
  skillsWithLevels,
  type AnyIndexedDocument,
  type EngineSettings,
  type FacetCount,
  type IndexedDocument,
  type SearchCollection,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
  type ShortlistCollection,
  type ShortlistHit,
  type ShortlistQuery,
} from './port.ts';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  /** Prepended to every index uid, so several deployments or test runs can share a server. */
  indexPrefix?: string;
  /** The longest one HTTP request may take before the engine counts as unavailable. */
  timeoutMs?: number;
}

const DEFAULT_INDEX_PREFIX = 'kc_';
const DEFAULT_TIMEOUT_MS = 5_000;
/** Meilisearch applies writes in the background, and a settings change re-indexes everything. */
const TASK_TIMEOUT_MS = 120_000;
const DOCUMENT_BATCH_SIZE = 1_000;
const SKILL_PATHS = 'skillPaths';
const SKILL_URIS = 'skillUris';
const RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
/** Meilisearch counts only this many values per facet; more than we return, so the top ones are exact. */
const MAX_VALUES_PER_FACET = 100;
/** Meilisearch stops counting hits here; high enough for `total` to be exact. */
const MAX_TOTAL_HITS = 100_000;

/** The settings of a collection's index, derived from its search spec. */
export function indexSettings(collection: SearchCollection, synonyms: EngineSettings['synonyms']): Settings {
  const spec = SEARCH_SPECS[collection];
  const searchable = spec.searchable.toSorted((a, b) => compareText(a.weight, b.weight)).map((s) => s.field);
  return {
    searchableAttributes: searchable,
    filterableAttributes: [...filterableFields(collection), SKILL_PATHS],
    sortableAttributes: [...new Set([...Object.values(spec.sorts).map((s) => s.field), 'sortTitle'])],
    rankingRules: RANKING_RULES,
    // Sorted so that equal synonyms always hash alike and never trigger a needless re-index.
    synonyms: Object.fromEntries(Object.entries(synonyms).toSorted(([a], [b]) => compareText(a, b))),
    // Long texts match exact words only, as with the Postgres engine's trigram-matched fields.
    typoTolerance: { enabled: true, disableOnAttributes: searchable.filter((field) => !spec.fuzzy.includes(field)) },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  };
}

/**
 * The Meilisearch filter of a query: the values of one field are alternatives, every field
 * and every skill is required. Undefined when nothing is filtered.
 */
export function filterExpression(
  collection: SearchCollection,
  filters: SearchQuery['filters'] = {},
  skills: SearchQuery['skills'] = [],
): string | undefined {
  const allowed = filterableFields(collection);
  const fieldClauses = Object.entries(filters)
    .filter(([, values]) => values.length > 0)
    .map(([field, values]) => {
      // Field names go into the expression unquoted, so only known ones may pass.
      if (!allowed.includes(field)) throw new Error(`"${field}" is not a filterable field of ${collection}`);
      return anyOf(field, values);
    });
  const skillClauses = skills.map((uri) => equals(SKILL_PATHS, uri));
  const clauses = [...fieldClauses, ...skillClauses];
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

/** Searches one shortlist sends at most: one per weight tier. */
export const MAX_SHORTLIST_TIERS = 8;

/**
 * The query's skills grouped by weight, heaviest first. Beyond MAX_SHORTLIST_TIERS distinct
 * weights, neighbouring weights share a tier.
 */
export function shortlistTiers(skills: ReadonlyMap<string, number>): string[][] {
  const ranked = [...skills].sort(([uriA, a], [uriB, b]) => b - a || compareText(uriA, uriB));
  const byWeight: string[][] = [];
  let previous: number | undefined;
  for (const [uri, weight] of ranked) {
    if (weight !== previous) byWeight.push([]);
    byWeight[byWeight.length - 1]?.push(uri);
    previous = weight;
  }
  if (byWeight.length <= MAX_SHORTLIST_TIERS) return byWeight;
  return Array.from({ length: MAX_SHORTLIST_TIERS }, (_, tier) =>
    byWeight.slice(Math.floor((tier * byWeight.length) / MAX_SHORTLIST_TIERS), Math.floor(((tier + 1) * byWeight.length) / MAX_SHORTLIST_TIERS)).flat(),
  );
}

/**
 * Meilisearch cannot sum weights, so a shortlist is approximated: one search per weight tier
 * (documents listing any skill of the tier, with the query's filters), each up to `limit`
 * documents in Meilisearch's own order. A document is found if it is among the first `limit`
 * of some tier; found documents are then scored exactly (see `rankShortlist`). With fewer
 * matches per tier than `limit` the answer is exact.
 */
export function shortlistSearches(collection: ShortlistCollection, indexUid: string, query: ShortlistQuery): MultiSearchQuery[] {
  const filters = filterExpression(collection, query.filters);
  return shortlistTiers(query.skills).map((uris) => ({
    indexUid,
    q: '',
    filter: [anyIn(SKILL_URIS, uris), ...(filters ? [filters] : [])],
    offset: 0,
    limit: query.limit,
    // Only what the exact weighing needs.
    attributesToRetrieve: ['id', SKILL_URIS, 'skillLevels'],
  }));
}

/** The documents found by the tiers, each once, scored by the skills it lists itself, best first. */
export function rankShortlist(
  found: { id: string; skillUris: string[]; skillLevels?: number[] }[],
  skills: ShortlistQuery['skills'],
  limit: number,
): ShortlistHit[] {
  const unique = new Map(found.map((document) => [document.id, document]));
  return [...unique.values()]
    .map((document) => {
      const held = skillsWithLevels(document.skillUris, document.skillLevels);
      const weight = shortlistWeight(document.skillUris, skills);
      return held ? { id: document.id, weight, skills: held } : { id: document.id, weight };
    })
    .filter((hit) => hit.weight > 0)
    .sort(compareShortlistHits)
    .slice(0, limit);
}

function anyIn(field: string, values: string[]): string {
  return `${field} IN [${values.map(quoted).join(', ')}]`;
}

function anyOf(field: string, values: string[]): string {
  const alternatives = values.map((value) => equals(field, value));
  return alternatives.length === 1 ? alternatives.join('') : `(${alternatives.join(' OR ')})`;
}

function equals(field: string, value: string): string {
  return `${field} = ${quoted(value)}`;
}

function quoted(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * The Meilisearch sort of a query. Relevance needs words to rank by, so without them the
 * collection's default order applies.
 */
export function sortParameter(collection: SearchCollection, sort: string | undefined, hasText: boolean): string[] | undefined {
  const spec = SEARCH_SPECS[collection];
  const byRelevance = sort === undefined || sort === 'relevance';
  if (byRelevance && hasText) return undefined;
  const name = byRelevance ? spec.defaultSort : sort;
  const order = Object.hasOwn(spec.sorts, name) ? spec.sorts[name] : undefined;
  if (!order) throw new Error(`"${name}" is not a sort of ${collection}`);
  return [`${order.field}:${order.direction}`];
}

/** Every requested facet, its values most frequent first (ties alphabetical), at most MAX_FACET_VALUES. */
export function facetCounts(fields: string[], distribution: FacetDistribution = {}): Record<string, FacetCount[]> {
  return Object.fromEntries(fields.map((field) => [field, topValues(distribution[field] ?? {})]));
}

function topValues(counts: Record<string, number>): FacetCount[] {
  return Object.entries(counts)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareText(a.value, b.value))
    .slice(0, MAX_FACET_VALUES);
}

function withoutField(filters: SearchQuery['filters'] = {}, field: string): SearchQuery['filters'] {
  return Object.fromEntries(Object.entries(filters).filter(([name]) => name !== field));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The stored document of a hit, without the fields Meilisearch adds (`_formatted`, `_rankingScore`…). */
function storedDocument<D extends object>(hit: Hit<D>): D {
  return Object.fromEntries(Object.entries(hit).filter(([key]) => !key.startsWith('_'))) as D;
}

function settingsHash(settings: Settings): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex');
}

function* batchesOf<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Whether an error means the server could not be reached or did not answer in time. */
function meansUnavailable(error: unknown): boolean {
  return (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchTaskTimeOutError ||
    (error instanceof MeilisearchApiError && error.response.status >= 500)
  );
}

async function unavailableOnFailure<T>(action: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!meansUnavailable(error)) throw error;
    throw new SearchUnavailableError(`Meilisearch could not ${action}: ${(error as Error).message}`, { cause: error });
  }
}

function assertSucceeded(task: Task): Task {
  if (task.status === 'succeeded') return task;
  const reason = task.error ? `${task.error.code}: ${task.error.message}` : 'no error given';
  throw new Error(`Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? 'no index'}) ${task.status}: ${reason}`);
}

/** Waits for a write: the outbox forgets its entries on success, so success must mean applied. */
async function succeeded(enqueued: EnqueuedTaskPromise): Promise<Task> {
  return assertSucceeded(await enqueued.waitTask());
}

export function createMeilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  const client = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    defaultWaitOptions: { timeout: TASK_TIMEOUT_MS },
  });
  const indexPrefix = options.indexPrefix ?? DEFAULT_INDEX_PREFIX;
  const uidOf = (collection: SearchCollection) => `${indexPrefix}${collection}`;
  const indexOf = (uid: string) => client.index<AnyIndexedDocument>(uid);
  /** Index uid → hash of the settings this engine last applied to it. */
  const appliedSettings = new Map<string, string>();
  let preparedSynonyms: EngineSettings['synonyms'] | undefined;

  /** Indexes this engine created or found, so that preparing again costs no request. */
  const knownIndexes = new Set<string>();

  async function createIndexIfMissing(uid: string): Promise<void> {
    if (knownIndexes.has(uid)) return;
    const task = await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    if (task.error?.code !== ErrorStatusCode.INDEX_ALREADY_EXISTS) {
      assertSucceeded(task);
      // A new index starts from default settings, whatever an earlier index of that name had.
      appliedSettings.delete(uid);
    }
    knownIndexes.add(uid);
  }

  async function deleteIndexIfPresent(uid: string): Promise<void> {
    const task = await client.deleteIndex(uid).waitTask();
    appliedSettings.delete(uid);
    knownIndexes.delete(uid);
    if (task.error?.code !== ErrorStatusCode.INDEX_NOT_FOUND) assertSucceeded(task);
  }

  async function applySettings(uid: string, settings: Settings): Promise<void> {
    const hash = settingsHash(settings);
    if (appliedSettings.get(uid) === hash) return;
    await succeeded(indexOf(uid).updateSettings(settings));
    appliedSettings.set(uid, hash);
  }

  async function addDocuments(uid: string, documents: AnyIndexedDocument[]): Promise<void> {
    for (const batch of batchesOf(documents, DOCUMENT_BATCH_SIZE)) {
      await succeeded(indexOf(uid).addDocuments(batch, { primaryKey: 'id' }));
    }
  }

  /** Without a prepare() in this process, a rebuild keeps the synonyms the live index has. */
  async function currentSynonyms(liveUid: string): Promise<EngineSettings['synonyms']> {
    return preparedSynonyms ?? (await indexOf(liveUid).getSynonyms());
  }

  async function rebuild(collection: SearchCollection, batches: AsyncIterable<AnyIndexedDocument[]>): Promise<number> {
    const liveUid = uidOf(collection);
    await createIndexIfMissing(liveUid);
    const settings = indexSettings(collection, await currentSynonyms(liveUid));
    const rebuildUid = `${liveUid}_rebuild_${Date.now()}`;
    let written = 0;
    try {
      await createIndexIfMissing(rebuildUid);
      await applySettings(rebuildUid, settings);
      for await (const batch of batches) {
        await addDocuments(rebuildUid, batch);
        written += batch.length;
      }
      await succeeded(client.swapIndexes([{ indexes: [liveUid, rebuildUid], rename: false }]));
    } catch (error) {
      // The failure that stopped the rebuild matters more than a leftover temporary index.
      await deleteIndexIfPresent(rebuildUid).catch(() => undefined);
      throw error;
    }
    appliedSettings.set(liveUid, settingsHash(settings));
    await deleteIndexIfPresent(rebuildUid);
    return written;
  }

  return {
    name: 'meilisearch',

    prepare: (settings) =>
      unavailableOnFailure('prepare its indexes', async () => {
        preparedSynonyms = settings.synonyms;
        for (const collection of SEARCH_COLLECTIONS) {
          const uid = uidOf(collection);
          await createIndexIfMissing(uid);
          await applySettings(uid, indexSettings(collection, settings.synonyms));
        }
      }),

    index: (collection, documents) =>
      unavailableOnFailure(`index ${collection}`, () => addDocuments(uidOf(collection), documents)),

    delete: (collection, ids) =>
      unavailableOnFailure(`delete from ${collection}`, async () => {
        for (const batch of batchesOf(ids, DOCUMENT_BATCH_SIZE)) {
          await succeeded(indexOf(uidOf(collection)).deleteDocuments(batch));
        }
      }),

    replaceAll: (collection, batches) => unavailableOnFailure(`rebuild ${collection}`, () => rebuild(collection, batches)),

    search: <C extends SearchCollection>(collection: C, query: SearchQuery) =>
      unavailableOnFailure(`search ${collection}`, async (): Promise<SearchResult<C>> => {
        const indexUid = uidOf(collection);
        const q = query.q?.trim() ?? '';
        const facets = query.facets ?? [];
        const isFiltered = (field: string) => (query.filters?.[field]?.length ?? 0) > 0;
        // One request: the hits, then a count of each filtered facet without its own filter.
        const { results } = await client.multiSearch<MultiSearchParams, IndexedDocument<C>>({
          queries: [
            {
              indexUid,
              q,
              filter: filterExpression(collection, query.filters, query.skills),
              facets: facets.filter((f) => !isFiltered(f)),
              sort: sortParameter(collection, query.sort, q !== ''),
              page: query.page,
              hitsPerPage: query.pageSize,
            },
            ...facets.filter(isFiltered).map((field) => ({
              indexUid,
              q,
              filter: filterExpression(collection, withoutField(query.filters, field), query.skills),
              facets: [field],
              page: 1,
              hitsPerPage: 0,
            })),
          ],
        });
        const [main, ...others] = results;
        if (!main) throw new Error('Meilisearch answered a multi-search without results');
        const distribution = Object.assign({}, ...others.map((r) => r.facetDistribution ?? {}), main.facetDistribution ?? {});
        return {
          hits: main.hits.map((hit) => ({ document: storedDocument<IndexedDocument<C>>(hit) })),
          total: main.totalHits ?? main.hits.length,
          facets: facetCounts(facets, distribution),
        };
      }),

    shortlist: async (collection: ShortlistCollection, query: ShortlistQuery) => {
      assertShortlistQuery(collection, query);
      if (query.skills.size === 0) return [];
      return unavailableOnFailure(`shortlist ${collection}`, async (): Promise<ShortlistHit[]> => {
        const { results } = await client.multiSearch<MultiSearchParams, { id: string; skillUris: string[]; skillLevels?: number[] }>({
          queries: shortlistSearches(collection, uidOf(collection), query),
        });
        const found = results.flatMap((result) =>
          result.hits.map((hit) => ({ id: String(hit.id), skillUris: hit.skillUris ?? [], skillLevels: hit.skillLevels })),
        );
        return rankShortlist(found, query.skills, query.limit);
      });
    },

    stats: () =>
      unavailableOnFailure('count its documents', async () => {
        const { indexes } = await client.getStats();
        const counts = SEARCH_COLLECTIONS.map((collection) => [collection, indexes[uidOf(collection)]?.numberOfDocuments ?? 0] as const);
        return Object.fromEntries(counts) as Record<SearchCollection, number>;
      }),
  };
}
