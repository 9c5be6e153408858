import { sql } from 'drizzle-orm';
import { bigint, customType, doublePrecision, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The Postgres search engine's documents, one row per searchable record: weighted full text,
 * `field=value` keywords and skill paths for filters.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    collection: text().notNull(),
    id: text().notNull(),
    document: jsonb().notNull(),
    searchText: tsvector().notNull(),
    keywords: text().array().notNull(),
    /** 64-bit digests of the skill URIs and their ancestors: small enough to stay in the row. */
    skillPaths: bigint({ mode: 'bigint' }).array().notNull(),
    /** The words this document adds to `search_terms`, so they leave with it; null until it is rewritten. */
    terms: text().array(),
    sortTitle: text().notNull(),
    recency: doublePrecision().notNull(),
    /** When the row was last written; a rebuild removes the rows it did not write. */
    indexedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * The transaction that last wrote the row (set by a trigger, whatever the writer), so a
     * reader holding the rows in memory can read only what changed since its last snapshot.
     */
    writtenXid: bigint({ mode: 'number' }).notNull().default(sql`(pg_current_xact_id()::text::bigint)`),
  },
  (t) => [
    primaryKey({ columns: [t.collection, t.id] }),
    index('search_documents_text_idx').using('gin', t.searchText),
    index('search_documents_keywords_idx').using('gin', t.keywords),
    index('search_documents_skill_paths_idx').using('gin', t.skillPaths),
    index('search_documents_terms_idx').using('gin', t.terms),
    index('search_documents_unknown_terms_idx').on(t.collection).where(sql`${t.terms} is null`),
    index('search_documents_recency_idx').on(t.collection, t.recency),
    index('search_documents_title_idx').on(t.collection, t.sortTitle),
    index('search_documents_written_idx').on(t.collection, t.writtenXid),
  ],
);

/**
 * Documents deleted from `search_documents` (recorded by a trigger), kept a day so that readers
 * holding documents in memory can drop them too; a reader idle for longer reloads everything.
 */
export const searchRemovals = pgTable(
  'search_removals',
  {
    collection: text().notNull(),
    id: text().notNull(),
    removedXid: bigint({ mode: 'number' }).notNull().default(sql`(pg_current_xact_id()::text::bigint)`),
    removedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('search_removals_removed_idx').on(t.collection, t.removedXid), index('search_removals_age_idx').on(t.removedAt)],
);

/**
 * The words of the Postgres engine's documents, per collection, so that a misspelt query word
 * can be matched to the words it may mean (found by trigram similarity, confirmed by edit
 * distance). A word leaves when the last document holding it is deleted or rewritten without it.
 */
export const searchTerms = pgTable(
  'search_terms',
  {
    collection: text().notNull(),
    term: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.collection, t.term] }), index('search_terms_term_trgm_idx').using('gin', sql`${t.term} gin_trgm_ops`)],
);
