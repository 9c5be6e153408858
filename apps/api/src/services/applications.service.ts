import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { APPLICATION_STATUSES, APPLICATION_TRANSITIONS, type ApplicantsPage, type ApplicantsQuery, type Application, type ApplicationStatus } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { ApiError, notFound, sqlState } from '../lib/errors.ts';
import { isMemberOf, requireMember, requireUser } from './access.ts';
import { audit } from './audit.ts';
import { mailNotifications, noticeApplication } from './inbox.service.ts';
import { getOpportunity } from './opportunities.service.ts';
import { organisationRefColumns } from './organisation-ref.ts';
import { updateVersioned, versionConflict } from './rows.ts';
import { recordProfileViews } from './students.service.ts';

const { applications, applicationEvents, opportunities, organisations, studentProfiles, users } = schema;

type HistoryEntry = Application['history'][number];

/**
 * An application's history: the statuses recorded as it moved, opened by "applied" and closed by
 * where it stands now. Applications from before the history was kept (and demo ones) have no
 * recorded steps; theirs is told from when they were sent and last moved.
 */
export function historyOf(
  application: { status: Application['status']; createdAt: string; statusChangedAt: string },
  recorded: readonly HistoryEntry[],
): HistoryEntry[] {
  const history = [...recorded];
  if (history[0]?.status !== 'applied') history.unshift({ status: 'applied', at: application.createdAt });
  if (history.at(-1)?.status !== application.status) history.push({ status: application.status, at: application.statusChangedAt });
  return history;
}

async function historiesOf(db: Db, ids: string[]): Promise<Map<string, HistoryEntry[]>> {
  const histories = new Map<string, HistoryEntry[]>();
  if (ids.length === 0) return histories;
  const rows = await db
    .select({ applicationId: applicationEvents.applicationId, status: applicationEvents.status, at: applicationEvents.at })
    .from(applicationEvents)
    .where(inArray(applicationEvents.applicationId, ids))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
  for (const row of rows) {
    const entry = { status: row.status, at: row.at.toISOString() };
    const list = histories.get(row.applicationId);
    if (list) list.push(entry);
    else histories.set(row.applicationId, [entry]);
  }
  return histories;
}

async function loadApplications(db: Db, where: SQL, window?: { limit: number; offset: number }): Promise<Application[]> {
  const query = db
    .select({
      application: applications,
      opportunityTitle: opportunities.title,
      organisation: organisationRefColumns,
      displayName: users.displayName,
    })
    .from(applications)
    .innerJoin(opportunities, eq(opportunities.id, applications.opportunityId))
    .innerJoin(organisations, eq(organisations.id, opportunities.organisationId))
    .leftJoin(studentProfiles, eq(studentProfiles.id, applications.profileId))
    .leftJoin(users, eq(users.id, studentProfiles.userId))
    .where(where)
    .orderBy(desc(applications.createdAt), desc(applications.id));
  const rows = window ? await query.limit(window.limit).offset(window.offset) : await query;
  const histories = await historiesOf(db, rows.map((r) => r.application.id));
  return rows.map(({ application: a, opportunityTitle, organisation, displayName }) => {
    const dates = { status: a.status, createdAt: a.createdAt.toISOString(), statusChangedAt: a.statusChangedAt.toISOString() };
    return {
      id: a.id,
      opportunity: { id: a.opportunityId, title: opportunityTitle, organisation },
      applicant: a.profileId ? { profileId: a.profileId, displayName: displayName ?? '' } : null,
      message: a.message,
      version: a.version,
      ...dates,
      history: historyOf(dates, histories.get(a.id) ?? []),
    };
  });
}

/** A student applies to an open opportunity, once. */
export async function applyTo(deps: AppDeps, actor: Actor, opportunityId: string, message: string | undefined): Promise<Application> {
  const db = deps.database.db;
  const user = requireUser(actor);
  const opportunity = await getOpportunity(deps, actor, opportunityId);
  if (!user.profileId) throw new ApiError('FORBIDDEN', 'Create your student profile before applying.');
  if (opportunity.status !== 'open') throw new ApiError('CONFLICT', 'The opportunity is not open for applications.');
  let id: string;
  let notices: string[];
  try {
    [id, notices] = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(applications)
        .values({ profileId: user.profileId, opportunityId, message: message ?? '' })
        .returning({ id: applications.id, createdAt: applications.createdAt });
      if (!row) throw new Error('insert returned no row');
      await tx.insert(applicationEvents).values({ applicationId: row.id, status: 'applied', at: row.createdAt });
      await audit(tx, actor, 'apply', 'application', row.id);
      const told = await noticeApplication(tx, {
        kind: 'application_received',
        applicationId: row.id,
        status: 'applied',
        previousStatus: null,
        byApplicant: true,
        actorUserId: user.userId,
      });
      return [row.id, told] as const;
    });
  } catch (error) {
    if (sqlState(error) === '23505') throw new ApiError('CONFLICT', 'You already applied to this opportunity.');
    throw error;
  }
  mailNotifications(deps, notices);
  const [created] = await loadApplications(db, eq(applications.id, id));
  if (!created) throw notFound('Application');
  return created;
}

