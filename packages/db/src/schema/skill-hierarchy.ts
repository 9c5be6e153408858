import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The broader/narrower links of the skills pillar. Either end is a skill or a skill group,
 * so the ends are typed by a kind column rather than by one foreign key.
 */
export const skillHierarchy = pgTable(
  'skill_hierarchy',
  {
    narrowerUri: text().notNull(),
    narrowerKind: text().notNull(),
    broaderUri: text().notNull(),
    broaderKind: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.narrowerUri, t.broaderUri] }),
    index('skill_hierarchy_broader_idx').on(t.broaderUri),
    check('skill_hierarchy_narrower_kind', sql`${t.narrowerKind} in ('skill', 'group')`),
    check('skill_hierarchy_broader_kind', sql`${t.broaderKind} in ('skill', 'group')`),
    check('skill_hierarchy_no_self_link', sql`${t.narrowerUri} <> ${t.broaderUri}`),
  ],
);
