import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { lifecycleDates } from './columns.ts';
import { membershipRole } from './enums.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

/** A user's role in an organisation. */
export const memberships = pgTable(
  'memberships',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: membershipRole().notNull().default('member'),
    ...lifecycleDates,
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index('memberships_organisation_idx').on(t.organisationId)],
);
