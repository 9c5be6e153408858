import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { demoFlag, lifecycleDates, rowVersion } from './columns.ts';
import { applicationStatus } from './enums.ts';
import { opportunities } from './opportunities.ts';
import { studentProfiles } from './student-profiles.ts';

/** A student's application to an opportunity and where it stands. */
export const applications = pgTable(
  'applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Null once the student deleted their account: the application stays as an anonymous count. */
    profileId: uuid().references(() => studentProfiles.id, { onDelete: 'set null' }),
    opportunityId: uuid()
      .notNull()
      .references(() => opportunities.id, { onDelete: 'restrict' }),
    status: applicationStatus().notNull().default('applied'),
    message: text().notNull().default(''),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ...demoFlag,
    ...rowVersion,
    ...lifecycleDates,
  },
  (t) => [
    uniqueIndex('applications_profile_opportunity_key').on(t.profileId, t.opportunityId),
    index('applications_opportunity_idx').on(t.opportunityId),
  ],
);
