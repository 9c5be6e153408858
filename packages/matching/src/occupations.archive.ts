import { buildSkillGraph, type EscoArchive } from '@kc/taxonomy';
import { buildOccupationIndex, type OccupationIndex, type OccupationSource } from './occupations.ts';
import type { OccupationTuning } from './weights.ts';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Every occupation of the release with its labels (English and Bulgarian) and skills. */
export function occupationSourcesFromArchive(archive: EscoArchive): OccupationSource[] {
  const labels = groupBy(archive.occupationLabels, (l) => l.occupationUri);
  const skills = groupBy(archive.occupationSkills, (r) => r.occupationUri);
  return archive.occupations.map((o) => ({
    uri: o.uri,
    preferredLabel: o.preferredLabel,
    labels: labels.get(o.uri) ?? [],
    skills: (skills.get(o.uri) ?? []).map((r) => ({ uri: r.skillUri, relationType: r.relationType })),
  }));
}

/** The occupation index of the release alone (ESCO has no local occupations). */
export function occupationIndexFromArchive(archive: EscoArchive, tuning?: OccupationTuning): OccupationIndex {
  const graph = buildSkillGraph({ hierarchy: archive.hierarchy, related: archive.skillRelations });
  return buildOccupationIndex(occupationSourcesFromArchive(archive), graph, tuning);
}
