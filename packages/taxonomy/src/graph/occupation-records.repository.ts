import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@kc/db';

/** An occupation with every label (each language) and the skills it lists, as inference reads it. */
export interface OccupationRecord {
  uri: string;
  preferredLabel: string;
  labels: { label: string; language: string; kind: 'preferred' | 'alternative' | 'hidden' }[];
  skills: { uri: string; relationType: 'essential' | 'optional' }[];
}

type Row = { uri: string; preferred_label: string; labels: string | [string, string, OccupationRecord['labels'][number]['kind']][] | null; skills: string | [string, 'essential' | 'optional'][] | null };
const parse = <T>(value: T | string | null): T | [] => (value === null ? [] : typeof value === 'string' ? (JSON.parse(value) as T) : value);

/**
 * Every occupation of the loaded taxonomy, in URI order. One row per occupation with its labels
 * and skills aggregated: far fewer rows to carry than one per label and per listed skill.
 */
export async function loadOccupationRecords(db: Db): Promise<OccupationRecord[]> {
  const rows = rowsOf<Row>(
    await db.execute(sql`select o.uri, o.preferred_label,
      -- English first, then preferred, alternative, hidden: the first label of a wording is the one a reason names.
      (select json_agg(json_build_array(l.label, l.language, l.kind)
         order by l.language <> 'en', array_position(array['preferred', 'alternative', 'hidden'], l.kind), l.label)
       from occupation_labels l where l.occupation_uri = o.uri) as labels,
      (select json_agg(json_build_array(s.skill_uri, s.relation_type) order by s.skill_uri)
       from occupation_skills s where s.occupation_uri = o.uri) as skills
    from occupations o order by o.uri`),
  );
  return rows.map((r) => ({
    uri: r.uri,
    preferredLabel: r.preferred_label,
    labels: parse(r.labels).map(([label, language, kind]) => ({ label, language, kind })),
    skills: parse(r.skills).map(([uri, relationType]) => ({ uri, relationType })),
  }));
}
