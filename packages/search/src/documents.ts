import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '@kc/db';
import { ANYONE, draftsVisibleTo, profileFindable } from './policy.ts';
import type { AnyIndexedDocument, SearchCollection } from './port.ts';
import { textArray } from './sql-arrays.ts';

/**
 * The one mapping from database rows to search documents, shared by every engine. A record
 * that must not be found (a draft, a private profile, a deleted row) maps to no document.
 *
 * Records are named by their key: the row id, or the concept URI for skills. Engines need ids
 * made of letters, digits, `-` and `_`, so skills get a digest of their URI as id.
 */
export function documentId(collection: SearchCollection, key: string): string {
  return collection === 'skills' ? createHash('sha256').update(key).digest('base64url').slice(0, 32) : key;
}

/** What is indexed, as the policy says: what anyone may see of a record (no drafts); profiles someone finds (no private ones). */
const publishedBy = (table: string, organisation: string) =>
  draftsVisibleTo(ANYONE, sql.raw(`${table}.status`), sql.raw(`${table}.${organisation}`));
const findableProfile = (table: string) => profileFindable(sql.raw(`${table}.visibility`));

const isoTime = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const epochMs = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);
const sortTitle = (text: string) => text.trim().toLocaleLowerCase('en');

/** The URIs themselves and every broader skill or group above them. */
async function skillPaths(db: Db, uris: string[]): Promise<Map<string, string[]>> {
  const paths = new Map<string, string[]>();
  if (uris.length === 0) return paths;
  const rows = rowsOf<{ uri: string; paths: string[] }>(
    await db.execute(sql`
      with recursive up(uri, ancestor) as (
        select u, u from unnest(${textArray(uris)}::text[]) as u
        union
        select up.uri, h.broader_uri from up join skill_hierarchy h on h.narrower_uri = up.ancestor
      )
      select uri, array_agg(ancestor order by ancestor) as paths from up group by uri`),
  );
  for (const row of rows) paths.set(row.uri, row.paths);
  return paths;
}

function union(lists: (string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))].sort();
}

interface SkillColumns {
  skill_uris: string[];
  skill_labels: string[];
  skill_levels: number[];
}

/** A record's skills, most advanced first, as URIs, labels and levels: one lateral pass over its skill rows. */
const skillLists = (table: string, key: string, id: string) =>
  sql.raw(`cross join lateral (
    select coalesce(array_agg(s.uri order by j.level desc, s.preferred_label), '{}') as skill_uris,
      coalesce(array_agg(s.preferred_label order by j.level desc, s.preferred_label), '{}') as skill_labels,
      coalesce(array_agg(j.level::int order by j.level desc, s.preferred_label), '{}') as skill_levels
    from ${table} j join skills s on s.uri = j.skill_uri where j.${key} = ${id}) as skill_list`);

async function withSkillPaths<R extends SkillColumns>(db: Db, rows: R[], build: (row: R, paths: string[]) => AnyIndexedDocument) {
  const paths = await skillPaths(db, union(rows.map((r) => r.skill_uris)));
  return rows.map((row) => build(row, union(row.skill_uris.map((uri) => paths.get(uri)))));
}

interface OpportunityRow extends SkillColumns {
  id: string;
  title: string;
  description: string;
  kind: string;
  status: string;
  work_mode: string;
  location: string | null;
  organisation_id: string;
  organisation_name: string;
  deadline: string | null;
  starts_on: string | null;
  updated_at: string;
  recency: number;
}

async function opportunityDocuments(db: Db, keys: string[]): Promise<AnyIndexedDocument[]> {
  const rows = rowsOf<OpportunityRow>(
    await db.execute(sql`
      select o.id::text, o.title, o.description, o.kind::text, o.status::text, o.work_mode::text, o.location,
        o.organisation_id::text, org.name as organisation_name, o.deadline::text, o.starts_on::text,
        ${isoTime('o.updated_at')} as updated_at, ${epochMs('o.updated_at')} as recency, skill_list.*
      from opportunities o join organisations org on org.id = o.organisation_id
        ${skillLists('opportunity_skills', 'opportunity_id', 'o.id')}
      where o.id::text = any(${textArray(keys)}::text[]) and ${publishedBy('o', 'organisation_id')}`),
  );
  return withSkillPaths(db, rows, (r, paths) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    kind: r.kind,
    status: r.status,
    workMode: r.work_mode,
    location: r.location,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    deadline: r.deadline,
    startsOn: r.starts_on,
    updatedAt: r.updated_at,
    skillUris: r.skill_uris,
    skillLabels: r.skill_labels,
    skillLevels: r.skill_levels,
    skillPaths: paths,
    recency: r.recency,
    sortTitle: sortTitle(r.title),
  }) as AnyIndexedDocument);
}

