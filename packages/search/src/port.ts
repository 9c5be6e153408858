import type { SearchCollection, SearchDocuments } from '@kc/contract';

export type { SearchCollection } from '@kc/contract';

/**
 * What every engine stores: the public document plus the fields engines need for filtering
 * and ordering. `skillPaths` holds the document's skill URIs and all their broader ESCO
 * skills and groups, so "has skill X or anything narrower" is one membership test.
 */
export type IndexedDocument<C extends SearchCollection = SearchCollection> = SearchDocuments[C] & {
  skillPaths: string[];
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
  /** Documents per collection. */
  stats(): Promise<Record<SearchCollection, number>>;
  close?(): Promise<void>;
}
