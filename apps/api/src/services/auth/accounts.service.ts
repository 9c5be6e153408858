import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { SignUp } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { AppDeps, SignedInActor } from '../../context.ts';
import { ApiError, sqlState } from '../../lib/errors.ts';
import { consumeRateLimit, resetRateLimit } from '../../lib/rate-limit.ts';
import { audit } from '../audit.ts';
import { hashPassword, hashToken, newToken, verifyPassword } from './secrets.ts';
import { createSession, revokeAllSessions } from './sessions.service.ts';

const { users, userTokens, studentProfiles, auditLog, invitations } = schema;

const HOUR = 3600 * 1000;
export const LIMITS = {
  signInPerAccount: { limit: 5, windowSeconds: 15 * 60 },
  signInPerAddress: { limit: 30, windowSeconds: 15 * 60 },
  signUpPerAddress: { limit: 10, windowSeconds: 60 * 60 },
  mailPerAddress: { limit: 10, windowSeconds: 60 * 60 },
  mailPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  exportPerUser: { limit: 10, windowSeconds: 60 * 60 },
};

const normalise = (email: string) => email.trim().toLowerCase();

interface RequestMeta {
  clientAddress: string;
  userAgent: string | null;
}

async function issueToken(db: Db, userId: string, purpose: 'verify_email' | 'reset_password', ttlMs: number): Promise<string> {
  const token = newToken();
  await db.insert(userTokens).values({ tokenHash: hashToken(token), userId, purpose, expiresAt: new Date(Date.now() + ttlMs) });
  return token;
}

/** Uses a one-time token: returns its user, or throws when it is unknown, used or expired. */
async function redeemToken(db: Db, token: string, purpose: 'verify_email' | 'reset_password'): Promise<string> {
  const [row] = await db
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, new Date())))
    .returning({ userId: userTokens.userId });
  if (!row) throw new ApiError('BAD_REQUEST', 'This link is invalid, was already used, or has expired.');
  return row.userId;
}

async function sendVerification(deps: AppDeps, db: Db, user: { id: string; email: string; displayName: string }) {
  const token = await issueToken(db, user.id, 'verify_email', 48 * HOUR);
  await deps.mailer.send({
    to: user.email,
    subject: 'Confirm your e-mail address',
    text: `Hello ${user.displayName},\n\nconfirm your address for the Knowledge City Skills Exchange:\n${deps.auth.webUrl}/verify-email?token=${token}\n\nThe link works for 48 hours.`,
  });
}

export async function signUp(deps: AppDeps, input: SignUp, meta: RequestMeta) {
  const db = deps.database.db;
  await consumeRateLimit(db, `signup:addr:${meta.clientAddress}`, LIMITS.signUpPerAddress, 'sign-ups from this address');
  const email = input.email.trim();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email, displayName: input.displayName, passwordHash, isClusterAdmin: deps.auth.clusterAdminEmails.includes(normalise(email)) })
        .returning();
      if (!user) throw new Error('insert returned no row');
      if (input.student) {
        await tx.insert(studentProfiles).values({ userId: user.id, visibility: input.student.visibility });
      }
      await audit(tx, { kind: 'anonymous' }, 'sign_up', 'user', user.id);
      await sendVerification(deps, tx, user);
      return { userId: user.id, ...(await createSession(tx, user.id, deps.auth.sessionTtlHours, meta.userAgent)) };
    });
  } catch (error) {
    if (sqlState(error) === '23505') {
      throw new ApiError('CONFLICT', 'An account with this e-mail address already exists; sign in or reset the password.', [
        { path: 'body.email', message: 'already registered' },
      ]);
    }
    throw error;
  }
}

