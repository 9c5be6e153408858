import { eq, inArray, or, sql } from 'drizzle-orm';
import type { SignIn, SignUp } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { AppDeps } from '../../context.ts';
import type { SignedInActor } from '../../actor.ts';
import { ApiError } from '../../lib/errors.ts';
import { attemptSucceeded, beginAttempt, consumeRateLimit, type RateLimitRule, type ThrottleRule } from '../../lib/rate-limit.ts';
import { audit } from '../audit.ts';
import { assertOthersAdminister } from '../memberships.service.ts';
import { hashPassword, verifyPassword } from '@kc/runtime';
import { issueToken, redeemToken, usable, voidTokens, INVALID_LINK, type TokenPurpose } from './tokens.ts';
import { createSession, revokeAllSessions } from './sessions.service.ts';

const { users, userTokens, studentProfiles, auditLog, invitations } = schema;

const HOUR = 3600 * 1000;
export const LIMITS = {
  signUpPerAddress: { limit: 10, windowSeconds: 60 * 60 },
  /** Using e-mailed links (confirm, reset): each costs a password hash. */
  linksPerAddress: { limit: 20, windowSeconds: 15 * 60 },
  /** Mails that a sign-up sends to an existing account: kept apart from resets, so sign-ups cannot use up the owner's. */
  signUpMailPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  mailPerAddress: { limit: 10, windowSeconds: 60 * 60 },
  mailPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  exportPerUser: { limit: 10, windowSeconds: 60 * 60 },
};

/**
 * Sign-in throttles. Per account and client: whoever guesses one account's password from one
 * place is slowed down, while its owner signing in from anywhere else is not. Per client: one
 * place guessing many accounts. Both block for a doubling delay once their free attempts are
 * used, and nobody but the guesser is held back.
 */
export const SIGN_IN_THROTTLES = {
  accountClient: { free: 5, baseDelaySeconds: 15, maxDelaySeconds: 15 * 60, quietSeconds: 60 * 60 },
  client: { free: 30, baseDelaySeconds: 15, maxDelaySeconds: 60 * 60, quietSeconds: 60 * 60 },
} satisfies Record<string, ThrottleRule>;

/** The one answer to every failed sign-in, so it never tells whether an account exists. */
export const SIGN_IN_FAILED = 'Wrong e-mail address or password, or the address is not confirmed yet (the link is in the e-mail we sent you).';

const normalise = (email: string) => email.trim().toLowerCase();

/** Sign-in attempts at one address, by client: `<prefix><client>`. */
const signInPrefix = (email: string) => `signin:acct:${normalise(email)}:`;

/** Keys of the limits that count an account's attempts and mails, removed with the account. */
export const accountKeys = (account: { email: string; id: string }) => ({
  signInPrefix: signInPrefix(account.email),
  mail: `mail:acct:${account.id}`,
  signUpMail: `signup-mail:acct:${account.id}`,
  export: `export:user:${account.id}`,
});

interface RequestMeta {
  clientAddress: string;
  userAgent: string | null;
}

/** Refuses a link that cannot work before any password is hashed for it: a wrong token costs a lookup, no more. */
async function assertUsable(deps: AppDeps, token: string, purpose: TokenPurpose, meta: RequestMeta): Promise<void> {
  const db = deps.database.db;
  await consumeRateLimit(db, `links:addr:${meta.clientAddress}`, LIMITS.linksPerAddress, 'links used from this address');
  const [row] = await db.select({ userId: userTokens.userId }).from(userTokens).where(usable(token, purpose));
  if (!row) throw new ApiError('BAD_REQUEST', INVALID_LINK);
}

/** What a sign-up asked for, applied when its confirmation link is used: the owner's choice, not the first sign-up's. */
interface SignUpChoice {
  displayName: string;
  student: SignUp['student'] | null;
}

/** A confirmation link for the account, issued in `db` (the sign-up's transaction, when there is one). */
const issueVerification = (db: Db, userId: string, choice?: SignUpChoice) => issueToken(db, userId, 'verify_email', 48 * HOUR, choice ? { ...choice } : undefined);

async function sendVerification(deps: AppDeps, user: { email: string; displayName: string }, token: string) {
  await deps.mailer.send({
    to: user.email,
    subject: 'Confirm your e-mail address',
    text: `Hello ${user.displayName},\n\nconfirm your address for the Knowledge City Skills Exchange and choose your password:\n${deps.auth.webUrl}/verify-email?token=${token}\n\nThe link works for 48 hours. If you did not sign up, ignore this message: nobody can use the account without it.`,
  });
}

