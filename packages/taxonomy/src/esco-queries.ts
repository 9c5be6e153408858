import { desc, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@kc/db';
import { taxonomyImports } from '@kc/db/schema';

export const TAXONOMY_TABLES = ['skills', 'skillGroups', 'hierarchy', 'skillRelations', 'occupations', 'occupationLabels', 'occupationSkills'] as const;
export type TaxonomyTable = (typeof TAXONOMY_TABLES)[number];
export type TaxonomyCounts = Record<TaxonomyTable, number>;

export interface TaxonomyStatus {
  /** Release of the newest import, null before the first one. */
  version: string | null;
  importedAt: Date | null;
  counts: TaxonomyCounts;
}

/**
 * The rows of each table that belong to ESCO, as a condition on alias `t`: local skills and the
 * links that involve them are the platform's own and an import neither counts nor deletes them.
 */
export const ESCO_ROWS: Record<TaxonomyTable, { table: string; where: string }> = {
  skills: { table: 'skills', where: 'not t.is_local' },
  skillGroups: { table: 'skill_groups', where: 'true' },
  hierarchy: { table: 'skill_hierarchy', where: withoutLocalSkill('t.narrower_uri', 't.broader_uri') },
  skillRelations: { table: 'skill_relations', where: withoutLocalSkill('t.skill_uri', 't.related_skill_uri') },
  occupations: { table: 'occupations', where: 'true' },
  occupationLabels: { table: 'occupation_labels', where: 'true' },
  occupationSkills: { table: 'occupation_skills', where: withoutLocalSkill('t.skill_uri') },
};

function withoutLocalSkill(...uris: string[]): string {
  return `not exists (select 1 from skills l where l.is_local and l.uri in (${uris.join(', ')}))`;
}

export async function countEscoRows(db: Db): Promise<TaxonomyCounts> {
  const counts = TAXONOMY_TABLES.map(
    (key) => `(select count(*)::int from ${ESCO_ROWS[key].table} t where ${ESCO_ROWS[key].where}) as "${key}"`,
  );
  const [row] = rowsOf<TaxonomyCounts>(await db.execute(sql.raw(`select ${counts.join(', ')}`)));
  if (!row) throw new Error('Counting the taxonomy returned no row');
  return Object.fromEntries(TAXONOMY_TABLES.map((key) => [key, Number(row[key])])) as TaxonomyCounts;
}

export async function taxonomyStatus(db: Db): Promise<TaxonomyStatus> {
  const [latest] = await db
    .select({ version: taxonomyImports.version, importedAt: taxonomyImports.importedAt })
    .from(taxonomyImports)
    .orderBy(desc(taxonomyImports.id))
    .limit(1);
  return { version: latest?.version ?? null, importedAt: latest?.importedAt ?? null, counts: await countEscoRows(db) };
}
