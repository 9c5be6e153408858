import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { lifecycleDates } from './columns.ts';
import { reuseLevel, skillType } from './enums.ts';

/** ESCO skills and knowledge concepts, keyed by concept URI; local skills carry isLocal. */
export const skills = pgTable(
  'skills',
  {
    uri: text().primaryKey(),
    preferredLabel: text().notNull(),
    altLabels: text().array().notNull().default(sql`'{}'::text[]`),
    hiddenLabels: text().array().notNull().default(sql`'{}'::text[]`),
    type: skillType(),
    reuseLevel: reuseLevel(),
    description: text().notNull().default(''),
    isLocal: boolean().notNull().default(false),
    ...lifecycleDates,
  },
  (t) => [
    index('skills_label_prefix_idx').using('btree', sql`lower(${t.preferredLabel}) text_pattern_ops`),
    index('skills_label_trgm_idx').using('gin', sql`${t.preferredLabel} gin_trgm_ops`),
    check('skills_label_not_blank', sql`length(trim(${t.preferredLabel})) > 0`),
  ],
);
