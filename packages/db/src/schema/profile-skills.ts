import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { lifecycleDates } from './columns.ts';
import { profileSkillSource } from './enums.ts';
import { offerings } from './offerings.ts';
import { skills } from './skills.ts';
import { studentProfiles } from './student-profiles.ts';

/** The skills on a student's profile, with level and where the claim comes from. */
export const profileSkills = pgTable(
  'profile_skills',
  {
    profileId: uuid()
      .notNull()
      .references(() => studentProfiles.id, { onDelete: 'cascade' }),
    skillUri: text()
      .notNull()
      .references(() => skills.uri, { onDelete: 'restrict' }),
    level: smallint().notNull(),
    source: profileSkillSource().notNull().default('declared'),
    offeringId: uuid().references(() => offerings.id, { onDelete: 'set null' }),
    evidence: text(),
    ...lifecycleDates,
  },
  (t) => [
    primaryKey({ columns: [t.profileId, t.skillUri] }),
    // With the level, supply per skill and level is read from the index alone.
    index('profile_skills_skill_idx').on(t.skillUri, t.level),
    index('profile_skills_offering_idx').on(t.offeringId),
    check('profile_skills_level_range', sql`${t.level} between 1 and 4`),
  ],
);
