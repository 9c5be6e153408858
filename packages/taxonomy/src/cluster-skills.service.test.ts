import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@kc/db';
import { auditLog, skillAliases, skillHierarchy, skills } from '@kc/db/schema';
import { createTestDatabase } from '@kc/testing';
import { CLUSTER_ALIASES, CLUSTER_SKILLS } from './cluster-skills.ts';
import { installClusterSkills } from './cluster-skills.service.ts';
import { extract } from './intelligence/extract.ts';
import { buildSkillIndex } from './intelligence/skill-index.ts';
import { loadSkillIndexInput } from './intelligence/skill-index.repository.ts';
import { suggest } from './intelligence/suggest.ts';

const uris = CLUSTER_SKILLS.map((s) => s.uri);
const starter = (label: string) => {
  const skill = CLUSTER_SKILLS.find((s) => s.preferredLabel === label);
  if (!skill) throw new Error(`no starter skill ${label}`);
  return skill;
};

describe('installClusterSkills', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    // The test template is a fresh installation and holds them already: start from a database that never had them.
    await database.db.delete(skills).where(inArray(skills.uri, uris));
    await database.db.delete(skillHierarchy).where(inArray(skillHierarchy.narrowerUri, uris));
    await database.db.delete(auditLog).where(and(eq(auditLog.entityType, 'skill'), inArray(auditLog.entityId, uris)));
    const escoUris = CLUSTER_ALIASES.map((a) => a.skillUri);
    await database.db.delete(skillAliases).where(inArray(skillAliases.skillUri, escoUris));
    await database.db.delete(auditLog).where(and(eq(auditLog.entityType, 'skill'), inArray(auditLog.entityId, escoUris)));
  });
  afterAll(async () => {
    await database.close();
  });

  it('installs every starter skill once, under its ESCO skill, with its aliases; a second run does nothing', async () => {
    const first = await installClusterSkills(database.db);
    expect(first.installed.sort()).toEqual([...uris].sort());
    const rows = await database.db.select().from(skills).where(inArray(skills.uri, uris));
    expect(rows).toHaveLength(CLUSTER_SKILLS.length);
    expect(rows.every((r) => r.isLocal)).toBe(true);
    const kubernetes = starter('Kubernetes');
    expect(await database.db.select({ broaderUri: skillHierarchy.broaderUri }).from(skillHierarchy).where(eq(skillHierarchy.narrowerUri, kubernetes.uri))).toEqual([
      { broaderUri: kubernetes.broaderUri },
    ]);
    expect((await database.db.select({ alias: skillAliases.alias }).from(skillAliases).where(eq(skillAliases.skillUri, kubernetes.uri))).map((r) => r.alias)).toEqual(['k8s']);

    expect(first.aliases.sort()).toEqual(CLUSTER_ALIASES.map((a) => a.alias).sort());

    const second = await installClusterSkills(database.db);
    expect(second).toEqual({ installed: [], present: CLUSTER_SKILLS.length, withheld: 0, waiting: 0, aliases: [] });
  });

  it('keeps what an administrator edited and does not bring back what one removed', async () => {
    const docker = starter('Docker');
    const figma = starter('Figma');
    await database.db.update(skills).set({ preferredLabel: 'Docker Engine', altLabels: [] }).where(eq(skills.uri, docker.uri));
    await database.db.delete(skillHierarchy).where(eq(skillHierarchy.narrowerUri, figma.uri));
    await database.db.delete(skills).where(eq(skills.uri, figma.uri));
    await database.db.insert(auditLog).values({ action: 'delete', entityType: 'skill', entityId: figma.uri });

    const report = await installClusterSkills(database.db);
    expect(report).toMatchObject({ installed: [], withheld: 1, present: CLUSTER_SKILLS.length - 1 });
    expect(await database.db.select({ uri: skills.uri }).from(skills).where(eq(skills.uri, figma.uri))).toEqual([]);
    expect((await database.db.select({ label: skills.preferredLabel }).from(skills).where(eq(skills.uri, docker.uri)))[0]?.label).toBe('Docker Engine');
  });

  it('does not bring back a removed alias either, of a starter skill or of an ESCO skill', async () => {
    const kubernetes = starter('Kubernetes');
    await database.db.delete(skillAliases).where(eq(skillAliases.skillUri, kubernetes.uri));
    const [unitTests] = CLUSTER_ALIASES;
    if (!unitTests) throw new Error('no starter alias');
    await database.db.delete(skillAliases).where(and(eq(skillAliases.skillUri, unitTests.skillUri), eq(skillAliases.alias, unitTests.alias)));
    await database.db.insert(auditLog).values({ action: 'remove_alias', entityType: 'skill', entityId: unitTests.skillUri, details: { alias: unitTests.alias } });
    expect((await installClusterSkills(database.db)).aliases).toEqual([]);
    expect(await database.db.select().from(skillAliases).where(eq(skillAliases.skillUri, kubernetes.uri))).toEqual([]);
    const escoAliases = await database.db.select({ alias: skillAliases.alias }).from(skillAliases).where(eq(skillAliases.skillUri, unitTests.skillUri));
    expect(escoAliases.map((a) => a.alias)).not.toContain(unitTests.alias);
    await database.db.insert(skillAliases).values([
      { skillUri: kubernetes.uri, alias: 'k8s' },
      { skillUri: unitTests.skillUri, alias: unitTests.alias },
    ]);
  });

  it('are found by suggest and extract, aliases included', async () => {
    const index = buildSkillIndex(await loadSkillIndexInput(database.db));
    expect(suggest(index, 'k8s')[0]).toMatchObject({ uri: starter('Kubernetes').uri, matchKind: 'alias' });
    expect(suggest(index, 'React')[0]).toMatchObject({ uri: starter('React').uri, matchKind: 'exact' });
    expect(suggest(index, 'node.js')[0]?.uri).toBe(starter('Node.js').uri);
    const found = extract(index, 'We ship React and Node.js services in Docker Engine containers on k8s, with Git and Scrum.').map((s) => s.uri);
    expect(found).toEqual(expect.arrayContaining(['React', 'Node.js', 'Kubernetes', 'Docker', 'Git', 'Scrum'].map((label) => starter(label).uri)));
    expect(extract(index, 'You write unit tests.')[0]?.preferredLabel).toBe('perform software unit testing');
  });
});
