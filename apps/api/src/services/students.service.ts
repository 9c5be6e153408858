import { and, asc, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { CandidateStudent, Page, StudentListQuery, StudentProfile, StudentProfileCreate, StudentProfileUpdate } from '@kc/contract';
import type { Db } from '@kc/db';
import { rowsOf, schema } from '@kc/db';
import { profilesVisibleTo, profileVisibilitiesFor } from '@kc/search';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { ApiError, notFound, sqlState } from '../lib/errors.ts';
import { pageWindow, toPage } from '../lib/pagination.ts';
import { requireUser } from './access.ts';
import { audit } from './audit.ts';
import { isoDates, isUuid, readPage, updateVersioned, uuidArray, type OnlyFieldsOf } from './rows.ts';
import { replaceTargetOccupations, targetOccupationsOf } from './occupation-refs.ts';
import { PROFILE_SKILLS, replaceSkills, skillsOf } from './skill-sets.repository.ts';

const { studentProfiles, profileSkills, users, organisations, profileViews } = schema;

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

const order = [desc(studentProfiles.updatedAt), asc(studentProfiles.id)];

const rowIsContract: OnlyFieldsOf<StudentProfile, Omit<typeof studentProfiles.$inferSelect, 'userId'>> = true;
void rowIsContract;

/** A page of profiles with the student's name and skills, and the number of all matches. */
async function loadProfiles(db: Db, where: SQL | undefined, window: { limit: number; offset: number }): Promise<{ items: StudentProfile[]; total: number }> {
  const { rows, total } = await readPage(db, studentProfiles, where, order, window, (page) =>
    db
      .select({
        profile: studentProfiles,
        displayName: users.displayName,
        skills: skillsOf(PROFILE_SKILLS, studentProfiles.id),
        targetOccupations: targetOccupationsOf(studentProfiles.id),
        total: page.total,
      })
      .from(page)
      .innerJoin(studentProfiles, eq(studentProfiles.id, page.id))
      .innerJoin(users, eq(users.id, studentProfiles.userId))
      .orderBy(...order),
  );
  const items = rows.map(({ profile: { userId: _, ...profile }, displayName, skills, targetOccupations }) => ({
    ...profile,
    ...isoDates(profile),
    displayName,
    skills,
    targetOccupations,
  }));
  return { items, total };
}

async function loadProfile(db: Db, where: SQL | undefined): Promise<StudentProfile | undefined> {
  const {
    items: [item],
  } = await loadProfiles(db, where, { limit: 1, offset: 0 });
  return item;
}

export async function listStudents(deps: AppDeps, actor: Actor, query: StudentListQuery): Promise<Page<StudentProfile>> {
  const db = deps.database.db;
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
  const { items, total } = await loadProfiles(db, and(...filters), pageWindow(query));
  return toPage(items, total, query);
}

/**
 * What a candidate list shows of the profiles among `ids` the caller finds by their visibility
 * alone (public, or cluster ones for the cluster), with the skills each holds now, in no
 * particular order: candidate lists never show a private profile, even of someone who applied.
 */
export async function findableCandidatesAmong(deps: AppDeps, actor: Actor, ids: readonly string[]): Promise<CandidateProfile[]> {
  const wanted = ids.filter(isUuid);
  if (wanted.length === 0) return [];
  return deps.database.db
    .select({
      id: studentProfiles.id,
      displayName: users.displayName,
      headline: studentProfiles.headline,
      programme: studentProfiles.programme,
      institutionName: studentProfiles.institutionName,
      studyYear: studentProfiles.studyYear,
      availability: studentProfiles.availability,
      district: studentProfiles.district,
      skills: skillsOf(PROFILE_SKILLS, studentProfiles.id),
    })
    .from(studentProfiles)
    .innerJoin(users, eq(users.id, studentProfiles.userId))
    .where(
      and(
        sql`${studentProfiles.id} = any(${uuidArray(wanted)})`,
        inArray(studentProfiles.visibility, profileVisibilitiesFor(actor)),
      ),
    );
}
export type CandidateProfile = CandidateStudent & { skills: StudentProfile['skills'] };

/** Profile → its skills and levels, for the findable profiles among `ids`: for ranking shortlisted students whose search documents give no levels. */
export async function findableSkillsAmong(deps: AppDeps, actor: Actor, ids: readonly string[]): Promise<Map<string, { uri: string; level: number }[]>> {
  const held = new Map<string, { uri: string; level: number }[]>();
  const wanted = ids.filter(isUuid);
  if (wanted.length === 0) return held;
  // Joined from the ids, so each is one index lookup rather than a scan of every profile. One row
  // of text comes back ("profile level uri" lines; URIs hold no white space): thousands of rows
  // cost PGlite twice as long to hand over.
  const [row] = rowsOf<{ lines: string | null }>(
    await deps.database.db.execute(sql`select string_agg(s.profile_id::text || ' ' || s.level::text || ' ' || s.skill_uri, E'\n') as lines
      from unnest(${uuidArray(wanted)}) as wanted(id)
      join ${studentProfiles} p on p.id = wanted.id
      join ${profileSkills} s on s.profile_id = p.id
      where p.visibility = any(${`{${profileVisibilitiesFor(actor).join(',')}}`}::profile_visibility[])`),
  );
  for (const line of row?.lines ? row.lines.split('\n') : []) {
    const afterId = line.indexOf(' ');
    const afterLevel = line.indexOf(' ', afterId + 1);
    const id = line.slice(0, afterId);
    const skill = { uri: line.slice(afterLevel + 1), level: Number(line.slice(afterId + 1, afterLevel)) };
    const list = held.get(id);
    if (list) list.push(skill);
    else held.set(id, [skill]);
  }
  return held;
}

/** The caller's own profile, if they have one. */
export async function ownProfileOf(deps: AppDeps, actor: Actor): Promise<StudentProfile | undefined> {
  if (actor.kind !== 'user' || !actor.profileId) return undefined;
  return loadProfile(deps.database.db, eq(studentProfiles.id, actor.profileId));
}

export async function getStudent(deps: AppDeps, actor: Actor, id: string): Promise<StudentProfile> {
  const db = deps.database.db;
  const item = await loadProfile(db, and(eq(studentProfiles.id, id), visibleTo(actor)));
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

async function assertInstitutionExists(db: Db, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  if (!row) {
    throw new ApiError('UNKNOWN_REFERENCE', 'The institution does not exist.', [{ path: 'body.institutionId', message: 'unknown organisation' }]);
  }
}

/** Creates the signed-in user's own profile (one per user). */
export async function createStudent(deps: AppDeps, actor: Actor, input: StudentProfileCreate): Promise<StudentProfile> {
  const db = deps.database.db;
  const user = requireUser(actor);
  const { displayName, skills: skillList = [], targetOccupations = [], ...fields } = input;
  let profileId: string;
  try {
    profileId = await db.transaction(async (tx) => {
      await assertInstitutionExists(tx, fields.institutionId);
      const [profile] = await tx.insert(studentProfiles).values({ ...fields, userId: user.userId }).returning({ id: studentProfiles.id });
      if (!profile) throw new Error('insert returned no row');
      if (displayName !== undefined) await tx.update(users).set({ displayName, updatedAt: new Date() }).where(eq(users.id, user.userId));
      await replaceSkills(tx, PROFILE_SKILLS, profile.id, skillList);
      await replaceTargetOccupations(tx, profile.id, targetOccupations);
      await audit(tx, actor, 'create', 'student_profile', profile.id);
      return profile.id;
    });
  } catch (error) {
    if (sqlState(error) === '23505') throw new ApiError('CONFLICT', 'You already have a profile; change it instead.');
    throw error;
  }
  const profile = await loadProfile(db, eq(studentProfiles.id, profileId));
  if (!profile) throw notFound('Student profile');
  return profile;
}

export async function updateStudent(deps: AppDeps, actor: Actor, id: string, input: StudentProfileUpdate): Promise<StudentProfile> {
  const db = deps.database.db;
  await ownProfile(db, actor, id);
  const { version, skills: skillList, targetOccupations, displayName, ...changes } = input;
  await db.transaction(async (tx) => {
    if (changes.institutionId !== undefined) await assertInstitutionExists(tx, changes.institutionId);
    const row = (await updateVersioned(tx, studentProfiles, id, version, changes, 'Student profile')) as { userId: string };
    if (displayName !== undefined) await tx.update(users).set({ displayName, updatedAt: new Date() }).where(eq(users.id, row.userId));
    if (skillList) await replaceSkills(tx, PROFILE_SKILLS, id, skillList);
    if (targetOccupations) await replaceTargetOccupations(tx, id, targetOccupations);
    await audit(tx, actor, 'update', 'student_profile', id, { fields: Object.keys(input).filter((k) => k !== 'version') });
  });
  const profile = await loadProfile(db, eq(studentProfiles.id, id));
  if (!profile) throw notFound('Student profile');
  return profile;
}

export async function deleteStudent(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  const db = deps.database.db;
  await ownProfile(db, actor, id);
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(studentProfiles).where(eq(studentProfiles.id, id)).returning({ id: studentProfiles.id });
    if (deleted.length === 0) throw notFound('Student profile');
    await audit(tx, actor, 'delete', 'student_profile', id);
  });
}
