import { doublePrecision, integer, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';

/**
 * Today's supply of each skill per exact level, kept by triggers on profile_skills, offerings and
 * offering_skills (migration 0020) so the shortage views read a few thousand rows rather than every
 * student's skills. Derived: it can be rebuilt from those tables at any time (`rebuild_skill_supply()`).
 */
export const skillSupply = pgTable(
  'skill_supply',
  {
    skillUri: text().notNull(),
    level: smallint().notNull(),
    /** Students whose level of the skill is exactly this. */
    holders: integer().notNull().default(0),
    /** Yearly places (capacity, else seats) on published offerings teaching it to this level. */
    places: doublePrecision().notNull().default(0),
    /** Published offerings teaching it to this level. */
    offerings: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.skillUri, t.level] })],
);
