import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias as aliased } from 'drizzle-orm/pg-core';
import type { AdminOrganisation, AdminUser, AuditEntry, Curation, Page, VerificationState } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { ApiError, notFound, sqlState } from '../lib/errors.ts';
import { pageWindow, toPage } from '../lib/pagination.ts';
import { holdsClusterAdminRights, requireClusterAdmin } from './access.ts';
import { audit } from './audit.ts';
import { escapeLike } from './rows.ts';

const { auditLog, memberships, offeringSkills, opportunitySkills, organisations, profileSkills, skillAliases, skillHierarchy, skills, studentProfiles, users } = schema;

/** How many administrators' lists hold at most: curated words are dozens to hundreds, not more. */
const CURATION_LIMIT = 500;

const contains = (value: string) => `%${escapeLike(value)}%`;

const VERIFICATION_WHERE: Record<VerificationState, SQL> = {
  pending: and(eq(organisations.verified, false), isNull(organisations.verificationRefusal)) as SQL,
  refused: and(eq(organisations.verified, false), isNotNull(organisations.verificationRefusal)) as SQL,
  verified: eq(organisations.verified, true),
};

/** Organisations by where their verification stands, oldest first: the queue is worked from its front. */
export async function listOrganisationsForReview(
  deps: AppDeps,
  actor: Actor,
  query: { verification: VerificationState; q?: string | undefined; page: number; pageSize: number },
): Promise<Page<AdminOrganisation> & { counts: Record<VerificationState, number> }> {
  requireClusterAdmin(actor, 'review organisations');
  const db = deps.database.db;
  const byName = query.q ? ilike(organisations.name, contains(query.q)) : undefined;
  const where = and(VERIFICATION_WHERE[query.verification], byName) as SQL;
  const { limit, offset } = pageWindow(query);
  const rows = await db
    .select({ row: organisations })
    .from(organisations)
    .where(where)
    .orderBy(query.verification === 'pending' ? asc(organisations.createdAt) : sql`${organisations.verificationDecidedAt} desc nulls last`, asc(organisations.id))
    .limit(limit)
    .offset(offset);
  const [totals] = await db
    .select({
      pending: sql<number>`count(*) filter (where ${VERIFICATION_WHERE.pending})::int`,
      refused: sql<number>`count(*) filter (where ${VERIFICATION_WHERE.refused})::int`,
      verified: sql<number>`count(*) filter (where ${VERIFICATION_WHERE.verified})::int`,
      matching: sql<number>`count(*) filter (where ${where})::int`,
    })
    .from(organisations);
  const memberCounts = new Map<string, number>();
  if (rows.length > 0) {
    const counted = await db
      .select({ id: memberships.organisationId, n: count() })
      .from(memberships)
      .where(inArray(memberships.organisationId, rows.map((r) => r.row.id)))
      .groupBy(memberships.organisationId);
    for (const c of counted) memberCounts.set(c.id, c.n);
  }
  const items = rows.map(({ row }): AdminOrganisation => ({
    id: row.id,
    name: row.name,
    slug: row.slug,
    kind: row.kind,
    sector: row.sector,
    website: row.website,
    district: row.district,
    description: row.description,
    isDemo: row.isDemo,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    verification: row.verified ? 'verified' : row.verificationRefusal ? 'refused' : 'pending',
    refusal: row.verificationRefusal,
    decidedAt: row.verificationDecidedAt?.toISOString() ?? null,
    members: memberCounts.get(row.id) ?? 0,
  }));
  const counts = { pending: totals?.pending ?? 0, refused: totals?.refused ?? 0, verified: totals?.verified ?? 0 };
  return { ...toPage(items, totals?.matching ?? 0, query), counts };
}

async function usageOf(db: Db, uris: string[]): Promise<Map<string, { opportunities: number; students: number; offerings: number }>> {
  const usage = new Map(uris.map((uri) => [uri, { opportunities: 0, students: 0, offerings: 0 }]));
  if (uris.length === 0) return usage;
  const tables = [
    ['opportunities', opportunitySkills],
    ['students', profileSkills],
    ['offerings', offeringSkills],
  ] as const;
  for (const [key, table] of tables) {
    const rows = await db.select({ uri: table.skillUri, n: count() }).from(table).where(inArray(table.skillUri, uris)).groupBy(table.skillUri);
    for (const row of rows) {
      const entry = usage.get(row.uri);
      if (entry) entry[key] = row.n;
    }
  }
  return usage;
}

