import { and, asc, count, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Occupation, OccupationListQuery, OccupationSuggestion, OccupationSuggestQuery, OccupationSummary, Page, Skill, SkillListQuery, SkillSummary } from '@kc/contract';
import { rowsOf, schema } from '@kc/db';
import type { AppDeps } from '../context.ts';
import { notFound } from '../lib/errors.ts';
import { pageWindow, toPage } from '../lib/pagination.ts';
import { escapeLike } from './rows.ts';

const { skills, skillHierarchy, skillRelations, occupations, occupationLabels, occupationSkills, skillAliases } = schema;

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

/** The occupation's Bulgarian preferred label, or null. */
const bulgarianName = sql<string | null>`(
  select l.label from ${occupationLabels} l
  where l.occupation_uri = ${occupations.uri} and l.language = 'bg' and l.kind = 'preferred'
  order by l.label limit 1)`;

const occupationSummaryColumns = {
  uri: occupations.uri,
  preferredLabel: occupations.preferredLabel,
  bulgarianName,
  iscoGroup: occupations.iscoGroup,
  code: occupations.code,
};

function toOccupationSummary({ bulgarianName: bg, ...row }: { uri: string; preferredLabel: string; bulgarianName: string | null; iscoGroup: string; code: string }): OccupationSummary {
  return { ...row, names: { en: row.preferredLabel, bg } };
}

/** A preferred name in either language starts with what was typed. */
const namePrefix = (q: string) => sql`exists (
  select 1 from ${occupationLabels} l
  where l.occupation_uri = ${occupations.uri} and l.kind = 'preferred' and lower(l.label) like ${`${escapeLike(q.toLowerCase())}%`})`;

export async function listOccupations(deps: AppDeps, query: OccupationListQuery): Promise<Page<OccupationSummary>> {
  const db = deps.database.db;
  const filters: SQL[] = [];
  if (query.q) filters.push(namePrefix(query.q));
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
  return toPage(items.map(toOccupationSummary), totals[0]?.n ?? 0, query);
}

export async function getOccupation(deps: AppDeps, uri: string): Promise<Occupation> {
  const db = deps.database.db;
  const [row] = await db
    .select({ ...occupationSummaryColumns, description: occupations.description })
    .from(occupations)
    .where(eq(occupations.uri, uri));
  if (!row) throw notFound('Occupation');
  const [skillRows, labelRows] = await Promise.all([
    db
      .select({ uri: skills.uri, preferredLabel: skills.preferredLabel, relationType: occupationSkills.relationType })
      .from(occupationSkills)
      .innerJoin(skills, eq(skills.uri, occupationSkills.skillUri))
      .where(eq(occupationSkills.occupationUri, uri))
      .orderBy(asc(occupationSkills.relationType), asc(skills.preferredLabel)),
    db
      .select({ language: occupationLabels.language, label: occupationLabels.label })
      .from(occupationLabels)
      .where(and(eq(occupationLabels.occupationUri, uri), eq(occupationLabels.kind, 'alternative')))
      .orderBy(asc(occupationLabels.label)),
  ]);
  const { description, ...summary } = row;
  const alternatives = (language: string) => labelRows.filter((l) => l.language === language).map((l) => l.label);
  return {
    ...toOccupationSummary(summary),
    alternativeNames: { en: alternatives('en'), bg: alternatives('bg') },
    description,
    skills: skillRows,
  };
}

/**
 * Type-ahead over every occupation label in English and Bulgarian: a label equal to what was
 * typed scores 1, one that starts with it 0.95, one that holds its words with typos pg_trgm's word
 * similarity (above its threshold) times 0.9; each occupation once, by its best label, preferred
 * labels first among equals. Both lookups go through the trigram index (an OR of the two would not).
 */
export async function suggestOccupations(deps: AppDeps, query: OccupationSuggestQuery): Promise<OccupationSuggestion[]> {
  const q = query.q.toLowerCase();
  const prefix = `${escapeLike(q)}%`;
  const rows = await deps.database.db.transaction(async (tx) => {
    // The planner prices a scan of the 56,000 labels below the trigram index, but word
    // similarity on every label takes 15 times as long as the index (measured: 725 vs 51 ms).
    await tx.execute(sql`set local enable_seqscan = off`);
    return rowsOf<{ uri: string; preferred_label: string; bulgarian_name: string | null; label: string; language: 'en' | 'bg'; score: number }>(
      await tx.execute(sql`
      with matches as (
        select occupation_uri, label, language, kind, case when lower(label) = ${q} then 1.0 else 0.95 end as score
        from ${occupationLabels} where lower(label) like ${prefix}
        union all
        select occupation_uri, label, language, kind, 0.9 * word_similarity(${q}, lower(label)) as score
        from ${occupationLabels} where ${q} <% lower(label)
      ), best as (
        select distinct on (occupation_uri) occupation_uri, label, language, kind, score
        from matches
        order by occupation_uri, score desc, (kind = 'preferred') desc, length(label), label
      )
      select ${occupations.uri} as uri, ${occupations.preferredLabel} as preferred_label, b.label, b.language, b.score::float8 as score,
        ${bulgarianName} as bulgarian_name
      from best b join ${occupations} on ${occupations.uri} = b.occupation_uri
      order by b.score desc, (b.kind = 'preferred') desc, length(b.label), ${occupations.preferredLabel}
      limit ${query.limit}`),
    );
  });
  return rows.map((r) => ({
    uri: r.uri,
    preferredLabel: r.preferred_label,
    names: { en: r.preferred_label, bg: r.bulgarian_name },
    matchedLabel: r.label,
    language: r.language,
    score: Math.round(Number(r.score) * 1000) / 1000,
  }));
}
