import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * Someone asking to be told when open demand for a skill or a skill group reaches a number of
 * positions. `above` is where demand stood at the last check: the inbox hears of a crossing
 * upwards once, and the alert is armed again when demand falls back below.
 */
export const demandAlerts = pgTable(
  'demand_alerts',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    conceptUri: text().notNull(),
    conceptKind: text().notNull(),
    threshold: integer().notNull(),
    above: boolean().notNull().default(false),
    /** Open positions at the last check. */
    positions: integer(),
    checkedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('demand_alerts_user_concept_key').on(t.userId, t.conceptUri),
    index('demand_alerts_concept_idx').on(t.conceptUri),
    check('demand_alerts_concept_kind', sql`${t.conceptKind} in ('skill', 'group')`),
    check('demand_alerts_threshold_range', sql`${t.threshold} between 5 and 100000`),
  ],
);
