import { and, asc, count, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Occupation, OccupationListQuery, OccupationSummary, Page, Skill, SkillListQuery, SkillSummary } from '@kc/contract';
import { rowsOf, schema } from '@kc/db';
import type { AppDeps } from '../context.ts';
import { notFound } from '../lib/errors.ts';
import { pageWindow, toPage } from '../lib/pagination.ts';
import { escapeLike } from './rows.ts';

const { skills, skillHierarchy, skillRelations, occupations, occupationSkills, skillAliases } = schema;

const skillSummaryColumns = {
  uri: skills.uri,
  preferredLabel: skills.preferredLabel,
  type: skills.type,
  reuseLevel: skills.reuseLevel,
  isLocal: skills.isLocal,
};

const labelPrefix = (column: typeof skills.preferredLabel | typeof occupations.preferredLabel, q: string) =>
  like(sql`lower(${column})`, `${escapeLike(q.toLowerCase())}%`);

export async function listSkills(deps: AppDeps, query: SkillListQuery): Promise<Page<SkillSummary>> {
  const db = deps.database.db;
  const filters: SQL[] = [];
  if (query.q) filters.push(labelPrefix(skills.preferredLabel, query.q));
  if (query.type) filters.push(eq(skills.type, query.type));
  const where = filters.length ? and(...filters) : undefined;
  const { limit, offset } = pageWindow(query);
  const [items, totals] = await Promise.all([
    db.select(skillSummaryColumns).from(skills).where(where).orderBy(asc(sql`lower(${skills.preferredLabel})`), asc(skills.uri)).limit(limit).offset(offset),
    db.select({ n: count() }).from(skills).where(where),
  ]);
  return toPage(items, totals[0]?.n ?? 0, query);
}

interface ConceptRow {
  uri: string;
  preferred_label: string;
  kind: 'skill' | 'group';
}

export async function getSkill(deps: AppDeps, uri: string): Promise<Skill> {
  const db = deps.database.db;
  const [row] = await db.select().from(skills).where(eq(skills.uri, uri));
  if (!row) throw notFound('Skill');
  const conceptLabel = (column: SQL) => sql`coalesce(
    (select preferred_label from skills where uri = ${column}),
    (select preferred_label from skill_groups where uri = ${column}))`;
  const [broader, narrower, related, occupationsUsing, aliases] = await Promise.all([
    db.execute(sql`select ${skillHierarchy.broaderUri} as uri, ${skillHierarchy.broaderKind} as kind,
        ${conceptLabel(sql`${skillHierarchy.broaderUri}`)} as preferred_label
      from ${skillHierarchy} where ${skillHierarchy.narrowerUri} = ${uri} order by 3`),
    db.execute(sql`select ${skillHierarchy.narrowerUri} as uri, ${skillHierarchy.narrowerKind} as kind,
        ${conceptLabel(sql`${skillHierarchy.narrowerUri}`)} as preferred_label
      from ${skillHierarchy} where ${skillHierarchy.broaderUri} = ${uri} order by 3`),
    db
      .select({ uri: skillRelations.relatedSkillUri, preferredLabel: skills.preferredLabel, relationType: skillRelations.relationType })
      .from(skillRelations)
      .innerJoin(skills, eq(skills.uri, skillRelations.relatedSkillUri))
      .where(eq(skillRelations.skillUri, uri))
      .orderBy(asc(skillRelations.relationType), asc(skills.preferredLabel)),
    db.select({ n: count() }).from(occupationSkills).where(eq(occupationSkills.skillUri, uri)),
    db.select({ id: skillAliases.id, alias: skillAliases.alias }).from(skillAliases).where(eq(skillAliases.skillUri, uri)).orderBy(asc(skillAliases.alias)),
  ]);
  const concepts = (result: unknown) =>
    rowsOf<ConceptRow>(result).map((c) => ({ uri: c.uri, preferredLabel: c.preferred_label ?? c.uri, kind: c.kind }));
  return {
    uri: row.uri,
    preferredLabel: row.preferredLabel,
    type: row.type,
    reuseLevel: row.reuseLevel,
    isLocal: row.isLocal,
    altLabels: row.altLabels,
    hiddenLabels: row.hiddenLabels,
    description: row.description,
    broader: concepts(broader),
    narrower: concepts(narrower),
    related,
    occupationCount: occupationsUsing[0]?.n ?? 0,
    aliases,
  };
}

const occupationSummaryColumns = {
  uri: occupations.uri,
  preferredLabel: occupations.preferredLabel,
  iscoGroup: occupations.iscoGroup,
  code: occupations.code,
};

export async function listOccupations(deps: AppDeps, query: OccupationListQuery): Promise<Page<OccupationSummary>> {
  const db = deps.database.db;
  const filters: SQL[] = [];
  if (query.q) filters.push(labelPrefix(occupations.preferredLabel, query.q));
  if (query.iscoGroup) filters.push(like(occupations.iscoGroup, `${query.iscoGroup}%`));
  const where = filters.length ? and(...filters) : undefined;
  const { limit, offset } = pageWindow(query);
  const [items, totals] = await Promise.all([
    db
      .select(occupationSummaryColumns)
      .from(occupations)
      .where(where)
      .orderBy(asc(sql`lower(${occupations.preferredLabel})`), asc(occupations.uri))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(occupations).where(where),
  ]);
  return toPage(items, totals[0]?.n ?? 0, query);
}

export async function getOccupation(deps: AppDeps, uri: string): Promise<Occupation> {
  const db = deps.database.db;
  const [row] = await db.select().from(occupations).where(eq(occupations.uri, uri));
  if (!row) throw notFound('Occupation');
  const skillRows = await db
    .select({ uri: skills.uri, preferredLabel: skills.preferredLabel, relationType: occupationSkills.relationType })
    .from(occupationSkills)
    .innerJoin(skills, eq(skills.uri, occupationSkills.skillUri))
    .where(eq(occupationSkills.occupationUri, uri))
    .orderBy(asc(occupationSkills.relationType), asc(skills.preferredLabel));
  return {
    uri: row.uri,
    preferredLabel: row.preferredLabel,
    iscoGroup: row.iscoGroup,
    code: row.code,
    altLabels: row.altLabels,
    description: row.description,
    skills: skillRows,
  };
}