interface StudentRow extends SkillColumns {
  id: string;
  display_name: string;
  headline: string;
  about: string;
  programme: string | null;
  institution_id: string | null;
  institution_name: string | null;
  study_year: number | null;
  availability: string;
  district: string | null;
  visibility: string;
  updated_at: string;
  recency: number;
}

/** Private profiles are never indexed; the API narrows the rest to what the caller may see (`profileVisibilitiesFor`). */
async function studentDocuments(db: Db, keys: string[]): Promise<AnyIndexedDocument[]> {
  const rows = rowsOf<StudentRow>(
    await db.execute(sql`
      select p.id::text, u.display_name, p.headline, p.about, p.programme, p.institution_id::text,
        coalesce(org.name, p.institution_name) as institution_name, p.study_year, p.availability::text,
        p.district, p.visibility::text,
        ${isoTime('greatest(p.updated_at, u.updated_at)')} as updated_at, ${epochMs('p.updated_at')} as recency, skill_list.*
      from student_profiles p join users u on u.id = p.user_id
        left join organisations org on org.id = p.institution_id
        ${skillLists('profile_skills', 'profile_id', 'p.id')}
      where p.id::text = any(${textArray(keys)}::text[]) and ${findableProfile('p')}`),
  );
  return withSkillPaths(db, rows, (r, paths) => ({
    id: r.id,
    displayName: r.display_name,
    headline: r.headline,
    about: r.about,
    programme: r.programme,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    studyYear: r.study_year === null ? null : String(r.study_year),
    availability: r.availability,
    district: r.district,
    visibility: r.visibility,
    updatedAt: r.updated_at,
    skillUris: r.skill_uris,
    skillLabels: r.skill_labels,
    skillLevels: r.skill_levels,
    skillPaths: paths,
    recency: r.recency,
    sortTitle: sortTitle(r.display_name),
  }) as AnyIndexedDocument);
}

interface OfferingRow extends SkillColumns {
  id: string;
  title: string;
  description: string;
  kind: string;
  format: string;
  language: string;
  status: string;
  provider_id: string;
  provider_name: string;
  starts_on: string | null;
  hours: number | null;
  cost_eur: number | null;
  updated_at: string;
  recency: number;
}

async function offeringDocuments(db: Db, keys: string[]): Promise<AnyIndexedDocument[]> {
  const rows = rowsOf<OfferingRow>(
    await db.execute(sql`
      select o.id::text, o.title, o.description, o.kind::text, o.format::text, o.language, o.status::text,
        o.provider_id::text, org.name as provider_name, o.starts_on::text, o.hours, o.cost_eur::float8 as cost_eur,
        ${isoTime('o.updated_at')} as updated_at, ${epochMs('o.updated_at')} as recency, skill_list.*
      from offerings o join organisations org on org.id = o.provider_id
        ${skillLists('offering_skills', 'offering_id', 'o.id')}
      where o.id::text = any(${textArray(keys)}::text[]) and ${publishedBy('o', 'provider_id')}`),
  );
  return withSkillPaths(db, rows, (r, paths) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    kind: r.kind,
    format: r.format,
    language: r.language,
    status: r.status,
    providerId: r.provider_id,
    providerName: r.provider_name,
    startsOn: r.starts_on,
    hours: r.hours,
    costEur: r.cost_eur,
    updatedAt: r.updated_at,
    skillUris: r.skill_uris,
    skillLabels: r.skill_labels,
    skillLevels: r.skill_levels,
    skillPaths: paths,
    recency: r.recency,
    sortTitle: sortTitle(r.title),
  }) as AnyIndexedDocument);
}

interface OrganisationRow {
  id: string;
  name: string;
  slug: string;
  kind: string;
  sector: string | null;
  district: string | null;
  size_band: string | null;
  verified: boolean;
  description: string;
  updated_at: string;
  recency: number;
}

async function organisationDocuments(db: Db, keys: string[]): Promise<AnyIndexedDocument[]> {
  const rows = rowsOf<OrganisationRow>(
    await db.execute(sql`
      select id::text, name, slug, kind::text, sector, district, size_band::text, verified, description,
        ${isoTime('updated_at')} as updated_at, ${epochMs('updated_at')} as recency
      from organisations where id::text = any(${textArray(keys)}::text[])`),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    kind: r.kind,
    sector: r.sector,
    district: r.district,
    sizeBand: r.size_band,
    verified: String(r.verified),
    description: r.description,
    updatedAt: r.updated_at,
    skillPaths: [],
    recency: r.recency,
    sortTitle: sortTitle(r.name),
  }) as AnyIndexedDocument);
}

interface SkillRow {
  uri: string;
  preferred_label: string;
  alt_labels: string[];
  aliases: string[];
  description: string;
  type: string | null;
  reuse_level: string | null;
  is_local: boolean;
  popularity: number;
  recency: number;
}