/** Sends an account's owner a mail, unless it already had its share this hour (then silently not). */
async function mailOwner(db: Db, key: string, rule: RateLimitRule, send: () => Promise<void>): Promise<void> {
  try {
    await consumeRateLimit(db, key, rule, 'e-mails for this account');
  } catch {
    return; // a different answer would reveal that the account exists
  }
  await send();
}

export const SIGN_UP_ACCEPTED = 'Check your inbox: we sent a link to this address. Open it to confirm the address and choose your password.';

/**
 * Answers the same whether or not the address has an account, so it cannot be used to find out
 * who does: a new address gets a link to confirm it, the owner of a known one is told instead.
 * The password is chosen with that link, by whoever holds the mailbox: registering someone
 * else's address first gives its owner an account they alone can open.
 */
export async function signUp(deps: AppDeps, input: SignUp, meta: RequestMeta): Promise<void> {
  const db = deps.database.db;
  await consumeRateLimit(db, `signup:addr:${meta.clientAddress}`, LIMITS.signUpPerAddress, 'sign-ups from this address');
  const email = input.email.trim();
  const choice: SignUpChoice = { displayName: input.displayName, student: input.student ?? null };
  const created = await db.transaction(async (tx) => {
    const [user] = await tx.insert(users).values({ email, displayName: input.displayName, locale: input.locale ?? 'en' }).onConflictDoNothing().returning();
    if (!user) return false;
    await audit(tx, { kind: 'anonymous' }, 'sign_up', 'user', user.id);
    await sendVerification(deps, user, await issueVerification(tx, user.id, choice));
    return true;
  });
  if (created) return;
  const [owner] = await db.select().from(users).where(eq(sql`lower(${users.email})`, normalise(email)));
  if (!owner) return;
  await mailOwner(db, accountKeys(owner).signUpMail, LIMITS.signUpMailPerAccount, async () => {
    if (!owner.emailVerifiedAt) {
      // Still unconfirmed: whoever holds the mailbox confirms it with this sign-up's choices.
      await sendVerification(deps, owner, await issueVerification(db, owner.id, choice));
      return;
    }
    await deps.mailer.send({
      to: owner.email,
      subject: 'You already have an account',
      text: `Hello ${owner.displayName},\n\nsomeone, perhaps you, tried to sign up for the Knowledge City Skills Exchange with this address. It already has an account, and nothing was changed.\n\nSign in: ${deps.auth.webUrl}/sign-in\nForgot the password? ${deps.auth.webUrl}/forgot-password\n\nIf it was not you, you can ignore this message.`,
    });
  });
}

export async function signIn(deps: AppDeps, input: SignIn, meta: RequestMeta) {
  const db = deps.database.db;
  const email = normalise(input.email);
  const client = { key: `signin:client:${meta.clientAddress}`, rule: SIGN_IN_THROTTLES.client };
  const accountClient = { key: `${signInPrefix(email)}${meta.clientAddress}`, rule: SIGN_IN_THROTTLES.accountClient };
  await beginAttempt(db, [client, accountClient], 'sign-in attempts from this address');
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email));
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) throw new ApiError('UNAUTHORIZED', SIGN_IN_FAILED);
  if (!user.emailVerifiedAt) {
    // The right password for an address nobody confirmed: the owner gets the link again, and the
    // attempt counts like a failed one, so the answer tells nothing.
    await mailOwner(db, accountKeys(user).signUpMail, LIMITS.signUpMailPerAccount, async () => sendVerification(deps, user, await issueVerification(db, user.id)));
    throw new ApiError('UNAUTHORIZED', SIGN_IN_FAILED);
  }
  await attemptSucceeded(db, [accountClient.key], [client]);
  // E-mails follow the language the person signs in with.
  if (input.locale && input.locale !== user.locale) await db.update(users).set({ locale: input.locale }).where(eq(users.id, user.id));
  return { userId: user.id, ...(await createSession(db, user.id, deps.auth.sessionTtlHours, meta.userAgent)) };
}

/**
 * The link from the confirmation e-mail proves the address: its holder sets the password, the
 * address is confirmed, and they are signed in. Any other session of the account ends.
 */
