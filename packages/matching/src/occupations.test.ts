import { describe, expect, it } from 'vitest';
import { buildSkillGraph } from '@kc/taxonomy/skill-graph';
import { buildOccupationIndex, inferOccupations, type OccupationSource } from './occupations.ts';
import { occupationWords, stemBulgarian } from './words.ts';

const graph = buildSkillGraph({
  hierarchy: [
    { narrowerUri: 'java', broaderUri: 'programming' },
    { narrowerUri: 'python', broaderUri: 'programming' },
  ],
  related: [],
});

const occupation = (uri: string, en: string, bg: string, skills: [string, 'essential' | 'optional'][]): OccupationSource => ({
  uri,
  preferredLabel: en,
  labels: [
    { label: en, language: 'en', kind: 'preferred' },
    { label: bg, language: 'bg', kind: 'preferred' },
  ],
  skills: skills.map(([skill, relationType]) => ({ uri: skill, relationType })),
});

const index = buildOccupationIndex(
  [
    occupation('dev', 'software developer', 'разработчик на софтуер', [['java', 'essential'], ['python', 'optional'], ['sql', 'essential']]),
    occupation('web', 'web developer', 'уеб разработчик', [['javascript', 'essential'], ['html', 'essential'], ['css', 'essential']]),
    occupation('cook', 'cook', 'готвач', [['cooking', 'essential'], ['hygiene', 'essential']]),
  ],
  graph,
);

describe('occupation inference', () => {
  it('reads a raw title: case, punctuation, seniority and places do not hide it', () => {
    const [best] = inferOccupations(index, { text: 'SENIOR SOFTWARE DEVELOPER - Sofia (m/f)' });
    expect(best).toMatchObject({ uri: 'dev', reason: { label: 'software developer' } });
  });

  it('reads a Bulgarian title in another grammatical form', () => {
    expect(inferOccupations(index, { text: 'Разработчици на софтуера' })[0]?.uri).toBe('dev');
    expect(inferOccupations(index, { text: 'Готвачка' })[0]?.uri).toBe('cook');
  });

  it('ranks by skills, naming each skill and the listed skill that gave the credit', () => {
    const ranked = inferOccupations(index, { skills: ['java', 'sql'] });
    expect(ranked[0]?.uri).toBe('dev');
    expect(ranked[0]?.reason.skills).toEqual([
      { uri: 'java', via: 'java', relation: 'exact' },
      { uri: 'sql', via: 'sql', relation: 'exact' },
    ]);
    // A skill the occupation does not list, but a broader one it does, still counts.
    const through = inferOccupations(index, { skills: ['programming'] });
    expect(through[0]).toMatchObject({ uri: 'dev', reason: { skills: [{ uri: 'programming', relation: 'broader' }] } });
  });

  it('combines a title and skills, best first, and finds nothing in nothing', () => {
    const ranked = inferOccupations(index, { text: 'developer', skills: ['html', 'css'] });
    expect(ranked.map((o) => o.uri).slice(0, 2)).toEqual(['web', 'dev']);
    expect(inferOccupations(index, { text: '' })).toEqual([]);
    expect(inferOccupations(index, { skills: ['unknown'] })).toEqual([]);
  });

  it('keeps only the best `limit`, ordering equal scores by URI as a full sort would', () => {
    const twins = buildOccupationIndex(
      ['c', 'a', 'd', 'b'].map((uri) => occupation(uri, 'baker', 'пекар', [])),
      graph,
    );
    expect(inferOccupations(twins, { text: 'baker' }, 3).map((o) => o.uri)).toEqual(['a', 'b', 'c']);
    expect(inferOccupations(twins, { text: 'baker' }, 0)).toEqual([]);
    expect(inferOccupations(index, { text: 'developer' }, 1).map((o) => o.uri)).toHaveLength(1);
  });

  it('stems Bulgarian and English words so forms of one word meet', () => {
    expect(stemBulgarian('програмисти')).toBe(stemBulgarian('програмист'));
    expect(occupationWords('Developers, and the DEVELOPER')).toEqual(['develop', 'develop']);
  });
});
