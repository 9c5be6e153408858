import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { occupations } from './occupations.ts';
import { studentProfiles } from './student-profiles.ts';

/** The ESCO occupations a student aims at: what their gap and learning path are measured against. */
export const profileTargetOccupations = pgTable(
  'profile_target_occupations',
  {
    profileId: uuid()
      .notNull()
      .references(() => studentProfiles.id, { onDelete: 'cascade' }),
    occupationUri: text()
      .notNull()
      .references(() => occupations.uri, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.occupationUri] }), index('profile_target_occupations_occupation_idx').on(t.occupationUri)],
);
