import { and, count, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { CurrentUser, Session } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { ResolvedSession, SignedInActor } from '../../actor.ts';
import type { AppDeps } from '../../context.ts';
import { holdsClusterAdminRights } from '../access.ts';
import { hashToken, newToken } from './secrets.ts';

const { sessions, users, memberships, notifications, organisations, studentProfiles } = schema;

/** How stale lastSeenAt may get before a request refreshes it (saves a write per request). */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export async function createSession(db: Db, userId: string, ttlHours: number, userAgent: string | null) {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3600 * 1000);
  await db.insert(sessions).values({ id: hashToken(token), userId, csrfToken, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
  // Expired sessions of anyone are cleared as new ones are made: no background job needed.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, csrfToken, expiresAt };
}

/**
 * The signed-in user behind a session token, or null when it is unknown or expired, or its
 * address was never confirmed (a session an older release gave before confirmation).
 */
export async function resolveSession(deps: AppDeps, token: string): Promise<ResolvedSession | null> {
  const db = deps.database.db;
  const id = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users, profileId: studentProfiles.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(studentProfiles, eq(studentProfiles.userId, users.id))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date())));
  if (!row || row.user.emailVerifiedAt === null) return null;
  if (Date.now() - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id));
  }
  const rows = await db
    .select({ organisationId: memberships.organisationId, role: memberships.role, verified: organisations.verified })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, row.user.id));
  const emailVerified = row.user.emailVerifiedAt !== null;
  return {
    actor: {
      kind: 'user',
      userId: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      emailVerified,
      isClusterAdmin: holdsClusterAdminRights({ email: row.user.email, emailVerified }, deps.auth.clusterAdminEmails),
      profileId: row.profileId,
      memberships: rows,
      sessionId: id,
      locale: row.user.locale,
    },
    csrfToken: row.session.csrfToken,
    expiresAt: row.session.expiresAt,
  };
}

export async function revokeSession(deps: AppDeps, sessionId: string): Promise<void> {
  await deps.database.db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function revokeAllSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** The caller as the API describes them: identity, profile and memberships. */
export async function describeUser(deps: AppDeps, actor: SignedInActor): Promise<CurrentUser> {
  const db = deps.database.db;
  const [rows, [unread]] = await Promise.all([
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        slug: organisations.slug,
        kind: organisations.kind,
        verified: organisations.verified,
        role: memberships.role,
      })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.userId, actor.userId))
      .orderBy(sql`${organisations.name}`),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt))),
  ]);
  return {
    id: actor.userId,
    email: actor.email,
    displayName: actor.displayName,
    emailVerified: actor.emailVerified,
    isClusterAdmin: actor.isClusterAdmin,
    locale: actor.locale,
    unreadNotifications: unread?.n ?? 0,
    profileId: actor.profileId,
    memberships: rows.map(({ role, ...organisation }) => ({ organisation, role })),
  };
}

export async function describeSession(deps: AppDeps, resolved: ResolvedSession): Promise<Session> {
  return { user: await describeUser(deps, resolved.actor), csrfToken: resolved.csrfToken, expiresAt: resolved.expiresAt.toISOString() };
}
