import { bigserial, date, index, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { studentProfiles } from './student-profiles.ts';
import { users } from './users.ts';

/**
 * Who opened a student's profile or application, once a viewer a day, for "who viewed your
 * profile". Appearing in a list or a search result is not a view.
 */
export const profileViews = pgTable(
  'profile_views',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    profileId: uuid()
      .notNull()
      .references(() => studentProfiles.id, { onDelete: 'cascade' }),
    /** Null once the viewer deleted their account: the view stays, as "a deleted account". */
    viewerUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The organisation the viewer acted for. */
    organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    day: date().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('profile_views_once_a_day_key').on(t.profileId, t.viewerUserId, t.day), index('profile_views_viewer_idx').on(t.viewerUserId)],
);
