import { sql } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';

/** ESCO occupations with their ISCO-08 unit group. */
export const occupations = pgTable(
  'occupations',
  {
    uri: text().primaryKey(),
    preferredLabel: text().notNull(),
    altLabels: text().array().notNull().default(sql`'{}'::text[]`),
    hiddenLabels: text().array().notNull().default(sql`'{}'::text[]`),
    iscoGroup: text().notNull(),
    code: text().notNull(),
    description: text().notNull().default(''),
  },
  (t) => [
    index('occupations_label_prefix_idx').using('btree', sql`lower(${t.preferredLabel}) text_pattern_ops`),
    index('occupations_isco_group_idx').on(t.iscoGroup),
  ],
);