export async function verifyEmail(deps: AppDeps, input: { token: string; password: string }, meta: RequestMeta) {
  await assertUsable(deps, input.token, 'verify_email', meta);
  const passwordHash = await hashPassword(input.password);
  return deps.database.db.transaction(async (tx) => {
    const { userId, details } = await redeemToken(tx, input.token, 'verify_email');
    const choice = details as Partial<SignUpChoice> | null;
    await tx
      .update(users)
      .set({
        passwordHash,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
        updatedAt: new Date(),
        ...(typeof choice?.displayName === 'string' ? { displayName: choice.displayName } : {}),
      })
      .where(eq(users.id, userId));
    if (choice?.student) {
      await tx
        .insert(studentProfiles)
        .values({ userId, visibility: choice.student.visibility })
        .onConflictDoUpdate({ target: studentProfiles.userId, set: { visibility: choice.student.visibility } });
    }
    await revokeAllSessions(tx, userId);
    await audit(tx, { kind: 'anonymous' }, 'verify_email', 'user', userId);
    return { userId, ...(await createSession(tx, userId, deps.auth.sessionTtlHours, meta.userAgent)) };
  });
}

export async function resendVerification(deps: AppDeps, actor: SignedInActor, meta: RequestMeta): Promise<void> {
  const db = deps.database.db;
  if (actor.emailVerified) throw new ApiError('CONFLICT', 'Your e-mail address is already confirmed.');
  await consumeRateLimit(db, `mail:addr:${meta.clientAddress}`, LIMITS.mailPerAddress, 'e-mails requested from this address');
  await consumeRateLimit(db, accountKeys({ email: actor.email, id: actor.userId }).mail, LIMITS.mailPerAccount, 'e-mails for this account');
  await sendVerification(deps, actor, await issueVerification(db, actor.userId));
}

/** Always answers the same way, so it cannot be used to find out who has an account. */
export async function requestPasswordReset(deps: AppDeps, rawEmail: string, meta: RequestMeta): Promise<void> {
  const db = deps.database.db;
  const email = normalise(rawEmail);
  await consumeRateLimit(db, `mail:addr:${meta.clientAddress}`, LIMITS.mailPerAddress, 'e-mails requested from this address');
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email));
  if (!user) return;
  await mailOwner(db, accountKeys(user).mail, LIMITS.mailPerAccount, async () => {
    const token = await issueToken(db, user.id, 'reset_password', HOUR);
    await deps.mailer.send({
      to: user.email,
      subject: 'Reset your password',
      text: `Hello ${user.displayName},\n\nsomeone asked to reset your password for the Knowledge City Skills Exchange. If it was you:\n${deps.auth.webUrl}/reset-password?token=${token}\n\nThe link works for one hour. If it was not you, ignore this message.`,
    });
  });
}

export async function resetPassword(deps: AppDeps, token: string, password: string, meta: RequestMeta): Promise<void> {
  await assertUsable(deps, token, 'reset_password', meta);
  const passwordHash = await hashPassword(password);
  await deps.database.db.transaction(async (tx) => {
    const { userId } = await redeemToken(tx, token, 'reset_password');
    // The link reached the address, which confirms it.
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date(), emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, userId));
    await voidTokens(tx, userId, 'verify_email');
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
    await assertOthersAdminister(tx, actor.userId, 'delete your account');
    const personal = [eq(auditLog.entityId, actor.userId)];
    if (actor.profileId) personal.push(eq(auditLog.entityId, actor.profileId));
    await tx.delete(auditLog).where(or(...personal));
    if (actor.profileId) {
      // The cover letter is theirs; the application itself stays, anonymous, as a count.
      await tx.update(schema.applications).set({ message: '' }).where(eq(schema.applications.profileId, actor.profileId));
    }
    await tx.delete(invitations).where(eq(sql`lower(${invitations.email})`, normalise(actor.email)));
    await tx.delete(users).where(eq(users.id, actor.userId));
    const keys = accountKeys({ email: actor.email, id: actor.userId });
    await tx
      .delete(schema.rateLimits)
      .where(or(inArray(schema.rateLimits.key, [keys.mail, keys.signUpMail, keys.export]), eq(sql`left(${schema.rateLimits.key}, ${keys.signInPrefix.length})`, keys.signInPrefix)));
    await audit(tx, { kind: 'anonymous' }, 'delete_account', 'user', 'deleted');
  });
  // The deletion put the profile's removal in the outbox; send it now so the person is not
  // found after this answer. If the engine is down, the outbox keeps it for the retry.
  await deps.search.sync.drain().catch((error: unknown) => deps.log.warn('search sync after account deletion failed', { error: String(error) }));
}
