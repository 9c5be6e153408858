import { and, asc, count, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { Page, StudentListQuery, StudentProfile, StudentProfileCreate, StudentProfileUpdate } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import { profilesVisibleTo } from '@kc/search';
import type { Actor } from '../context.ts';
import { ApiError, notFound, sqlState } from '../lib/errors.ts';
import { groupBy } from '../lib/group-by.ts';
import { pageWindow, toPage } from '../lib/pagination.ts';
import { requireUser } from './access.ts';
import { audit } from './audit.ts';
import { updateVersioned } from './rows.ts';
import { assertSkillsExist } from './skill-refs.ts';

const { studentProfiles, profileSkills, users, skills, organisations, profileViews } = schema;

const visibleTo = (actor: Actor) => profilesVisibleTo(actor, studentProfiles);

/**
 * A person acting for an organisation opened these profiles (or the applications they sent):
 * recorded once a viewer a day, so students can see who looked. Lists and search results are
 * not views.
 */
export async function recordProfileViews(db: Db, actor: Actor, profileIds: string[], organisationId?: string): Promise<void> {
  if (actor.kind !== 'user' || actor.memberships.length === 0) return;
  const others = [...new Set(profileIds)].filter((id) => id !== actor.profileId);
  if (others.length === 0) return;
  const actingFor = organisationId ?? actor.memberships[0]?.organisationId ?? null;
  await db
    .insert(profileViews)
    .values(others.map((profileId) => ({ profileId, viewerUserId: actor.userId, organisationId: actingFor, day: sql`(now() at time zone 'Europe/Sofia')::date` })))
    .onConflictDoNothing({ target: [profileViews.profileId, profileViews.viewerUserId, profileViews.day] });
}

async function loadProfiles(db: Db, where: SQL | undefined, limit: number, offset: number): Promise<StudentProfile[]> {
  const rows = await db
    .select({ profile: studentProfiles, displayName: users.displayName })
    .from(studentProfiles)
    .innerJoin(users, eq(users.id, studentProfiles.userId))
    .where(where)
    .orderBy(desc(studentProfiles.updatedAt), asc(studentProfiles.id))
    .limit(limit)
    .offset(offset);
  if (rows.length === 0) return [];
  const skillRows = await db
    .select({
      profileId: profileSkills.profileId,
      uri: profileSkills.skillUri,
      preferredLabel: skills.preferredLabel,
      level: profileSkills.level,
      source: profileSkills.source,
      evidence: profileSkills.evidence,
    })
    .from(profileSkills)
    .innerJoin(skills, eq(skills.uri, profileSkills.skillUri))
    .where(inArray(profileSkills.profileId, rows.map((r) => r.profile.id)))
    .orderBy(desc(profileSkills.level), asc(skills.preferredLabel));
  const byProfile = groupBy(skillRows, 'profileId');
  return rows.map(({ profile: p, displayName }) => ({
    id: p.id,
    displayName,
    headline: p.headline,
    about: p.about,
    programme: p.programme,
    institutionId: p.institutionId,
    institutionName: p.institutionName,
    studyYear: p.studyYear,
    availability: p.availability,
    availableFrom: p.availableFrom,
    district: p.district,
    visibility: p.visibility,
    skills: byProfile.get(p.id) ?? [],
    isDemo: p.isDemo,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  }));
}

export async function listStudents(db: Db, actor: Actor, query: StudentListQuery): Promise<Page<StudentProfile>> {
  const filters: SQL[] = [visibleTo(actor)];
  if (query.institutionId) filters.push(eq(studentProfiles.institutionId, query.institutionId));
  if (query.skill) {
    filters.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(profileSkills)
          .where(and(eq(profileSkills.profileId, studentProfiles.id), eq(profileSkills.skillUri, query.skill))),
      ),
    );
  }
  const where = and(...filters);
  const { limit, offset } = pageWindow(query);
  const [items, totals] = await Promise.all([
    loadProfiles(db, where, limit, offset),
    db.select({ n: count() }).from(studentProfiles).where(where),
  ]);
  return toPage(items, totals[0]?.n ?? 0, query);
}

