import { beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_SKILLS, LOCAL_SKILL_PREFIX, withClusterSkills } from './cluster-skills.ts';
import { readEscoArchive, type EscoArchive } from './esco-archive.ts';
import { skillIndexInputFromArchive } from './intelligence/skill-index.archive.ts';
import { labelKey } from './intelligence/text.ts';

/** The slug an administrator's "add local skill" gives a label (apps/api/src/lib/slug.ts). */
const slug = (label: string) =>
  label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');

describe('the starter cluster skills', () => {
  let archive: EscoArchive;
  beforeAll(() => {
    archive = readEscoArchive();
  });

  it('are a few dozen, each with a stable local URI from its label, a description and an alias list', () => {
    expect(CLUSTER_SKILLS.length).toBeGreaterThanOrEqual(30);
    expect(CLUSTER_SKILLS.length).toBeLessThanOrEqual(50);
    expect(new Set(CLUSTER_SKILLS.map((s) => s.uri)).size).toBe(CLUSTER_SKILLS.length);
    for (const skill of CLUSTER_SKILLS) {
      expect(skill.uri).toBe(`${LOCAL_SKILL_PREFIX}${slug(skill.preferredLabel)}`);
      expect(skill.description.length, skill.preferredLabel).toBeGreaterThan(10);
    }
    expect(CLUSTER_SKILLS.find((s) => s.preferredLabel === 'Kubernetes')?.aliases).toContain('k8s');
  });

  it('each sit under an ESCO skill of v1.1.1', () => {
    const esco = new Map(archive.skills.map((s) => [s.uri, s]));
    for (const skill of CLUSTER_SKILLS) expect(esco.has(skill.broaderUri), `${skill.preferredLabel} → ${skill.broaderUri}`).toBe(true);
  });

  it('name only what ESCO lacks: no label is an ESCO label, except Git and Scrum, which ESCO has only as words of broad concepts', () => {
    const escoKeys = new Map<string, string>();
    for (const s of archive.skills) for (const label of [s.preferredLabel, ...s.altLabels, ...s.hiddenLabels]) escoKeys.set(labelKey(label), s.preferredLabel);
    const clashes = CLUSTER_SKILLS.flatMap((skill) =>
      [skill.preferredLabel, ...skill.altLabels, ...skill.aliases].filter((label) => escoKeys.has(labelKey(label))).map((label) => `${label} (ESCO: ${escoKeys.get(labelKey(label))})`),
    );
    expect(clashes).toEqual(['Git (ESCO: tools for software configuration management)', 'Scrum (ESCO: ICT project management methodologies)']);
  });

  it('join an index input once, as local skills with their broader link and aliases', () => {
    const input = skillIndexInputFromArchive(archive);
    const joined = withClusterSkills(input);
    expect(joined.skills.length).toBe(input.skills.length + CLUSTER_SKILLS.length);
    expect(joined.skills.filter((s) => s.isLocal)).toHaveLength(CLUSTER_SKILLS.length);
    const kubernetes = CLUSTER_SKILLS.find((s) => s.preferredLabel === 'Kubernetes');
    expect(joined.aliases).toContainEqual({ uri: kubernetes?.uri, alias: 'k8s' });
    expect(joined.broader).toContainEqual({ narrowerUri: kubernetes?.uri, broaderUri: kubernetes?.broaderUri });
    expect(withClusterSkills(joined).skills.length).toBe(joined.skills.length);
  });
});
