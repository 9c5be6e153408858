import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offerings } from './offerings.ts';
import { opportunities } from './opportunities.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

/** A training provider's answer to a posted need: one of its offerings, put forward for the opportunity. */
export const needResponses = pgTable(
  'need_responses',
  {
    id: uuid().primaryKey().defaultRandom(),
    opportunityId: uuid()
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    offeringId: uuid()
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    /** The offering's provider when it responded: whose members may withdraw it. */
    providerId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    respondedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    message: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('need_responses_pair_key').on(t.opportunityId, t.offeringId),
    index('need_responses_provider_idx').on(t.providerId),
    check('need_responses_message_length', sql`length(${t.message}) <= 1000`),
  ],
);
