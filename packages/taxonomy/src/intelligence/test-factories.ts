import { withClusterSkills } from '../cluster-skills.ts';
import { readEscoArchive } from '../esco-archive.ts';
import { skillIndexInputFromArchive } from './skill-index.archive.ts';
import { buildSkillIndex, type SkillAlias, type SkillIndex, type SkillIndexInput, type SkillSource } from './skill-index.ts';

let counter = 0;

/** A skill for a hand-made index; each call gets a fresh URI. */
export function newSkill(overrides: Partial<SkillSource> & { preferredLabel: string }): SkillSource {
  counter += 1;
  return {
    uri: `http://example.org/skill/${counter}`,
    altLabels: [],
    hiddenLabels: [],
    description: '',
    type: 'skill/competence',
    reuseLevel: 'cross-sector',
    isLocal: false,
    ...overrides,
  };
}

export function newIndexInput(skills: SkillSource[], aliases: SkillAlias[] = []): SkillIndexInput {
  return { skills, broader: [], occupationCounts: new Map(), aliases };
}

/** The index of a fresh installation: ESCO from the repository's archive and the starter cluster skills (a few seconds; build once per test file). */
export function escoIndex(aliases: SkillAlias[] = []): { index: SkillIndex; input: SkillIndexInput } {
  const input = withClusterSkills(skillIndexInputFromArchive(readEscoArchive(), aliases));
  return { index: buildSkillIndex(input), input };
}
