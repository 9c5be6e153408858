import { bigserial, index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';
import { applicationStatus } from './enums.ts';

/** Each status an application reached, and when: its history as the student and the organisation see it. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    status: applicationStatus().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.at)],
);
