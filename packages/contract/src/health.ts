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
  attribution: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
