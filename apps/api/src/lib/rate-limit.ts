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

export interface ThrottleRule {
  /** Attempts allowed before the first delay. */
  free: number;
  /** The first delay; every further attempt doubles it, up to `maxDelaySeconds`. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** After this long without attempts the count starts again. */
  quietSeconds: number;
}

export interface Throttle {
  key: string;
  rule: ThrottleRule;
}

/**
 * Counts an attempt against each throttle before it is made, so a burst of parallel attempts
 * counts in full; past `free` attempts each one blocks the key for a growing delay. While any
 * key is blocked the attempt is refused with 429 and not counted. A success is then reported
 * with `attemptSucceeded`.
 */
export async function beginAttempt(db: Db, throttles: Throttle[], what: string): Promise<void> {
  for (const { key, rule } of throttles) {
    const quiet = sql`make_interval(secs => ${rule.quietSeconds})`;
    const count = sql`case when r.window_start <= now() - ${quiet} then 1 else r.count + 1 end`;
    const counted = rowsOf<{ count: number }>(
      await db.execute(sql`
        insert into rate_limits as r (key, window_start, count, blocked_until)
        values (${key}, now(), 1, case when ${rule.free} <= 1 then now() + make_interval(secs => ${rule.baseDelaySeconds}) end)
        on conflict (key) do update set
          count = ${count},
          window_start = now(),
          blocked_until = case when ${count} >= ${rule.free}
            then now() + make_interval(secs => least(${rule.maxDelaySeconds}, ${rule.baseDelaySeconds} * power(2, ${count} - ${rule.free}))) end
        where r.blocked_until is null or r.blocked_until <= now()
        returning r.count`),
    );
    if (counted.length > 0) continue;
    const [blocked] = rowsOf<{ retry_after: number }>(
      await db.execute(sql`select ceil(extract(epoch from blocked_until - now()))::int as retry_after from rate_limits where key = ${key}`),
    );
    const retryAfter = String(Math.max(1, blocked?.retry_after ?? 1));
    throw new ApiError('TOO_MANY_REQUESTS', `Too many ${what}; try again in ${retryAfter} s.`, undefined, { 'retry-after': retryAfter });
  }
}

/** After a successful attempt: `forget` keys start again; `undo` keys take this attempt back. */
export async function attemptSucceeded(db: Db, forget: string[], undo: Throttle[]): Promise<void> {
  if (forget.length > 0) await db.execute(sql`delete from rate_limits where key in ${forget}`);
  for (const { key, rule } of undo) {
    await db.execute(sql`update rate_limits set count = greatest(count - 1, 0),
      blocked_until = case when count - 1 >= ${rule.free} then blocked_until end where key = ${key}`);
  }
}
