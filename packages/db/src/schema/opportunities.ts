import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { demoFlag, lifecycleDates, rowVersion } from './columns.ts';
import { opportunityKind, opportunityStatus, unfilledCause, workMode } from './enums.ts';
import { occupations } from './occupations.ts';
import { organisations } from './organisations.ts';

/** A skill gap an organisation posts: a job, an internship, upskilling or a research collaboration. */
export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    kind: opportunityKind().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    headcount: integer().notNull().default(1),
    location: text(),
    workMode: workMode().notNull().default('on_site'),
    startsOn: date(),
    deadline: date(),
    status: opportunityStatus().notNull().default('draft'),
    /** Why it was closed unfilled, if its organisation said: for the cluster's aggregates only, never shown to others. */
    unfilledCause: unfilledCause(),
    /** The ESCO occupation the posting is for: suggested from its title and skills, chosen by its organisation. */
    occupationUri: text().references(() => occupations.uri, { onDelete: 'set null' }),
    /** When it was last closed or filled; null while it is a draft or open. The causes of unfilled needs are counted by it. */
    closedAt: timestamp({ withTimezone: true }),
    ...demoFlag,
    ...rowVersion,
    ...lifecycleDates,
  },
  (t) => [
    index('opportunities_organisation_idx').on(t.organisationId),
    index('opportunities_status_kind_idx').on(t.status, t.kind),
    index('opportunities_occupation_idx').on(t.occupationUri),
    check('opportunities_headcount_positive', sql`${t.headcount} > 0`),
    check('opportunities_title_not_blank', sql`length(trim(${t.title})) > 0`),
    check('opportunities_unfilled_cause_when_closed', sql`${t.unfilledCause} is null or ${t.status} = 'closed'`),
  ],
);
