import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, date, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';

/**
 * Today's counted demand per skill and organisation: the first step of every shortage view over
 * today, kept so that no view reads every requirement. Derived: the API recounts an
 * organisation's rows when `skill_demand_changes` names it, and everything when the day in
 * `skill_demand_state` is not today (urgency weights follow the calendar).
 */
export const skillDemand = pgTable(
  'skill_demand',
  {
    skillUri: text().notNull(),
    organisationId: uuid().notNull(),
    /** Σ headcount × importance × urgency of the organisation's counted requirements of the skill. */
    share: doublePrecision().notNull(),
    positions: integer().notNull(),
    opportunities: integer().notNull(),
    lowestLevel: smallint().notNull(),
    /** The share asked for at each exact level. */
    d1: doublePrecision().notNull(),
    d2: doublePrecision().notNull(),
    d3: doublePrecision().notNull(),
    d4: doublePrecision().notNull(),
  },
  (t) => [primaryKey({ columns: [t.skillUri, t.organisationId] }), index('skill_demand_organisation_idx').on(t.organisationId)],
);

/**
 * The same per ESCO skill group of the two upper tiers (the groups the shortage treemap shows)
 * and organisation: the demand of the group's skills, and the positions of the postings asking
 * for any of them, each posting once. Counted with `skill_demand`.
 */
export const skillGroupDemand = pgTable(
  'skill_group_demand',
  {
    groupUri: text().notNull(),
    organisationId: uuid().notNull(),
    share: doublePrecision().notNull(),
    positions: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupUri, t.organisationId] }), index('skill_group_demand_organisation_idx').on(t.organisationId)],
);

/** The day `skill_demand` and `skill_group_demand` were counted for; none until they first are. */
export const skillDemandState = pgTable(
  'skill_demand_state',
  {
    singleton: boolean().primaryKey().default(true),
    asOf: date().notNull(),
  },
  (t) => [check('skill_demand_state_one_row', sql`${t.singleton}`)],
);

/** Organisations whose postings changed since `skill_demand` was counted, written by triggers (migration 0020). */
export const skillDemandChanges = pgTable('skill_demand_changes', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  organisationId: uuid().notNull(),
});
