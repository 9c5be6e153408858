import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const userTokenPurpose = pgEnum('user_token_purpose', ['verify_email', 'reset_password']);

/** One-time tokens sent by e-mail; stored as hashes, usable once, until they expire. */
export const userTokens = pgTable(
  'user_tokens',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: userTokenPurpose().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    /** What the person chose when they asked for the link, applied once it is used (sign-up: name, student profile). */
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index('user_tokens_user_idx').on(t.userId)],
);
