import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { demoFlag, lifecycleDates, rowVersion } from './columns.ts';
import { organisationKind, sizeBand } from './enums.ts';

/** Companies, universities, research institutes, training providers and support organisations. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: organisationKind().notNull(),
    name: text().notNull(),
    /** `lookAlikeKey(name)`: two organisations whose names would pass for each other share it. */
    nameKey: text(),
    slug: text().notNull(),
    sector: text(),
    description: text().notNull().default(''),
    website: text(),
    district: text(),
    sizeBand: sizeBand(),
    verified: boolean().notNull().default(false),
    /** Why a cluster administrator refused to verify it; cleared when it is verified or changes who it says it is. */
    verificationRefusal: text(),
    /** When an administrator last verified it or refused to. */
    verificationDecidedAt: timestamp({ withTimezone: true }),
    ...demoFlag,
    ...rowVersion,
    ...lifecycleDates,
  },
  (t) => [
    uniqueIndex('organisations_slug_key').on(t.slug),
    index('organisations_kind_idx').on(t.kind),
    index('organisations_name_key_idx').on(t.nameKey),
    index('organisations_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    check('organisations_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('organisations_name_not_blank', sql`length(trim(${t.name})) > 0`),
  ],
);
