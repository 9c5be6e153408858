import type { EscoArchive } from '../esco-archive.ts';
import type { SkillIndexInput } from './skill-index.ts';

/** The index input straight from the parsed ESCO archive, for tests and benchmarks without a database. */
export function skillIndexInputFromArchive(archive: EscoArchive, aliases: SkillIndexInput['aliases'] = []): SkillIndexInput {
  const occupationCounts = new Map<string, number>();
  for (const relation of archive.occupationSkills) {
    occupationCounts.set(relation.skillUri, (occupationCounts.get(relation.skillUri) ?? 0) + 1);
  }
  return {
    skills: archive.skills.map((skill) => ({
      uri: skill.uri,
      preferredLabel: skill.preferredLabel,
      altLabels: skill.altLabels,
      hiddenLabels: skill.hiddenLabels,
      description: skill.description,
      type: skill.type,
      reuseLevel: skill.reuseLevel,
      isLocal: false,
    })),
    broader: archive.hierarchy.map((edge) => ({ narrowerUri: edge.narrowerUri, broaderUri: edge.broaderUri })),
    occupationCounts,
    aliases,
    occupationSkills: archive.occupationSkills.map((link) => ({ occupationUri: link.occupationUri, skillUri: link.skillUri })),
  };
}
