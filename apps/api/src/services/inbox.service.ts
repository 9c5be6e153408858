import { and, count, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ApplicationStatus, Inbox, MarkRead, Notification, NotificationKind } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { requireUser } from './access.ts';
import { organisationRefColumns } from './organisation-ref.ts';

const { applications, demandAlerts, memberships, notifications, opportunities, organisations, studentProfiles, users } = schema;

const applicantUsers = alias(users, 'applicant_users');

export interface ApplicationNotice {
  kind: NotificationKind;
  applicationId: string;
  status: ApplicationStatus;
  previousStatus: ApplicationStatus | null;
  byApplicant: boolean;
  /** Who made the change: they are not told of their own doing. */
  actorUserId: string;
}

/**
 * Puts an application's news in the inboxes of those it concerns, in the transaction that made
 * it: the organisation's members, and the applicant when the organisation moved it. Returns the
 * new entries, which the mail outbox sends once the transaction has committed.
 */
export async function noticeApplication(tx: Db, notice: ApplicationNotice): Promise<string[]> {
  const [where] = await tx
    .select({ organisationId: opportunities.organisationId, applicantUserId: studentProfiles.userId })
    .from(applications)
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .leftJoin(studentProfiles, eq(studentProfiles.id, applications.profileId))
    .where(eq(applications.id, notice.applicationId));
  if (!where) return [];
  const members = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, where.organisationId), ne(memberships.userId, notice.actorUserId)));
  const recipients = new Set(members.map((m) => m.userId));
  if (notice.kind === 'application_moved' && !notice.byApplicant && where.applicantUserId) recipients.add(where.applicantUserId);
  recipients.delete(notice.actorUserId);
  if (recipients.size === 0) return [];
  const { actorUserId: _, ...entry } = notice;
  const rows = await tx
    .insert(notifications)
    .values([...recipients].map((userId) => ({ userId, ...entry, mailPending: true, mailDueAt: sql`now()` })))
    .returning({ id: notifications.id });
  return rows.map((r) => r.id);
}

/**
 * Someone who leaves an organisation no longer reads its applicants' news: their entries about its
 * applications go, except those about their own applications.
 */
export async function forgetOrganisationNews(tx: Db, userId: string, organisationId: string): Promise<void> {
  await tx.execute(sql`
    delete from notifications n
    using applications a, opportunities o
    where n.user_id = ${userId} and a.id = n.application_id and o.id = a.opportunity_id and o.organisation_id = ${organisationId}
      and not exists (select 1 from student_profiles p where p.id = a.profile_id and p.user_id = ${userId})`);
}

export async function loadNotifications(db: Db, where: SQL, window?: { limit: number; offset: number }) {
  const query = db
    .select({
      notification: notifications,
      opportunity: { id: opportunities.id, title: opportunities.title },
      organisation: organisationRefColumns,
      applicant: applicantUsers.displayName,
      applicantUserId: studentProfiles.userId,
      alert: { id: demandAlerts.id, conceptUri: demandAlerts.conceptUri, conceptKind: demandAlerts.conceptKind, threshold: demandAlerts.threshold },
      conceptLabel: sql<string | null>`coalesce((select s.preferred_label from skills s where s.uri = ${demandAlerts.conceptUri}),
        (select g.preferred_label from skill_groups g where g.uri = ${demandAlerts.conceptUri}))`,
      recipient: { displayName: users.displayName, email: users.email, locale: users.locale },
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(applications, eq(applications.id, notifications.applicationId))
    .leftJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .leftJoin(organisations, eq(organisations.id, opportunities.organisationId))
    .leftJoin(studentProfiles, eq(studentProfiles.id, applications.profileId))
    .leftJoin(applicantUsers, eq(applicantUsers.id, studentProfiles.userId))
    .leftJoin(demandAlerts, eq(demandAlerts.id, notifications.demandAlertId))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id));
  const rows = window ? await query.limit(window.limit).offset(window.offset) : await query;
  return rows.map((row) => {
    const n = row.notification;
    const application: Notification['application'] =
      n.applicationId && row.opportunity && row.organisation
        ? {
            id: n.applicationId,
            opportunity: { ...row.opportunity, organisation: row.organisation },
            applicant: row.applicant,
            status: n.status ?? 'applied',
            previousStatus: n.previousStatus,
            byApplicant: n.byApplicant,
          }
        : null;
    const demandAlert: Notification['demandAlert'] = row.alert
      ? {
          id: row.alert.id,
          concept: { uri: row.alert.conceptUri, preferredLabel: row.conceptLabel ?? row.alert.conceptUri, kind: row.alert.conceptKind === 'group' ? 'group' : 'skill' },
          threshold: row.alert.threshold,
          positions: n.positions ?? 0,
        }
      : null;
    const entry: Notification = {
      id: n.id,
      kind: n.kind,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
      application,
      demandAlert,
      recipientRole: demandAlert ? 'subscriber' : row.applicantUserId === n.userId ? 'applicant' : 'organisation',
    };
    return { entry, recipient: row.recipient };
  });
}

/** Has the mail outbox send the new entries' e-mails now, after the request that made them. */
export function mailNotifications(deps: AppDeps, ids: string[]): void {
  if (ids.length > 0) deps.mailOutbox.wake();
}

export async function listInbox(deps: AppDeps, actor: Actor, query: { page: number; pageSize: number; unread?: 'true' | 'false' }): Promise<Inbox> {
  const user = requireUser(actor);
  const db = deps.database.db;
  const mine = eq(notifications.userId, user.userId);
  const unreadOnly = and(mine, isNull(notifications.readAt)) as SQL;
  const where = query.unread === 'true' ? unreadOnly : mine;
  const window = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const [items, [total], [unread]] = await Promise.all([
    loadNotifications(db, where, window),
    db.select({ n: count() }).from(notifications).where(where),
    db.select({ n: count() }).from(notifications).where(unreadOnly),
  ]);
  return { items: items.map((i) => i.entry), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize, unread: unread?.n ?? 0 };
}

/** Marks the caller's own entries read (others' ids are ignored, not revealed); answers what is left unread. */
export async function markRead(deps: AppDeps, actor: Actor, body: MarkRead): Promise<{ unread: number }> {
  const user = requireUser(actor);
  const db = deps.database.db;
  const unreadMine = and(eq(notifications.userId, user.userId), isNull(notifications.readAt)) as SQL;
  const which = 'ids' in body ? (and(unreadMine, inArray(notifications.id, body.ids)) as SQL) : unreadMine;
  await db.update(notifications).set({ readAt: sql`now()` }).where(which);
  const [left] = await db.select({ n: count() }).from(notifications).where(unreadMine);
  return { unread: left?.n ?? 0 };
}
