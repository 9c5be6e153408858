import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import type { SkillAlias } from './skill-index.ts';
import { createSkillIndexStore } from './skill-index.store.ts';
import { suggest } from './suggest.ts';
import { newIndexInput, newSkill } from './test-factories.ts';

describe('createSkillIndexStore', () => {
  it('makes new aliases and local skills visible to suggest and extract after a refresh', async () => {
    const devops = newSkill({ preferredLabel: 'DevOps' });
    const skills = [devops];
    const aliases: SkillAlias[] = [];
    const store = await createSkillIndexStore(async () => newIndexInput([...skills], [...aliases]));
    expect(suggest(store.current(), 'k8s')).toEqual([]);

    const kubernetes = newSkill({ preferredLabel: 'Kubernetes', isLocal: true });
    skills.push(kubernetes);
    aliases.push({ uri: kubernetes.uri, alias: 'k8s' });
    await store.refresh();

    expect(suggest(store.current(), 'k8s')[0]?.uri).toBe(kubernetes.uri);
    expect(extract(store.current(), 'We run DevOps on k8s.').map((s) => s.uri)).toEqual(expect.arrayContaining([kubernetes.uri, devops.uri]));
  });

  it('coalesces concurrent refreshes and ends with the latest data', async () => {
    let loads = 0;
    const labels = ['first'];
    const store = await createSkillIndexStore(async () => {
      loads += 1;
      return newIndexInput(labels.map((label) => newSkill({ preferredLabel: label })));
    });
    labels.push('second');
    const refreshes = [store.refresh(), store.refresh(), store.refresh()];
    await Promise.all(refreshes);
    expect(loads).toBeLessThanOrEqual(3);
    expect(suggest(store.current(), 'second')[0]?.preferredLabel).toBe('second');
  });
});
