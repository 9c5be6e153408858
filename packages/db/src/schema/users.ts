import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { demoFlag, lifecycleDates } from './columns.ts';
import { userLocale } from './enums.ts';

/** People who use the platform: students, organisation members, cluster administrators. */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text(),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    /** The language the person last used the site in: e-mails to them are written in it. */
    locale: userLocale().notNull().default('en'),
    ...demoFlag,
    ...lifecycleDates,
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);
