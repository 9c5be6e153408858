import { bigserial, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Records whose search documents must be rebuilt. Triggers on the searchable tables write here
 * in the writing transaction; the sync worker sends the documents to the engine and deletes
 * the row only if it was not changed again meanwhile (same `seq`). One row per record: a
 * second change before the worker runs only renews `seq`.
 */
export const searchOutbox = pgTable(
  'search_outbox',
  {
    collection: text().notNull(),
    documentKey: text().notNull(),
    seq: bigserial({ mode: 'number' }).notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
  },
  (t) => [
    primaryKey({ columns: [t.collection, t.documentKey] }),
    index('search_outbox_due_idx').on(t.nextAttemptAt, t.seq),
    index('search_outbox_seq_idx').on(t.seq),
    index('search_outbox_changed_idx').on(t.changedAt),
  ],
);
