import { desc, eq, sql } from 'drizzle-orm';
import type { ProfileView } from '@kc/contract';
import { schema } from '@kc/db';
import type { SignedInActor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { consumeRateLimit } from '../lib/rate-limit.ts';
import { accountKeys, LIMITS } from './auth/accounts.service.ts';
import { organisationRefColumns } from './organisation-ref.ts';

const { users, studentProfiles, profileSkills, profileTargetOccupations, memberships, organisations, applications, opportunities, sessions, auditLog, invitations, notifications, profileViews: views } = schema;

/** Who opened the student's profile or applications, newest first (once a viewer a day). */
export async function profileViews(deps: AppDeps, actor: SignedInActor, limit = 200): Promise<ProfileView[]> {
  if (!actor.profileId) return [];
  const rows = await deps.database.db
    .select({ at: views.at, viewer: users.displayName, organisation: organisationRefColumns })
    .from(views)
    .leftJoin(users, eq(users.id, views.viewerUserId))
    .leftJoin(organisations, eq(organisations.id, views.organisationId))
    .where(eq(views.profileId, actor.profileId))
    .orderBy(desc(views.at), desc(views.id))
    .limit(limit);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    action: 'view' as const,
    viewer: r.viewer ?? 'a deleted account',
    organisation: r.organisation?.id ? r.organisation : null,
  }));
}

/** Everything stored about the caller, as one JSON document ("download my data"). */
export async function exportMyData(deps: AppDeps, actor: SignedInActor): Promise<Record<string, unknown>> {
  const db = deps.database.db;
  await consumeRateLimit(db, accountKeys({ email: actor.email, id: actor.userId }).export, LIMITS.exportPerUser, 'data exports');
  const [user] = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName, emailVerifiedAt: users.emailVerifiedAt, createdAt: users.createdAt, updatedAt: users.updatedAt })
    .from(users)
    .where(eq(users.id, actor.userId));
  const [profile] = await db.select().from(studentProfiles).where(eq(studentProfiles.userId, actor.userId));
  const [skills, targets, memberOf, applied, activeSessions, actions, invited, views, inbox] = await Promise.all([
    profile ? db.select().from(profileSkills).where(eq(profileSkills.profileId, profile.id)) : [],
    profile ? db.select({ occupationUri: profileTargetOccupations.occupationUri }).from(profileTargetOccupations).where(eq(profileTargetOccupations.profileId, profile.id)) : [],
    db
      .select({ organisationId: memberships.organisationId, organisation: organisations.name, role: memberships.role, since: memberships.createdAt })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.userId, actor.userId)),
    profile
      ? db
          .select({ id: applications.id, opportunityId: applications.opportunityId, opportunity: opportunities.title, status: applications.status, message: applications.message, createdAt: applications.createdAt, statusChangedAt: applications.statusChangedAt })
          .from(applications)
          .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
          .where(eq(applications.profileId, profile.id))
      : [],
    db.select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt, userAgent: sessions.userAgent }).from(sessions).where(eq(sessions.userId, actor.userId)),
    db.select({ at: auditLog.at, action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId }).from(auditLog).where(eq(auditLog.actorUserId, actor.userId)).orderBy(desc(auditLog.at)),
    db.select({ organisationId: invitations.organisationId, role: invitations.role, createdAt: invitations.createdAt, acceptedAt: invitations.acceptedAt }).from(invitations).where(eq(sql`lower(${invitations.email})`, actor.email.toLowerCase())),
    profileViews(deps, actor, 10_000),
    db
      .select({ kind: notifications.kind, applicationId: notifications.applicationId, status: notifications.status, createdAt: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(eq(notifications.userId, actor.userId))
      .orderBy(desc(notifications.createdAt)),
  ]);
  await db.insert(auditLog).values({ actorUserId: actor.userId, action: 'export_own_data', entityType: 'user', entityId: actor.userId });
  return {
    exportedAt: new Date().toISOString(),
    account: user ? { ...user, isClusterAdmin: actor.isClusterAdmin } : user,
    studentProfile: profile ? { ...profile, skills, targetOccupations: targets.map((t) => t.occupationUri) } : null,
    memberships: memberOf,
    applications: applied,
    sessions: activeSessions,
    invitations: invited,
    profileViews: views,
    inbox,
    actions,
  };
}

