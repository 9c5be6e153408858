import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { occupations } from './occupations.ts';

/**
 * Every name of an ESCO occupation, in every language we hold (English from the ESCO release,
 * Bulgarian from its Bulgarian version): one row per label, so a language is a value, not a column.
 */
export const occupationLabels = pgTable(
  'occupation_labels',
  {
    occupationUri: text()
      .notNull()
      .references(() => occupations.uri, { onDelete: 'cascade' }),
    language: text().notNull(),
    kind: text().notNull(),
    label: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occupationUri, t.language, t.kind, t.label] }),
    index('occupation_labels_trgm_idx').using('gin', sql`lower(${t.label}) gin_trgm_ops`),
    check('occupation_labels_language', sql`${t.language} in ('en', 'bg')`),
    check('occupation_labels_kind', sql`${t.kind} in ('preferred', 'alternative', 'hidden')`),
    check('occupation_labels_not_blank', sql`length(trim(${t.label})) > 0`),
  ],
);
