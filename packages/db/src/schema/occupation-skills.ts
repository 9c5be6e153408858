import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { skillRelationType } from './enums.ts';
import { occupations } from './occupations.ts';
import { skills } from './skills.ts';

/** The essential and optional skills of each ESCO occupation. */
export const occupationSkills = pgTable(
  'occupation_skills',
  {
    occupationUri: text()
      .notNull()
      .references(() => occupations.uri, { onDelete: 'cascade' }),
    skillUri: text()
      .notNull()
      .references(() => skills.uri, { onDelete: 'cascade' }),
    relationType: skillRelationType().notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationUri, t.skillUri] }), index('occupation_skills_skill_idx').on(t.skillUri)],
);
