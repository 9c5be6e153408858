import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { DEFAULT_OFFERING_LANGUAGE } from '@kc/contract/vocabulary';
import { demoFlag, lifecycleDates, rowVersion } from './columns.ts';
import { offeringFormat, offeringKind, offeringStatus } from './enums.ts';
import { organisations } from './organisations.ts';

/** What a university or training provider teaches: a degree programme, course, training or bootcamp. */
export const offerings = pgTable(
  'offerings',
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    kind: offeringKind().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    hours: integer(),
    ects: numeric({ precision: 5, scale: 1, mode: 'number' }),
    language: text().notNull().default(DEFAULT_OFFERING_LANGUAGE),
    format: offeringFormat().notNull().default('on_site'),
    costEur: numeric({ precision: 10, scale: 2, mode: 'number' }),
    seats: integer(),
    yearlyCapacity: integer(),
    startsOn: date(),
    endsOn: date(),
    status: offeringStatus().notNull().default('draft'),
    ...demoFlag,
    ...rowVersion,
    ...lifecycleDates,
  },
  (t) => [
    index('offerings_provider_idx').on(t.providerId),
    index('offerings_status_kind_idx').on(t.status, t.kind),
    check('offerings_title_not_blank', sql`length(trim(${t.title})) > 0`),
    check('offerings_hours_positive', sql`${t.hours} > 0`),
    check('offerings_ects_positive', sql`${t.ects} > 0`),
    check('offerings_cost_non_negative', sql`${t.costEur} >= 0`),
    check('offerings_seats_positive', sql`${t.seats} > 0`),
    check('offerings_capacity_positive', sql`${t.yearlyCapacity} > 0`),
    check('offerings_dates_ordered', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);
