import { beforeAll, describe, expect, it } from 'vitest';
import { buildSkillIndex, type SkillIndex } from './skill-index.ts';
import { editDistance, suggest } from './suggest.ts';
import { escoIndex, newIndexInput, newSkill } from './test-factories.ts';

describe('suggest over ESCO', () => {
  let index: SkillIndex;
  beforeAll(() => {
    index = escoIndex().index;
  });

  it('returns the exact label first, with URI, preferred label, matched label and score', () => {
    const [first] = suggest(index, 'JavaScript', { limit: 5 });
    expect(first).toMatchObject({ preferredLabel: 'JavaScript', matchedLabel: 'JavaScript', matchKind: 'exact' });
    expect(first?.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(first?.score).toBeGreaterThan(0.9);
  });

  it('matches alternative labels exactly and reports the label that matched', () => {
    const [first] = suggest(index, 'java');
    expect(first).toMatchObject({ preferredLabel: 'Java (computer programming)', matchKind: 'exact' });
    expect(first?.matchedLabel.toLowerCase()).toBe('java');
  });

  it('completes prefixes', () => {
    const [first] = suggest(index, 'Postgre');
    expect(first).toMatchObject({ preferredLabel: 'PostgreSQL', matchKind: 'prefix' });
  });

  it('tolerates typos', () => {
    expect(suggest(index, 'javascrpt')[0]).toMatchObject({ preferredLabel: 'JavaScript', matchKind: 'fuzzy' });
    expect(suggest(index, 'pyhton')[0]?.preferredLabel).toBe('Python (computer programming)');
    expect(suggest(index, 'project managment')[0]?.preferredLabel).toBe('project management');
  });

  it('corrects two typos in a long word and keeps short words to their first letter', () => {
    expect(suggest(index, 'data analisys').map((s) => s.matchedLabel)).toContain('perform data analysis');
    expect(suggest(index, 'docker').map((s) => s.preferredLabel)).not.toContain('allocate locker space');
  });

  it('prefers a whole word over the beginning of a longer one', () => {
    expect(suggest(index, 'excel')[0]?.preferredLabel).toBe('use spreadsheets software');
  });

  it('falls back to the words that name a skill when others do not', () => {
    expect(suggest(index, 'JavaScript developer')[0]).toMatchObject({ preferredLabel: 'JavaScript', matchKind: 'fuzzy' });
  });

  it('finds words in any order', () => {
    expect(suggest(index, 'learning machine').map((s) => s.preferredLabel)).toContain('machine learning');
  });

  it('ranks exact before prefix before fuzzy', () => {
    const results = suggest(index, 'java', { limit: 20 });
    const rank = { exact: 0, alias: 0, prefix: 1, fuzzy: 2 } as const;
    const ranks = results.map((s) => rank[s.matchKind]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const scores = results.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('returns nothing for empty or symbol-only queries and respects the limit', () => {
    expect(suggest(index, '')).toEqual([]);
    expect(suggest(index, '  --  ')).toEqual([]);
    expect(suggest(index, 'data', { limit: 3 })).toHaveLength(3);
  });
});

describe('suggest over a hand-made index', () => {
  it('puts a common skill before an obscure one with the same kind of match', () => {
    const common = newSkill({ preferredLabel: 'manage budgets', reuseLevel: 'transversal' });
    const obscure = newSkill({ preferredLabel: 'manage bulk cargo', reuseLevel: 'occupation-specific' });
    const input = newIndexInput([obscure, common]);
    const index = buildSkillIndex({ ...input, occupationCounts: new Map([[common.uri, 120], [obscure.uri, 1]]) });
    expect(suggest(index, 'manage bu').map((s) => s.uri)).toEqual([common.uri, obscure.uri]);
  });

  it('matches local aliases and local skills', () => {
    const kubernetes = newSkill({ preferredLabel: 'Kubernetes', isLocal: true });
    const index = buildSkillIndex(newIndexInput([kubernetes, newSkill({ preferredLabel: 'Kotlin' })], [{ uri: kubernetes.uri, alias: 'k8s' }]));
    expect(suggest(index, 'k8s')[0]).toMatchObject({ uri: kubernetes.uri, matchKind: 'alias', matchedLabel: 'k8s' });
    expect(suggest(index, 'kubern')[0]).toMatchObject({ uri: kubernetes.uri, matchKind: 'prefix' });
  });
});

describe('editDistance', () => {
  it('counts adjacent transpositions as one edit', () => {
    expect(editDistance('pyhton', 'python', 2)).toBe(1);
    expect(editDistance('javascrpt', 'javascript', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