export async function getStudent(db: Db, actor: Actor, id: string): Promise<StudentProfile> {
  const [item] = await loadProfiles(db, and(eq(studentProfiles.id, id), visibleTo(actor)), 1, 0);
  if (!item) throw notFound('Student profile');
  await recordProfileViews(db, actor, [item.id]);
  return item;
}

/** The caller's own profile: anyone else gets 404 for what they may not see, 403 otherwise. */
async function ownProfile(db: Db, actor: Actor, id: string): Promise<{ userId: string }> {
  const user = requireUser(actor);
  const [row] = await db
    .select({ userId: studentProfiles.userId })
    .from(studentProfiles)
    .where(and(eq(studentProfiles.id, id), visibleTo(user)));
  if (!row) throw notFound('Student profile');
  if (row.userId !== user.userId) throw new ApiError('FORBIDDEN', 'Only the student can change their profile.');
  return row;
}

async function replaceSkills(db: Db, profileId: string, list: NonNullable<StudentProfileCreate['skills']>): Promise<void> {
  await assertSkillsExist(db, list.map((s) => s.uri));
  await db.delete(profileSkills).where(eq(profileSkills.profileId, profileId));
  if (list.length > 0) {
    await db.insert(profileSkills).values(
      list.map((s) => ({ profileId, skillUri: s.uri, level: s.level, source: s.source, evidence: s.evidence ?? null })),
    );
  }
}

async function assertInstitutionExists(db: Db, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  if (!row) {
    throw new ApiError('UNKNOWN_REFERENCE', 'The institution does not exist.', [{ path: 'body.institutionId', message: 'unknown organisation' }]);
  }
}

/** Creates the signed-in user's own profile (one per user). */
export async function createStudent(db: Db, actor: Actor, input: StudentProfileCreate): Promise<StudentProfile> {
  const user = requireUser(actor);
  const { displayName, skills: skillList = [], ...fields } = input;
  let profileId: string;
  try {
    profileId = await db.transaction(async (tx) => {
      await assertInstitutionExists(tx, fields.institutionId);
      const [profile] = await tx.insert(studentProfiles).values({ ...fields, userId: user.userId }).returning({ id: studentProfiles.id });
      if (!profile) throw new Error('insert returned no row');
      if (displayName !== undefined) await tx.update(users).set({ displayName, updatedAt: new Date() }).where(eq(users.id, user.userId));
      await replaceSkills(tx, profile.id, skillList);
      await audit(tx, actor, 'create', 'student_profile', profile.id);
      return profile.id;
    });
  } catch (error) {
    if (sqlState(error) === '23505') throw new ApiError('CONFLICT', 'You already have a profile; change it instead.');
    throw error;
  }
  const [profile] = await loadProfiles(db, eq(studentProfiles.id, profileId), 1, 0);
  if (!profile) throw notFound('Student profile');
  return profile;
}

export async function updateStudent(db: Db, actor: Actor, id: string, input: StudentProfileUpdate): Promise<StudentProfile> {
  await ownProfile(db, actor, id);
  const { version, skills: skillList, displayName, ...changes } = input;
  await db.transaction(async (tx) => {
    if (changes.institutionId !== undefined) await assertInstitutionExists(tx, changes.institutionId);
    const row = (await updateVersioned(tx, studentProfiles, id, version, changes, 'Student profile')) as { userId: string };
    if (displayName !== undefined) await tx.update(users).set({ displayName, updatedAt: new Date() }).where(eq(users.id, row.userId));
    if (skillList) await replaceSkills(tx, id, skillList);
    await audit(tx, actor, 'update', 'student_profile', id, { fields: Object.keys(input).filter((k) => k !== 'version') });
  });
  const [profile] = await loadProfiles(db, eq(studentProfiles.id, id), 1, 0);
  if (!profile) throw notFound('Student profile');
  return profile;
}

export async function deleteStudent(db: Db, actor: Actor, id: string): Promise<void> {
  await ownProfile(db, actor, id);
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(studentProfiles).where(eq(studentProfiles.id, id)).returning({ id: studentProfiles.id });
    if (deleted.length === 0) throw notFound('Student profile');
    await audit(tx, actor, 'delete', 'student_profile', id);
  });
}
