import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, smallint, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';
import { demandAlerts } from './demand-alerts.ts';
import { applicationStatus, notificationKind } from './enums.ts';
import { users } from './users.ts';

/**
 * A person's in-app inbox. Rows point at what they tell of rather than copying it, so names and
 * titles read as they are now, and an applicant who deletes their account leaves no name behind.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind().notNull(),
    applicationId: uuid().references(() => applications.id, { onDelete: 'cascade' }),
    /** The status the application reached, and the one it left (null when it arrived). */
    status: applicationStatus(),
    previousStatus: applicationStatus(),
    /** A demand alert that fired, and the open positions it saw. */
    demandAlertId: uuid().references(() => demandAlerts.id, { onDelete: 'cascade' }),
    positions: integer(),
    /** Whether the change was the applicant's own (a withdrawal) rather than the organisation's. */
    byApplicant: boolean().notNull().default(false),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * The entry's e-mail, an outbox: pending until the mail server took it, tried again later
     * (from `mailDueAt`) when it failed, given up after a few attempts. Rows from before the
     * outbox were mailed as they were made, so the default is "nothing to send".
     */
    mailPending: boolean().notNull().default(false),
    mailAttempts: smallint().notNull().default(0),
    mailDueAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt.desc()),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
    index('notifications_application_idx').on(t.applicationId),
    index('notifications_mail_due_idx').on(t.mailDueAt).where(sql`${t.mailPending}`),
  ],
);
