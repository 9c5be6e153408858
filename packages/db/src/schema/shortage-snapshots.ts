import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { demoFlag } from './columns.ts';
import { opportunityKind, organisationKind } from './enums.ts';

/**
 * A month of the shortage history: demand and supply as they stood, copied so that later edits
 * and deletions do not rewrite the past (docs/SHORTAGE-MEASURES.md, History). The current month's
 * snapshot is refreshed until the month ends; earlier months are never written again.
 */
export const shortageSnapshots = pgTable(
  'shortage_snapshots',
  {
    /** The first day of the month. */
    month: date().primaryKey(),
    /** The day (Europe/Sofia) the figures were taken on: the month's last refresh. */
    asOf: date().notNull(),
    takenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** A month of history the demo made up, removed with the demo. */
    ...demoFlag,
  },
  (t) => [check('shortage_snapshots_first_of_month', sql`extract(day from ${t.month}) = 1`)],
);

/**
 * Each requirement of each counted opportunity that month, with what the slices need. No foreign
 * keys to opportunities or organisations: the history outlives them.
 */
export const shortageSnapshotDemand = pgTable(
  'shortage_snapshot_demand',
  {
    month: date()
      .notNull()
      .references(() => shortageSnapshots.month, { onDelete: 'cascade' }),
    opportunityId: uuid().notNull(),
    skillUri: text().notNull(),
    level: smallint().notNull(),
    /** headcount × importance × urgency, as of the snapshot's day. */
    weight: doublePrecision().notNull(),
    headcount: integer().notNull(),
    organisationId: uuid().notNull(),
    organisationKind: organisationKind().notNull(),
    sector: text(),
    opportunityKind: opportunityKind().notNull(),
    occupationUri: text(),
  },
  (t) => [primaryKey({ columns: [t.month, t.opportunityId, t.skillUri] }), index('shortage_snapshot_demand_skill_idx').on(t.skillUri, t.month)],
);

/** Supply that month, per skill and exact level: students at that highest level, and places teaching to it. */
export const shortageSnapshotSupply = pgTable(
  'shortage_snapshot_supply',
  {
    month: date()
      .notNull()
      .references(() => shortageSnapshots.month, { onDelete: 'cascade' }),
    skillUri: text().notNull(),
    level: smallint().notNull(),
    holders: integer().notNull(),
    places: doublePrecision().notNull(),
    offerings: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.skillUri, t.level] })],
);