/**
 * The applicants to an opportunity, for members of its organisation, newest first: one stage or
 * all, a page at a time, with the count at every stage. Opening them is a view of each applicant.
 */
export async function listApplicants(deps: AppDeps, actor: Actor, opportunityId: string, query: ApplicantsQuery): Promise<ApplicantsPage> {
  const db = deps.database.db;
  const opportunity = await getOpportunity(deps, actor, opportunityId);
  requireMember(actor, opportunity.organisation.id, 'see its applicants');
  const ofOpportunity = eq(applications.opportunityId, opportunityId);
  const where = query.status ? (and(ofOpportunity, eq(applications.status, query.status)) ?? ofOpportunity) : ofOpportunity;
  const [items, byStatus] = await Promise.all([
    loadApplications(db, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    db.select({ status: applications.status, n: count() }).from(applications).where(ofOpportunity).groupBy(applications.status),
  ]);
  const counts = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as Record<ApplicationStatus, number>;
  for (const row of byStatus) counts[row.status] = row.n;
  await recordProfileViews(db, actor, items.flatMap((a) => (a.applicant ? [a.applicant.profileId] : [])), opportunity.organisation.id);
  const total = query.status ? counts[query.status] : APPLICATION_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return { items, page: query.page, pageSize: query.pageSize, total, counts };
}

export async function myApplications(deps: AppDeps, actor: Actor, filter: { opportunity?: string } = {}): Promise<Application[]> {
  const user = requireUser(actor);
  if (!user.profileId) return [];
  const mine = eq(applications.profileId, user.profileId);
  return loadApplications(deps.database.db, filter.opportunity ? (and(mine, eq(applications.opportunityId, filter.opportunity)) ?? mine) : mine);
}

/**
 * Moves an application along `APPLICATION_TRANSITIONS`: organisation members decide, the
 * student may withdraw. Anyone else learns nothing about the application.
 */
export async function updateApplication(deps: AppDeps, actor: Actor, id: string, status: ApplicationStatus, version: number): Promise<Application> {
  const db = deps.database.db;
  const user = requireUser(actor);
  const [current] = await loadApplications(db, eq(applications.id, id));
  const isApplicant = current?.applicant !== null && current?.applicant?.profileId === user.profileId;
  if (!current || (!isApplicant && !isMemberOf(user, current.opportunity.organisation.id))) throw notFound('Application');
  const side = isApplicant ? 'applicant' : 'organisation';
  const everSets = [...new Set(Object.values(APPLICATION_TRANSITIONS).flatMap((t) => t[side]))];
  if (!everSets.includes(status)) {
    throw new ApiError('FORBIDDEN', isApplicant ? 'You can only withdraw your application.' : `The organisation can set ${everSets.join(', ')}.`);
  }
  // A move decided on an out-of-date view is refused as such, before asking whether it is allowed now.
  if (current.version !== version) throw versionConflict('Application', current.version);
  const allowed = APPLICATION_TRANSITIONS[current.status][side];
  if (!allowed.includes(status)) {
    const next = allowed.length > 0 ? `it can go to ${allowed.join(' or ')}` : 'that is final';
    throw new ApiError('CONFLICT', `The application is ${current.status}: ${isApplicant ? 'you' : 'the organisation'} cannot set it to ${status} (${next}).`);
  }
  const notices = await db.transaction(async (tx) => {
    // The version guards the status read above: if someone moved it meanwhile, this is a 409.
    const moved = await updateVersioned(tx, applications, id, version, { status, statusChangedAt: sql`now()` }, 'Application');
    await tx.insert(applicationEvents).values({ applicationId: id, status, at: moved.statusChangedAt as Date });
    await audit(tx, actor, `application_${status}`, 'application', id, { from: current.status });
    return noticeApplication(tx, { kind: 'application_moved', applicationId: id, status, previousStatus: current.status, byApplicant: isApplicant, actorUserId: user.userId });
  });
  mailNotifications(deps, notices);
  const [updated] = await loadApplications(db, eq(applications.id, id));
  if (!updated) throw notFound('Application');
  return updated;
}
