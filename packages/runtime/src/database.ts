import { openDatabase, type Database } from '@kc/db';
import type { Env } from './env.ts';

/** The database the configuration names: PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR. */
export function openConfiguredDatabase(env: Env, lockOwner: Record<string, unknown> = {}): Promise<Database> {
  if (env.DATABASE_URL) return openDatabase({ databaseUrl: env.DATABASE_URL });
  return openDatabase({ dataDir: env.dataDir, lockOwner });
}
