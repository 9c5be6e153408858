import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { demoFlag, lifecycleDates, rowVersion } from './columns.ts';
import { availability, profileVisibility } from './enums.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

/** A student's skill profile; its visibility decides who may see it. */
export const studentProfiles = pgTable(
  'student_profiles',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    headline: text().notNull().default(''),
    about: text().notNull().default(''),
    programme: text(),
    institutionId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    institutionName: text(),
    studyYear: smallint(),
    availability: availability().notNull().default('not_available'),
    availableFrom: date(),
    district: text(),
    visibility: profileVisibility().notNull().default('private'),
    ...demoFlag,
    ...rowVersion,
    ...lifecycleDates,
  },
  (t) => [
    uniqueIndex('student_profiles_user_key').on(t.userId),
    index('student_profiles_institution_idx').on(t.institutionId),
    index('student_profiles_visibility_idx').on(t.visibility),
    check('student_profiles_study_year_range', sql`${t.studyYear} between 1 and 10`),
  ],
);
