import { sql } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';

/** ESCO occupations with their ISCO-08 unit group; the English preferred label names them, every label in every language is in `occupation_labels`. */
export const occupations = pgTable(
  'occupations',
  {
    uri: text().primaryKey(),
    preferredLabel: text().notNull(),
    iscoGroup: text().notNull(),
    code: text().notNull(),
    description: text().notNull().default(''),
  },
  (t) => [
    index('occupations_label_prefix_idx').using('btree', sql`lower(${t.preferredLabel}) text_pattern_ops`),
    index('occupations_isco_group_idx').on(t.iscoGroup),
  ],
);
