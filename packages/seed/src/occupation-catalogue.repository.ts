import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@kc/db';
import { arrayLiteral } from './demo-table.ts';
import type { OccupationCatalogue, OccupationProfile, SkillRef } from './demo-dataset.generator.ts';

interface OccupationSkillRow {
  occupation_uri: string;
  occupation_label: string;
  relation_type: 'essential' | 'optional' | null;
  skill_uri: string | null;
  skill_label: string | null;
}

export class MissingOccupationsError extends Error {
  constructor(readonly labels: readonly string[]) {
    super(
      `ESCO occupations not found: ${labels.map((l) => `"${l}"`).join(', ')}. ` +
        'Import the ESCO taxonomy before seeding demo data.',
    );
    this.name = 'MissingOccupationsError';
  }
}

/**
 * Loads the named ESCO occupations (matched on lower-case preferred label) with their skills,
 * ordered by URI in the C collation so the generator sees the same lists on every database.
 */
export async function loadOccupationCatalogue(db: Db, labels: readonly string[]): Promise<OccupationCatalogue> {
  const wanted = [...new Set(labels.map((l) => l.toLowerCase()))];
  const rows = rowsOf<OccupationSkillRow>(
    await db.execute(sql`
      select o.uri as occupation_uri, o.preferred_label as occupation_label, os.relation_type,
             s.uri as skill_uri, s.preferred_label as skill_label
      from occupations o
      left join occupation_skills os on os.occupation_uri = o.uri
      left join skills s on s.uri = os.skill_uri
      where lower(o.preferred_label) = any(${arrayLiteral(wanted, false)}::text[])
      order by o.uri collate "C", os.relation_type, s.uri collate "C"`),
  );
  const byLabel = new Map<string, { uri: string; label: string; essential: SkillRef[]; optional: SkillRef[] }>();
  for (const row of rows) {
    const key = row.occupation_label.toLowerCase();
    let entry = byLabel.get(key);
    if (!entry) {
      entry = { uri: row.occupation_uri, label: row.occupation_label, essential: [], optional: [] };
      byLabel.set(key, entry);
    }
    if (entry.uri !== row.occupation_uri) continue;
    if (row.skill_uri === null || row.skill_label === null || row.relation_type === null) continue;
    entry[row.relation_type].push({ uri: row.skill_uri, label: row.skill_label });
  }
  const missing = wanted.filter((label) => !byLabel.has(label));
  if (missing.length > 0) throw new MissingOccupationsError(missing);
  return byLabel as ReadonlyMap<string, OccupationProfile>;
}
