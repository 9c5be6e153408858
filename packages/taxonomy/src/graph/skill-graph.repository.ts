import type { Db } from '@kc/db';
import { skillHierarchy, skillRelations } from '@kc/db/schema';
import { buildSkillGraph, type SkillGraph } from './skill-graph.ts';

/** The skill graph of the loaded taxonomy: the whole hierarchy and every skill-to-skill relation. */
export async function loadSkillGraph(db: Db): Promise<SkillGraph> {
  const [hierarchy, related] = await Promise.all([
    db.select({ narrowerUri: skillHierarchy.narrowerUri, broaderUri: skillHierarchy.broaderUri }).from(skillHierarchy),
    db.select({ skillUri: skillRelations.skillUri, relatedSkillUri: skillRelations.relatedSkillUri }).from(skillRelations),
  ]);
  return buildSkillGraph({ hierarchy, related });
}
