import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), schemaVersion: z.string().nullable(), migrations: z.number().int(), pendingMigrations: z.number().int() }),
  esco: z.object({
    version: z.string().nullable(),
    importedAt: z.string().nullable(),
    skills: z.number().int(),
    occupations: z.number().int(),
  }),
  search: z.object({
    engine: z.enum(['postgres', 'meilisearch']),
    outbox: z.object({
      pending: z.number().int().describe('Changes not yet in the search engine'),
      failing: z.number().int().describe('Of those, changes that failed at least once and wait for a retry'),
      oldestSeconds: z.number().int().describe('Age of the oldest change not yet in the engine'),
      lastError: z.string().nullable(),
    }),
  }),
  attribution: z.string(),
  checkedAt: z.string().describe('When these figures were read: at most a second ago, unless the database is slow to answer (degraded after 30 s)'),
});
export type Health = z.infer<typeof healthSchema>;