/** Skills are found by their labels and the cluster's own aliases; popularity is occupation usage. */
async function skillDocuments(db: Db, keys: string[]): Promise<AnyIndexedDocument[]> {
  const rows = rowsOf<SkillRow>(
    await db.execute(sql`
      select s.uri, s.preferred_label, s.alt_labels,
        coalesce((select array_agg(a.alias order by a.alias) from skill_aliases a where a.skill_uri = s.uri), '{}') as aliases,
        s.description, s.type::text, s.reuse_level::text, s.is_local,
        (select count(*)::int from occupation_skills o where o.skill_uri = s.uri) as popularity,
        ${epochMs('s.updated_at')} as recency
      from skills s where s.uri = any(${textArray(keys)}::text[])`),
  );
  const paths = await skillPaths(db, rows.map((r) => r.uri));
  return rows.map((r) => ({
    id: documentId('skills', r.uri),
    uri: r.uri,
    preferredLabel: r.preferred_label,
    altLabels: union([r.alt_labels, r.aliases]),
    description: r.description,
    type: r.type,
    reuseLevel: r.reuse_level,
    isLocal: String(r.is_local),
    skillPaths: paths.get(r.uri) ?? [r.uri],
    recency: r.recency,
    sortTitle: sortTitle(r.preferred_label),
    popularity: r.popularity,
  }) as AnyIndexedDocument);
}

const loaders: Record<SearchCollection, (db: Db, keys: string[]) => Promise<AnyIndexedDocument[]>> = {
  opportunities: opportunityDocuments,
  students: studentDocuments,
  offerings: offeringDocuments,
  organisations: organisationDocuments,
  skills: skillDocuments,
};

/** The documents of the records named; records that must not be found are left out. */
export function loadDocuments(db: Db, collection: SearchCollection, keys: string[]): Promise<AnyIndexedDocument[]> {
  return keys.length === 0 ? Promise.resolve([]) : loaders[collection](db, keys);
}

const keySources: Record<SearchCollection, { table: string; key: string; type: 'uuid' | 'text'; searchable: SQL }> = {
  opportunities: { table: 'opportunities', key: 'id', type: 'uuid', searchable: publishedBy('opportunities', 'organisation_id') },
  students: { table: 'student_profiles', key: 'id', type: 'uuid', searchable: findableProfile('student_profiles') },
  offerings: { table: 'offerings', key: 'id', type: 'uuid', searchable: publishedBy('offerings', 'provider_id') },
  organisations: { table: 'organisations', key: 'id', type: 'uuid', searchable: sql`true` },
  skills: { table: 'skills', key: 'uri', type: 'text', searchable: sql`true` },
};

/** Keys of every record that has a document, in key order, a page at a time. */
export async function searchableKeys(db: Db, collection: SearchCollection, after: string | null, limit: number): Promise<string[]> {
  const { table, key, type, searchable } = keySources[collection];
  const column = sql.raw(key);
  const rows = rowsOf<{ key: string }>(
    await db.execute(sql`
      select ${column}::text as key from ${sql.raw(table)}
      where ${searchable} ${after === null ? sql`` : sql`and ${column} > ${after}::${sql.raw(type)}`}
      order by ${column} limit ${limit}`),
  );
  return rows.map((r) => r.key);
}

/** How many records of the collection should have a document. */
export async function searchableCount(db: Db, collection: SearchCollection): Promise<number> {
  const { table, searchable } = keySources[collection];
  const rows = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.raw(table)} where ${searchable}`));
  return rows[0]?.n ?? 0;
}

/** Every document of the collection, in batches, for a rebuild. */
export async function* allDocuments(db: Db, collection: SearchCollection, batchSize = 500): AsyncGenerator<AnyIndexedDocument[]> {
  let after: string | null = null;
  for (;;) {
    const keys = await searchableKeys(db, collection, after, batchSize);
    if (keys.length === 0) return;
    yield await loadDocuments(db, collection, keys);
    after = keys[keys.length - 1] ?? null;
  }
}

/** Synonyms for the engines: each alias of a skill means its preferred label, and back. */
export async function skillSynonyms(db: Db): Promise<Record<string, string[]>> {
  const rows = rowsOf<{ alias: string; label: string }>(
    await db.execute(sql`select lower(a.alias) as alias, lower(s.preferred_label) as label
      from skill_aliases a join skills s on s.uri = a.skill_uri order by 1, 2`),
  );
  // A Map, not an object: an alias may well be "constructor".
  const synonyms = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = synonyms.get(from) ?? [];
    if (from !== to && !list.includes(to)) synonyms.set(from, [...list, to]);
  };
  for (const { alias, label } of rows) {
    add(alias, label);
    add(label, alias);
  }
  return Object.fromEntries(synonyms);
}
