import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import { ApiError } from '../../lib/errors.ts';
import { hashToken, newToken } from './secrets.ts';

const { userTokens } = schema;

/** One-time links sent by e-mail: stored as hashes, used once, until they expire. */
export type TokenPurpose = 'verify_email' | 'reset_password';

export async function issueToken(db: Db, userId: string, purpose: TokenPurpose, ttlMs: number, details?: Record<string, unknown>): Promise<string> {
  const token = newToken();
  await db.insert(userTokens).values({ tokenHash: hashToken(token), userId, purpose, expiresAt: new Date(Date.now() + ttlMs), details: details ?? null });
  return token;
}

export const usable = (token: string, purpose: TokenPurpose) =>
  and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, new Date()));
export const INVALID_LINK = 'This link is invalid, was already used, or has expired.';

/** Uses a one-time token: returns its user and what was asked with it, or throws when it is unknown, used or expired. */
export async function redeemToken(db: Db, token: string, purpose: TokenPurpose): Promise<{ userId: string; details: Record<string, unknown> | null }> {
  const [row] = await db.update(userTokens).set({ usedAt: new Date() }).where(usable(token, purpose)).returning({ userId: userTokens.userId, details: userTokens.details });
  if (!row) throw new ApiError('BAD_REQUEST', INVALID_LINK);
  // One link of a kind does the job; any other outstanding one of the same kind is void now.
  await voidTokens(db, row.userId, purpose);
  return row;
}

/** Outstanding links of a kind stop working (a confirmed address needs no confirmation link). */
export async function voidTokens(db: Db, userId: string, purpose: TokenPurpose): Promise<void> {
  await db
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
}

