import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@kc/db';
import { ApiError } from './errors.ts';

export interface RateLimitRule {
  /** Most requests allowed in one window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one request against a key in a fixed window kept in the database, so every API
 * process shares it. Past the limit it throws 429 saying when to retry.
 */
export async function consumeRateLimit(db: Db, key: string, rule: RateLimitRule, what: string): Promise<void> {
  const rows = rowsOf<{ count: number; retry_after: number }>(
    await db.execute(sql`
      insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
      on conflict (key) do update set
        count = case when rate_limits.window_start <= now() - make_interval(secs => ${rule.windowSeconds}) then 1 else rate_limits.count + 1 end,
        window_start = case when rate_limits.window_start <= now() - make_interval(secs => ${rule.windowSeconds}) then now() else rate_limits.window_start end
      returning count, ceil(extract(epoch from (window_start + make_interval(secs => ${rule.windowSeconds}) - now())))::int as retry_after`),
  );
  const row = rows[0];
  if (row && row.count > rule.limit) {
    throw new ApiError('TOO_MANY_REQUESTS', `Too many ${what}; try again in ${Math.max(1, row.retry_after)} s.`, undefined, {
      'retry-after': String(Math.max(1, row.retry_after)),
    });
  }
}

/** Forgets a key's count, e.g. after a successful sign-in. */
export async function resetRateLimit(db: Db, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}
