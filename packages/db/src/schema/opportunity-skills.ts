import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { skillRelationType } from './enums.ts';
import { opportunities } from './opportunities.ts';
import { skills } from './skills.ts';

/** The skills an opportunity requires, at a level, as essential or optional. */
export const opportunitySkills = pgTable(
  'opportunity_skills',
  {
    opportunityId: uuid()
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    skillUri: text()
      .notNull()
      .references(() => skills.uri, { onDelete: 'restrict' }),
    level: smallint().notNull(),
    importance: skillRelationType().notNull().default('essential'),
  },
  (t) => [
    primaryKey({ columns: [t.opportunityId, t.skillUri] }),
    index('opportunity_skills_skill_idx').on(t.skillUri),
    check('opportunity_skills_level_range', sql`${t.level} between 1 and 4`),
  ],
);
