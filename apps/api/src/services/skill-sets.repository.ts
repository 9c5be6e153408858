import { and, asc, desc, eq, getTableColumns, notInArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { CasingCache } from 'drizzle-orm/casing';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type {
  OfferingCreate,
  OpportunityCreate,
  ProfileSkill,
  RequiredSkill,
  StudentProfileCreate,
  TaughtSkill,
} from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import { assertSkillsExist } from './skill-refs.ts';

const { skills, opportunitySkills, offeringSkills, profileSkills } = schema;

/**
 * How a resource keeps its skills: a table of (record, skill URI, what the record says of the
 * skill). Read as the contract's list, in the contract's order, and replaced as a whole. A new
 * resource with skills defines its set here.
 */
export interface SkillSet<Skill extends { uri: string }, Input extends { uri: string }> {
  table: PgTable;
  record: PgColumn;
  skillUri: PgColumn;
  /** What each skill carries besides its URI and label, by the contract's names. */
  fields: Record<Exclude<keyof Skill, 'uri' | 'preferredLabel'>, PgColumn>;
  orderBy: SQL[];
  /** The row that stores one skill of the input. */
  row(recordId: string, skill: Input): Record<string, unknown>;
}

type SkillInput<T extends { skills?: unknown[] }> = NonNullable<T['skills']>[number];

export const OPPORTUNITY_SKILLS: SkillSet<RequiredSkill, SkillInput<OpportunityCreate>> = {
  table: opportunitySkills,
  record: opportunitySkills.opportunityId,
  skillUri: opportunitySkills.skillUri,
  fields: { level: opportunitySkills.level, importance: opportunitySkills.importance },
  orderBy: [asc(opportunitySkills.importance), desc(opportunitySkills.level), asc(skills.preferredLabel)],
  row: (opportunityId, s): typeof opportunitySkills.$inferInsert => ({ opportunityId, skillUri: s.uri, level: s.level, importance: s.importance }),
};

export const OFFERING_SKILLS: SkillSet<TaughtSkill, SkillInput<OfferingCreate>> = {
  table: offeringSkills,
  record: offeringSkills.offeringId,
  skillUri: offeringSkills.skillUri,
  fields: { level: offeringSkills.level },
  orderBy: [desc(offeringSkills.level), asc(skills.preferredLabel)],
  row: (offeringId, s): typeof offeringSkills.$inferInsert => ({ offeringId, skillUri: s.uri, level: s.level }),
};

export const PROFILE_SKILLS: SkillSet<ProfileSkill, SkillInput<StudentProfileCreate>> = {
  table: profileSkills,
  record: profileSkills.profileId,
  skillUri: profileSkills.skillUri,
  fields: { level: profileSkills.level, source: profileSkills.source, evidence: profileSkills.evidence },
  orderBy: [desc(profileSkills.level), asc(skills.preferredLabel)],
  row: (profileId, s): typeof profileSkills.$inferInsert => ({ profileId, skillUri: s.uri, level: s.level, source: s.source, evidence: s.evidence ?? null }),
};

const parseList = <T>(value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as T[];

/** The skills of the record whose id is `recordId` (a column of the query), as the contract lists them: one subquery. */
export function skillsOf<Skill extends { uri: string }, Input extends { uri: string }>(set: SkillSet<Skill, Input>, recordId: SQLWrapper): SQL<Skill[]> {
  const fields = Object.entries(set.fields as Record<string, PgColumn>).map(([name, column]) => sql`${sql.raw(`'${name}'`)}, ${column}`);
  return sql`coalesce((
    select json_agg(json_build_object('uri', ${set.skillUri}, 'preferredLabel', ${skills.preferredLabel}, ${sql.join(fields, sql`, `)})
      order by ${sql.join(set.orderBy, sql`, `)})
    from ${set.table} join ${skills} on ${skills.uri} = ${set.skillUri}
    where ${set.record} = ${recordId}), '[]')`.mapWith((value: unknown) => parseList<Skill>(value));
}

// The client names columns in snake_case; an upsert names the proposed row's columns itself.
const casing = new CasingCache('snake_case');

/** `set` of an upsert that writes every column of the proposed row but the key over the stored one. */
function proposedRow(set: Pick<SkillSet<{ uri: string }, { uri: string }>, 'table' | 'record' | 'skillUri'>): Record<string, SQL> {
  const key = new Set<PgColumn>([set.record, set.skillUri]);
  return Object.fromEntries(
    Object.entries(getTableColumns(set.table))
      .filter(([, column]) => !key.has(column))
      .map(([name, column]) => [name, sql`excluded.${sql.identifier(casing.getColumnCasing(column))}`]),
  );
}

/**
 * Makes `list` the record's skills, after checking every URI is in the taxonomy (422 naming the
 * unknown ones). Skills left out go and the others are written, in one statement.
 */
export async function replaceSkills<Skill extends { uri: string }, Input extends { uri: string }>(
  db: Db,
  set: SkillSet<Skill, Input>,
  recordId: string,
  list: readonly Input[],
): Promise<void> {
  const uris = list.map((s) => s.uri);
  await assertSkillsExist(db, uris);
  const ofRecord = eq(set.record, recordId);
  if (list.length === 0) {
    await db.delete(set.table).where(ofRecord);
    return;
  }
  const leftOut = db.$with('left_out').as(db.delete(set.table).where(and(ofRecord, notInArray(set.skillUri, uris))));
  await db
    .with(leftOut)
    .insert(set.table)
    .values(list.map((s) => set.row(recordId, s)) as never)
    .onConflictDoUpdate({ target: [set.record, set.skillUri], set: proposedRow(set) as never });
}
