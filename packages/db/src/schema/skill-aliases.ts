import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { skills } from './skills.ts';
import { users } from './users.ts';

/** The cluster's own words for a skill ("k8s", "JS"), curated by cluster administrators. */
export const skillAliases = pgTable(
  'skill_aliases',
  {
    id: uuid().primaryKey().defaultRandom(),
    skillUri: text()
      .notNull()
      .references(() => skills.uri, { onDelete: 'cascade' }),
    alias: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('skill_aliases_skill_alias_key').on(t.skillUri, sql`lower(${t.alias})`),
    index('skill_aliases_alias_idx').on(sql`lower(${t.alias})`),
    check('skill_aliases_alias_not_blank', sql`length(trim(${t.alias})) > 0`),
  ],
);
