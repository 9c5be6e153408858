import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { offerings } from './offerings.ts';
import { skills } from './skills.ts';

/** The skills an offering teaches, and the level a participant reaches. */
export const offeringSkills = pgTable(
  'offering_skills',
  {
    offeringId: uuid()
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    skillUri: text()
      .notNull()
      .references(() => skills.uri, { onDelete: 'restrict' }),
    level: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.offeringId, t.skillUri] }),
    index('offering_skills_skill_idx').on(t.skillUri),
    check('offering_skills_level_range', sql`${t.level} between 1 and 4`),
  ],
);
