import type { SearchCollection, SearchDocuments } from '@kc/contract';

export type { SearchCollection } from '@kc/contract';

/**
 * What every engine stores: the public document plus the fields engines need for filtering
 * and ordering. `skillPaths` holds the document's skill URIs and all their broader ESCO
 * skills and groups, so "has skill X or anything narrower" is one membership test.
 */
export type IndexedDocument<C extends SearchCollection = SearchCollection> = SearchDocuments[C] & {
  skillPaths: string[];
  /** The level of each of `skillUris`, in its order (asked for, held or taught), for records with skills. */
  skillLevels?: number[];
  recency: number;
  sortTitle: string;
  popularity?: number;
};
export type AnyIndexedDocument = IndexedDocument<SearchCollection>;

export interface SearchQuery {
  /** Words to look for; empty means every document that passes the filters. */
  q?: string;
  /** Field → accepted values: any value within a field, every field. */
  filters?: Record<string, string[]>;
  /** Skill or group URIs; every one is required, narrower skills count. */
  skills?: string[];
  /** A sort name of the collection's spec, or "relevance" (the default with text). */
  sort?: string;
  /**
   * Facet fields to count over the matching documents. A field that is itself filtered is
   * counted as if it were not, so that its other values stay in view with their counts.
   */
  facets?: string[];
  page: number;
  pageSize: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** A document as found: engines need not return the skill paths they filter on. */
export type FoundDocument<C extends SearchCollection = SearchCollection> = Omit<IndexedDocument<C>, 'skillPaths'>;

export interface SearchHit<C extends SearchCollection = SearchCollection> {
  document: FoundDocument<C>;
}

export interface SearchResult<C extends SearchCollection = SearchCollection> {
  hits: SearchHit<C>[];
  total: number;
  facets: Record<string, FacetCount[]>;
}

export interface EngineSettings {
  /** Word → words that mean the same, from the cluster's skill aliases. */
  synonyms: Record<string, string[]>;
}

/** Raised when the engine cannot be reached; the outbox retries later. */
export class SearchUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchUnavailableError';
  }
}

/** A search that was cut short for taking longer than the engine allows one to take. */
export class SearchTimeoutError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchTimeoutError';
  }
}

/** The collections whose documents list their own skills (`skillUris`), the ones a shortlist reads. */
export const SHORTLIST_COLLECTIONS = ['opportunities', 'students', 'offerings'] as const satisfies readonly SearchCollection[];
export type ShortlistCollection = (typeof SHORTLIST_COLLECTIONS)[number];

/** Weighted skills one shortlist may ask for: a profile's skills with their related skills fit well within. */
export const MAX_SHORTLIST_SKILLS = 5_000;
/** Documents one shortlist may return: enough to score in full, few enough to read at once. */
export const MAX_SHORTLIST_LIMIT = 1_000;

export interface ShortlistQuery {
  /** Skill URI → weight (> 0): a document scores the sum of the weights of the skills it lists itself (its `skillUris`, not their broader skills). */
  skills: ReadonlyMap<string, number>;
  /** Field → accepted values, as in SearchQuery (e.g. students' visibility, opportunities' status); not the skills themselves. */
  filters?: Record<string, string[]>;
  /** At most this many documents, best first (weight desc, then id). */
  limit: number;
}

export interface ShortlistHit {
  /** The document's id: the caller reads the records it scores from their own tables. */
  id: string;
  /** The sum of the weights of the query's skills the document lists itself. */
  weight: number;
  /**
   * The document's own skills at their levels, as indexed: enough to rank the hits before any
   * record is read. Absent for documents indexed before levels were (a reindex adds them).
   */
  skills?: ShortlistSkill[];
}

export interface ShortlistSkill {
  uri: string;
  level: number;
}

/** A document's skills paired with their levels, or undefined when it records none (or not one per skill). */
export function skillsWithLevels(skillUris: readonly string[] | undefined, skillLevels: readonly number[] | undefined): ShortlistSkill[] | undefined {
  if (!skillUris || !Array.isArray(skillLevels) || skillLevels.length !== skillUris.length) return undefined;
  return skillUris.map((uri, i) => ({ uri, level: skillLevels[i] as number }));
}

/** Refuses what no engine should be asked: unbounded skill sets or limits, weights that are not positive. */
export function assertShortlistQuery(collection: SearchCollection, query: ShortlistQuery): void {
  if (!(SHORTLIST_COLLECTIONS as readonly string[]).includes(collection)) throw new RangeError(`${collection} documents list no skills to shortlist by`);
  if (query.skills.size > MAX_SHORTLIST_SKILLS) throw new RangeError(`A shortlist takes at most ${MAX_SHORTLIST_SKILLS} skills, not ${query.skills.size}`);
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_SHORTLIST_LIMIT) {
    throw new RangeError(`A shortlist's limit is a whole number from 1 to ${MAX_SHORTLIST_LIMIT}, not ${query.limit}`);
  }
  if (query.filters && Object.hasOwn(query.filters, 'skillUris')) throw new RangeError('A shortlist weighs skills; it does not filter on them');
  for (const [uri, weight] of query.skills) {
    if (!(Number.isFinite(weight) && weight > 0)) throw new RangeError(`The weight of ${uri} must be a positive number, not ${weight}`);
  }
}

/** What a document earns: the weights of the distinct skills it lists itself. */
export function shortlistWeight(skillUris: readonly string[], skills: ReadonlyMap<string, number>): number {
  let weight = 0;
  for (const uri of new Set(skillUris)) weight += skills.get(uri) ?? 0;
  return weight;
}

/** Best first: weight descending, then id. */
export function compareShortlistHits(a: ShortlistHit, b: ShortlistHit): number {
  return b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** How many values of a facet are counted and returned, most frequent first. */
export const MAX_FACET_VALUES = 20;

/**
 * The search port. Adapters: the Postgres engine (default, in the application's own
 * database) and Meilisearch. Writes are idempotent: indexing a document twice leaves one.
 */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates indexes and applies settings; safe to call again. */
  prepare(settings: EngineSettings): Promise<void>;
  index(collection: SearchCollection, documents: AnyIndexedDocument[]): Promise<void>;
  delete(collection: SearchCollection, ids: string[]): Promise<void>;
  /** Replaces the whole collection with the documents given, atomically where the engine can. */
  replaceAll(collection: SearchCollection, batches: AsyncIterable<AnyIndexedDocument[]>): Promise<number>;
  search<C extends SearchCollection>(collection: C, query: SearchQuery): Promise<SearchResult<C>>;
  /**
   * The documents listing any of the weighted skills, the highest total weight first, at most
   * `limit`. RangeError beyond MAX_SHORTLIST_SKILLS skills or MAX_SHORTLIST_LIMIT documents.
   */
  shortlist(collection: ShortlistCollection, query: ShortlistQuery): Promise<ShortlistHit[]>;
  /** Documents per collection. */
  stats(): Promise<Record<SearchCollection, number>>;
  /** Loads what the engine keeps in memory for shortlists, so that the first one does not wait for it. */
  warm?(): Promise<void>;
  close?(): Promise<void>;
}
