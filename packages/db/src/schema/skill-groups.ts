import { sql } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';

/** ESCO skill groups: the upper levels of the skills pillar (e.g. "computer programming"). */
export const skillGroups = pgTable(
  'skill_groups',
  {
    uri: text().primaryKey(),
    preferredLabel: text().notNull(),
    altLabels: text().array().notNull().default(sql`'{}'::text[]`),
    code: text(),
    description: text().notNull().default(''),
  },
  (t) => [index('skill_groups_code_idx').on(t.code)],
);