export async function signIn(deps: AppDeps, input: { email: string; password: string }, meta: RequestMeta) {
  const db = deps.database.db;
  const email = normalise(input.email);
  const accountKey = `signin:acct:${email}`;
  await consumeRateLimit(db, `signin:addr:${meta.clientAddress}`, LIMITS.signInPerAddress, 'sign-in attempts from this address');
  await consumeRateLimit(db, accountKey, LIMITS.signInPerAccount, 'sign-in attempts for this account');
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email));
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) throw new ApiError('UNAUTHORIZED', 'Wrong e-mail address or password.');
  await resetRateLimit(db, accountKey);
  if (!user.isClusterAdmin && deps.auth.clusterAdminEmails.includes(email)) {
    await db.update(users).set({ isClusterAdmin: true }).where(eq(users.id, user.id));
  }
  return { userId: user.id, ...(await createSession(db, user.id, deps.auth.sessionTtlHours, meta.userAgent)) };
}

export async function verifyEmail(deps: AppDeps, token: string): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    const userId = await redeemToken(tx, token, 'verify_email');
    await tx.update(users).set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` }).where(eq(users.id, userId));
  });
}

export async function resendVerification(deps: AppDeps, actor: SignedInActor, meta: RequestMeta): Promise<void> {
  const db = deps.database.db;
  if (actor.emailVerified) throw new ApiError('CONFLICT', 'Your e-mail address is already confirmed.');
  await consumeRateLimit(db, `mail:addr:${meta.clientAddress}`, LIMITS.mailPerAddress, 'e-mails requested from this address');
  await consumeRateLimit(db, `mail:acct:${actor.userId}`, LIMITS.mailPerAccount, 'e-mails for this account');
  await sendVerification(deps, db, { id: actor.userId, email: actor.email, displayName: actor.displayName });
}

/** Always answers the same way, so it cannot be used to find out who has an account. */
export async function requestPasswordReset(deps: AppDeps, rawEmail: string, meta: RequestMeta): Promise<void> {
  const db = deps.database.db;
  const email = normalise(rawEmail);
  await consumeRateLimit(db, `mail:addr:${meta.clientAddress}`, LIMITS.mailPerAddress, 'e-mails requested from this address');
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email));
  if (!user) return;
  try {
    await consumeRateLimit(db, `mail:acct:${user.id}`, LIMITS.mailPerAccount, 'e-mails for this account');
  } catch {
    return; // silently: a different answer would reveal that the account exists
  }
  const token = await issueToken(db, user.id, 'reset_password', HOUR);
  await deps.mailer.send({
    to: user.email,
    subject: 'Reset your password',
    text: `Hello ${user.displayName},\n\nsomeone asked to reset your password for the Knowledge City Skills Exchange. If it was you:\n${deps.auth.webUrl}/reset-password?token=${token}\n\nThe link works for one hour. If it was not you, ignore this message.`,
  });
}

export async function resetPassword(deps: AppDeps, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await deps.database.db.transaction(async (tx) => {
    const userId = await redeemToken(tx, token, 'reset_password');
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
    await revokeAllSessions(tx, userId);
    await audit(tx, { kind: 'anonymous' }, 'reset_password', 'user', userId);
  });
}

/**
 * Removes the person everywhere: account, profile, skills, memberships, sessions, tokens,
 * invitations and the record of who viewed them. Applications stay as anonymous counts; audit
 * entries they made lose their author.
 */
export async function deleteAccount(deps: AppDeps, actor: SignedInActor, password: string): Promise<void> {
  const db = deps.database.db;
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    throw new ApiError('FORBIDDEN', 'The password is wrong; the account was not deleted.');
  }
  await db.transaction(async (tx) => {
    const personal = [eq(auditLog.entityId, actor.userId)];
    if (actor.profileId) personal.push(eq(auditLog.entityId, actor.profileId));
    await tx.delete(auditLog).where(or(...personal));
    if (actor.profileId) {
      // The cover letter is theirs; the application itself stays, anonymous, as a count.
      await tx.update(schema.applications).set({ message: '' }).where(eq(schema.applications.profileId, actor.profileId));
    }
    await tx.delete(invitations).where(eq(sql`lower(${invitations.email})`, normalise(actor.email)));
    await tx.delete(users).where(eq(users.id, actor.userId));
    await tx.delete(schema.rateLimits).where(inArray(schema.rateLimits.key, [`signin:acct:${normalise(actor.email)}`, `mail:acct:${actor.userId}`]));
    await audit(tx, { kind: 'anonymous' }, 'delete_account', 'user', 'deleted');
  });
}
