import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_EXTRACT_CHARS, TextTooLongError, answerExtractionRequest, extract } from './extract.ts';
import { buildSkillIndex, type SkillIndex } from './skill-index.ts';
import { escoIndex, newIndexInput, newSkill } from './test-factories.ts';

const JOB_AD =
  'We are looking for a senior software developer with strong experience in JavaScript and Python. ' +
  'You will design RESTful APIs, manage PostgreSQL databases and work in an agile team.';

describe('extract over ESCO', () => {
  let index: SkillIndex;
  beforeAll(() => {
    index = escoIndex().index;
  });

  it('finds the skills of a job ad, best first, with scores between 0 and 1', () => {
    const skills = extract(index, JOB_AD);
    const labels = skills.map((s) => s.preferredLabel);
    expect(labels.slice(0, 6)).toEqual(expect.arrayContaining(['JavaScript', 'Python (computer programming)', 'PostgreSQL']));
    for (const skill of skills) {
      expect(skill.score).toBeGreaterThan(0);
      expect(skill.score).toBeLessThanOrEqual(1);
    }
    const scores = skills.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(skills.length).toBeLessThanOrEqual(20);
  });

  it('gives spans that point at the words in the original text', () => {
    const text = 'Must know   JavaScript; PYTHON is a plus.';
    const skills = extract(index, text);
    const js = skills.find((s) => s.preferredLabel === 'JavaScript');
    const py = skills.find((s) => s.preferredLabel === 'Python (computer programming)');
    expect(js?.spans.map((s) => text.slice(s.start, s.end))).toEqual(['JavaScript']);
    expect(py?.spans.map((s) => text.slice(s.start, s.end))).toEqual(['PYTHON']);
  });

  it('spans cover a multi-word label across inflections', () => {
    const text = 'Responsibilities include managing budgets for two departments.';
    const skill = extract(index, text).find((s) => s.preferredLabel === 'manage budgets');
    expect(skill?.spans.map((s) => text.slice(s.start, s.end))).toEqual(['managing budgets']);
  });

  it('tolerates typos and unfinished words in the text, pointing at the misspelt word', () => {
    const text = 'Experience with javascrpt and Postgre required.';
    const skills = extract(index, text);
    const js = skills.find((s) => s.preferredLabel === 'JavaScript');
    const pg = skills.find((s) => s.preferredLabel === 'PostgreSQL');
    expect(js?.spans.map((s) => text.slice(s.start, s.end))).toEqual(['javascrpt']);
    expect(pg?.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Postgre']);
    expect(skills.slice(0, 2).map((s) => s.preferredLabel).sort()).toEqual(['JavaScript', 'PostgreSQL']);
  });

  it('answers the CLI protocol with uri, label and score, best first, at most 20', () => {
    const response = answerExtractionRequest(index, { id: 'ad-1', text: JOB_AD });
    expect(response.id).toBe('ad-1');
    expect(response.skills.length).toBeGreaterThan(0);
    expect(response.skills.length).toBeLessThanOrEqual(20);
    expect(Object.keys(response.skills[0] ?? {}).sort()).toEqual(['label', 'score', 'uri']);
  });

  it('respects the limit', () => {
    expect(extract(index, JOB_AD, { limit: 3 })).toHaveLength(3);
  });

  it('returns nothing for empty text and throws a typed error beyond 20,000 characters', () => {
    expect(extract(index, '')).toEqual([]);
    expect(extract(index, '   \n ')).toEqual([]);
    expect(() => extract(index, 'a'.repeat(MAX_EXTRACT_CHARS + 1))).toThrow(TextTooLongError);
    expect(() => extract(index, 'x '.repeat(MAX_EXTRACT_CHARS / 2))).not.toThrow();
  });

  it('handles a job ad repeated up to the size limit, with a span per occurrence', () => {
    const text = `${JOB_AD} `.repeat(Math.floor(MAX_EXTRACT_CHARS / (JOB_AD.length + 1)));
    const skills = extract(index, text);
    expect(skills.length).toBeLessThanOrEqual(20);
    expect(skills[0]?.spans.length).toBeGreaterThan(1);
  });

  it('returns nothing for non-English text', () => {
    expect(extract(index, 'Wir suchen einen erfahrenen Softwareentwickler mit guten Kenntnissen in der Programmierung und Datenbanken für unser Team.')).toEqual([]);
    expect(extract(index, 'Nous recherchons un développeur avec une expérience de la gestion de projet et des bases de données pour notre équipe.')).toEqual([]);
    expect(extract(index, 'Мы ищем опытного разработчика программного обеспечения со знанием баз данных')).toEqual([]);
    expect(extract(index, '我们正在寻找一名有经验的软件工程师')).toEqual([]);
  });

  it('still reads English lists without function words', () => {
    expect(extract(index, 'javascript reactjs java').map((s) => s.preferredLabel)).toEqual(
      expect.arrayContaining(['JavaScript', 'Java (computer programming)']),
    );
  });
});

describe('extract over a hand-made index', () => {
  it('uses local aliases and local skills', () => {
    const kubernetes = newSkill({ preferredLabel: 'Kubernetes', isLocal: true, description: 'Container orchestration.' });
    const index = buildSkillIndex(newIndexInput([kubernetes, newSkill({ preferredLabel: 'cook pasta' })], [{ uri: kubernetes.uri, alias: 'k8s' }]));
    const text = 'You will run our services on k8s in the cloud.';
    const [first] = extract(index, text);
    expect(first).toMatchObject({ uri: kubernetes.uri, preferredLabel: 'Kubernetes' });
    expect(first?.spans.map((s) => text.slice(s.start, s.end))).toEqual(['k8s']);
  });
});
