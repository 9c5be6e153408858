import type { Db } from '@kc/db';
import { occupationSkills, skillAliases, skillHierarchy, skills } from '@kc/db/schema';
import type { SkillAlias, SkillIndexInput } from './skill-index.ts';

/**
 * Reads what buildSkillIndex needs from the database: every skill (ESCO and local) with its labels,
 * the skill-to-skill broader links, how many occupations use each skill, and the local aliases.
 */
export async function loadSkillIndexInput(db: Db): Promise<SkillIndexInput> {
  const [skillRows, hierarchyRows, occupationRows, aliases] = await Promise.all([
    db
      .select({
        uri: skills.uri,
        preferredLabel: skills.preferredLabel,
        altLabels: skills.altLabels,
        hiddenLabels: skills.hiddenLabels,
        description: skills.description,
        type: skills.type,
        reuseLevel: skills.reuseLevel,
        isLocal: skills.isLocal,
      })
      .from(skills),
    db.select({ narrowerUri: skillHierarchy.narrowerUri, broaderUri: skillHierarchy.broaderUri }).from(skillHierarchy),
    db.select({ occupationUri: occupationSkills.occupationUri, skillUri: occupationSkills.skillUri }).from(occupationSkills),
    loadSkillAliases(db),
  ]);
  const occupationCounts = new Map<string, number>();
  for (const row of occupationRows) occupationCounts.set(row.skillUri, (occupationCounts.get(row.skillUri) ?? 0) + 1);
  return { skills: skillRows, broader: hierarchyRows, occupationCounts, aliases, occupationSkills: occupationRows };
}

/** Local aliases; an empty list while the skill_aliases table is not migrated yet. */
export async function loadSkillAliases(db: Db): Promise<SkillAlias[]> {
  try {
    return await db.select({ uri: skillAliases.skillUri, alias: skillAliases.alias }).from(skillAliases);
  } catch (error) {
    if (isMissingTable(error)) return [];
    throw error;
  }
}

function isMissingTable(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error || (typeof e === 'object' && e !== null); e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '42P01') return true;
    if (!(e as { cause?: unknown }).cause) break;
  }
  return false;
}