/** The cluster's own words: local skills under their ESCO concepts, and aliases, each with where it is used. */
export async function listCuration(deps: AppDeps, actor: Actor, query: { q?: string | undefined }): Promise<Curation> {
  requireClusterAdmin(actor, 'curate skills');
  const db = deps.database.db;
  const broader = aliased(skills, 'broader');
  const localRows = await db
    .select({ skill: skills, broaderUri: broader.uri, broaderLabel: broader.preferredLabel })
    .from(skills)
    .leftJoin(skillHierarchy, and(eq(skillHierarchy.narrowerUri, skills.uri), eq(skillHierarchy.broaderKind, 'skill')))
    .leftJoin(broader, eq(broader.uri, skillHierarchy.broaderUri))
    .where(and(eq(skills.isLocal, true), query.q ? ilike(skills.preferredLabel, contains(query.q)) : undefined))
    .orderBy(asc(skills.preferredLabel))
    .limit(CURATION_LIMIT);
  const creators = aliased(users, 'creators');
  const aliasRows = await db
    .select({ alias: skillAliases, skillLabel: skills.preferredLabel, isLocal: skills.isLocal, createdBy: creators.displayName })
    .from(skillAliases)
    .innerJoin(skills, eq(skills.uri, skillAliases.skillUri))
    .leftJoin(creators, eq(creators.id, skillAliases.createdBy))
    .where(query.q ? or(ilike(skillAliases.alias, contains(query.q)), ilike(skills.preferredLabel, contains(query.q))) : undefined)
    .orderBy(asc(sql`lower(${skillAliases.alias})`), asc(skillAliases.id))
    .limit(CURATION_LIMIT);
  const usage = await usageOf(db, [...new Set([...localRows.map((r) => r.skill.uri), ...aliasRows.map((r) => r.alias.skillUri)])]);
  const none = { opportunities: 0, students: 0, offerings: 0 };
  return {
    localSkills: localRows.map(({ skill, broaderUri, broaderLabel }) => ({
      uri: skill.uri,
      preferredLabel: skill.preferredLabel,
      description: skill.description,
      altLabels: skill.altLabels,
      broader: broaderUri ? { uri: broaderUri, preferredLabel: broaderLabel ?? '' } : null,
      aliases: aliasRows.filter((a) => a.alias.skillUri === skill.uri).map((a) => ({ id: a.alias.id, alias: a.alias.alias })),
      usage: usage.get(skill.uri) ?? none,
    })),
    aliases: aliasRows.map(({ alias, skillLabel, isLocal, createdBy }) => ({
      id: alias.id,
      alias: alias.alias,
      skill: { uri: alias.skillUri, preferredLabel: skillLabel, isLocal },
      createdAt: alias.createdAt.toISOString(),
      createdBy,
      usage: usage.get(alias.skillUri) ?? none,
    })),
  };
}

/** Edits a local skill's words; ESCO's own come with the release. */
export async function updateLocalSkill(
  deps: AppDeps,
  actor: Actor,
  uri: string,
  changes: { preferredLabel?: string | undefined; altLabels?: string[] | undefined; description?: string | undefined },
): Promise<void> {
  requireClusterAdmin(actor, 'edit local skills');
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx.select({ isLocal: skills.isLocal }).from(skills).where(eq(skills.uri, uri)).for('update');
    if (!row) throw notFound('Skill');
    if (!row.isLocal) throw new ApiError('FORBIDDEN', 'ESCO skills come from the ESCO release and cannot be edited.');
    const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (Object.keys(set).length === 0) return;
    await tx.update(skills).set(set).where(eq(skills.uri, uri));
    await audit(tx, actor, 'update', 'skill', uri, { fields: Object.keys(set) });
  });
  await deps.skills.changed();
}

