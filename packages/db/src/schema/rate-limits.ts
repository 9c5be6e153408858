import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request counters shared by every API process through the database: fixed windows for plain
 * limits, and failure counts with a growing block for throttles (`blockedUntil`).
 */
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  /** Start of the window, or for throttles the last attempt (the count decays after a quiet window). */
  windowStart: timestamp({ withTimezone: true }).notNull(),
  count: integer().notNull(),
  blockedUntil: timestamp({ withTimezone: true }),
});
