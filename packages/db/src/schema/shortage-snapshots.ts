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
    // The month over every skill and posting, summarised from its rows (null until then); the trend of all demand reads these.
    /** Demand of all counted requirements. */
    demand: doublePrecision(),
    /** Supply summed over the skills in demand, each weighted by the levels asked for. */
    supply: doublePrecision(),
    /** Positions of the counted postings, each posting once. */
    positions: integer(),
    /** The largest demand of one organisation. */
    largestShare: doublePrecision(),
    /** The most students of any one skill in demand, at the lowest level asked for. */
    mostStudents: integer(),
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

/**
 * Each skill in demand that month, over all demand: the figures of the top shortages, summarised
 * from the month's rows when the snapshot is taken, so the trend of a skill, growth and a past
 * month's ranking read one row per skill and month.
 */
export const shortageSnapshotSkills = pgTable(
  'shortage_snapshot_skills',
  {
    month: date()
      .notNull()
      .references(() => shortageSnapshots.month, { onDelete: 'cascade' }),
    skillUri: text().notNull(),
    demand: doublePrecision().notNull(),
    positions: integer().notNull(),
    opportunities: integer().notNull(),
    organisations: integer().notNull(),
    /** The largest demand of one organisation, for the dominance rule. */
    largestShare: doublePrecision().notNull(),
    offerings: integer().notNull(),
    /** Students and places at the lowest level asked for. */
    students: integer().notNull(),
    places: doublePrecision().notNull(),
    supply: doublePrecision().notNull(),
    heldSupply: doublePrecision().notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.skillUri] }), index('shortage_snapshot_skills_skill_idx').on(t.skillUri, t.month)],
);

/**
 * Each ESCO group of the two upper tiers that month, over all demand: what the trend of a group
 * reads, summarised with `shortage_snapshot_skills`. Positions count each posting once.
 */
export const shortageSnapshotGroups = pgTable(
  'shortage_snapshot_groups',
  {
    month: date()
      .notNull()
      .references(() => shortageSnapshots.month, { onDelete: 'cascade' }),
    groupUri: text().notNull(),
    demand: doublePrecision().notNull(),
    supply: doublePrecision().notNull(),
    positions: integer().notNull(),
    largestShare: doublePrecision().notNull(),
    mostStudents: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.groupUri] }), index('shortage_snapshot_groups_group_idx').on(t.groupUri, t.month)],
);