export async function updateAlias(deps: AppDeps, actor: Actor, id: string, alias: string): Promise<void> {
  requireClusterAdmin(actor, 'edit skill aliases');
  const db = deps.database.db;
  try {
    const [before] = await db.select({ alias: skillAliases.alias }).from(skillAliases).where(eq(skillAliases.id, id));
    if (!before) throw notFound('Alias');
    const [row] = await db.update(skillAliases).set({ alias }).where(eq(skillAliases.id, id)).returning({ skillUri: skillAliases.skillUri });
    if (!row) throw notFound('Alias');
    await audit(db, actor, 'rename_alias', 'skill', row.skillUri, { from: before.alias, to: alias });
  } catch (error) {
    if (sqlState(error) === '23505') throw new ApiError('CONFLICT', `"${alias}" is already an alias of this skill.`);
    throw error;
  }
  await deps.skills.changed();
}

/** People and what they may do: cluster administration (from the configuration) and their organisations' roles. */
export async function listUsers(deps: AppDeps, actor: Actor, query: { q?: string | undefined; page: number; pageSize: number }): Promise<Page<AdminUser>> {
  requireClusterAdmin(actor, 'list users');
  const db = deps.database.db;
  const where = query.q ? or(ilike(users.displayName, contains(query.q)), ilike(users.email, contains(query.q))) : undefined;
  const { limit, offset } = pageWindow(query);
  const rows = await db
    .select({ user: users, profileId: studentProfiles.id })
    .from(users)
    .leftJoin(studentProfiles, eq(studentProfiles.userId, users.id))
    .where(where)
    .orderBy(asc(sql`lower(${users.displayName})`), asc(users.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  const ids = rows.map((r) => r.user.id);
  const roles =
    ids.length === 0
      ? []
      : await db
          .select({ userId: memberships.userId, role: memberships.role, id: organisations.id, name: organisations.name, slug: organisations.slug })
          .from(memberships)
          .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
          .where(inArray(memberships.userId, ids))
          .orderBy(asc(organisations.name));
  const items = rows.map(({ user, profileId }): AdminUser => {
    const emailVerified = user.emailVerifiedAt !== null;
    return {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      emailVerified,
      isClusterAdmin: holdsClusterAdminRights({ email: user.email, emailVerified }, deps.auth.clusterAdminEmails),
      isStudent: profileId !== null,
      createdAt: user.createdAt.toISOString(),
      memberships: roles.filter((r) => r.userId === user.id).map((r) => ({ organisation: { id: r.id, name: r.name, slug: r.slug }, role: r.role })),
    };
  });
  return toPage(items, total?.n ?? 0, query);
}

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** The audit log, newest first, by action, record, actor and period. */
export async function listAudit(
  deps: AppDeps,
  actor: Actor,
  query: { action?: string | undefined; entityType?: string | undefined; entityId?: string | undefined; actor?: string | undefined; from?: string | undefined; to?: string | undefined; page: number; pageSize: number },
): Promise<Page<AuditEntry> & { actions: string[]; entityTypes: string[] }> {
  requireClusterAdmin(actor, 'read the audit log');
  if (query.from && query.to && query.from > query.to) {
    throw new ApiError('VALIDATION_FAILED', 'The period ends before it starts.', [{ path: 'query.to', message: 'before "from"' }]);
  }
  const db = deps.database.db;
  const filters: (SQL | undefined)[] = [
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.entityType ? eq(auditLog.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
    query.actor ? ilike(users.email, contains(query.actor)) : undefined,
    query.from ? gte(auditLog.at, day(query.from)) : undefined,
    query.to ? lt(auditLog.at, new Date(day(query.to).getTime() + 86_400_000)) : undefined,
  ];
  const where = and(...filters);
  const { limit, offset } = pageWindow(query);
  const rows = await db
    .select({ entry: auditLog, actorId: users.id, displayName: users.displayName, email: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    // The id follows the order entries were written, and its index makes a page cheap however long the log.
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorUserId)).where(where);
  const actions = await db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  const entityTypes = await db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(asc(auditLog.entityType));
  const items = rows.map(({ entry, actorId, displayName, email }): AuditEntry => ({
    id: entry.id,
    at: entry.at.toISOString(),
    actor: actorId ? { id: actorId, displayName: displayName ?? '', email: email ?? '' } : null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    details: entry.details,
  }));
  return { ...toPage(items, total?.n ?? 0, query), actions: actions.map((a) => a.value), entityTypes: entityTypes.map((e) => e.value) };
}
