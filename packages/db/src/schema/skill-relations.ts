import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { skillRelationType } from './enums.ts';
import { skills } from './skills.ts';

/** ESCO skill-to-skill relations: a skill that is essential or optional to another. */
export const skillRelations = pgTable(
  'skill_relations',
  {
    skillUri: text()
      .notNull()
      .references(() => skills.uri, { onDelete: 'cascade' }),
    relatedSkillUri: text()
      .notNull()
      .references(() => skills.uri, { onDelete: 'cascade' }),
    relationType: skillRelationType().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.skillUri, t.relatedSkillUri] }),
    index('skill_relations_related_idx').on(t.relatedSkillUri),
  ],
);
