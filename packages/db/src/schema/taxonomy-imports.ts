import { integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per taxonomy import: which release, from which archives, what it changed. */
export const taxonomyImports = pgTable('taxonomy_imports', {
  id: serial().primaryKey(),
  version: text().notNull(),
  archiveChecksums: jsonb().$type<Record<string, string>>().notNull(),
  counts: jsonb().$type<Record<string, number>>().notNull(),
  changes: jsonb().$type<Record<string, number>>().notNull(),
  durationMs: integer().notNull(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
