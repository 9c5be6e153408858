import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIDENCE_CUTS, MAX_EXTRACT_CHARS, MAX_VARIANTS, TextTooLongError, answerExtractionRequest, extract } from './extract.ts';
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

  it('finds the technology names written in Latin script inside Bulgarian text', () => {
    const text = 'Имам опит с JavaScript, Python, PostgreSQL и Git, както и с Kubernetes (k8s).';
    const skills = extract(index, text);
    expect(skills.map((s) => s.preferredLabel)).toEqual(expect.arrayContaining(['JavaScript', 'Python (computer programming)', 'PostgreSQL', 'Git', 'Kubernetes']));
    const kubernetes = skills.find((s) => s.preferredLabel === 'Kubernetes');
    expect(kubernetes?.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Kubernetes', 'k8s']);
    for (const skill of skills) for (const span of skill.spans) expect(text.slice(span.start, span.end)).toMatch(/^[\p{Script=Latin}\d.+#\s]+$/u);
  });

  it('reads a mostly Cyrillic CV for its Latin-script names only, never for stray words', () => {
    const text =
      'Работя като софтуерен разработчик от пет години. В последния си проект използвах React и Node.js, ' +
      'а данните бяха в PostgreSQL. Пиша тестове и участвам в прегледите на кода.';
    const labels = extract(index, text).map((s) => s.preferredLabel);
    expect(labels.slice(0, 3).sort()).toEqual(['Node.js', 'PostgreSQL', 'React']);
    expect(extract(index, 'Търсим програмист с опит в разработката на уеб приложения и работа в екип.')).toEqual([]);
  });

  it('reads "React" as the library, never as the verb of "react to physical changes or hazards"', () => {
    for (const text of ['React', 'Experience with React and TypeScript.', 'Frontend: React, Redux, Next.js', 'react, node, docker']) {
      const skills = extract(index, text);
      expect(skills[0]?.uri === 'urn:kc:skill:react' || skills.some((s) => s.uri === 'urn:kc:skill:react'), text).toBe(true);
      const verbs = skills.filter((s) => /^(react|respond|think quickly|relate)/.test(s.preferredLabel));
      expect(verbs.map((s) => s.preferredLabel), text).toEqual([]);
    }
    // The verb is still the verb.
    const nursing = extract(index, 'Nurses must react quickly to changes in a patient\'s condition.').map((s) => s.preferredLabel);
    expect(nursing).not.toContain('React');
    expect(nursing.slice(0, 3)).toEqual(expect.arrayContaining(['react to events in time-critical environments']));
  });

  it('reads "unit tests" as software unit testing, never as testing electronic units', () => {
    for (const text of ['unit tests', 'You write unit tests for our backend.', 'Our stack: Python, Django, PostgreSQL. You write unit tests and review code.']) {
      const labels = extract(index, text).map((s) => s.preferredLabel);
      expect(labels, text).toContain('perform software unit testing');
      expect(labels, text).not.toContain('test electronic units');
      expect(labels, text).not.toContain('test mechatronic units');
    }
    expect(extract(index, 'unit tests')[0]?.preferredLabel).toBe('perform software unit testing');
  });

  it('keeps a name whole: Docker is not the dock of a port, nor the docks Docker, and Node.js is one name', () => {
    const docker = extract(index, 'We deploy with Docker and docker-compose.').map((s) => s.preferredLabel);
    expect(docker[0]).toBe('Docker');
    expect(docker.filter((l) => /dock|moor|ship|port/.test(l))).toEqual([]);
    expect(extract(index, 'We load ships at the docks.').map((s) => s.preferredLabel)).not.toContain('Docker');
    const node = extract(index, 'Backend in Node.js and TypeScript.');
    expect(node.map((s) => s.preferredLabel)).not.toEqual(expect.arrayContaining(['Next.js']));
    expect(node.find((s) => s.preferredLabel === 'Node.js')?.spans).toEqual([{ start: 11, end: 18 }]);
  });

  it('does not take a qualifier for the name: "programming languages" is not Go', () => {
    expect(extract(index, 'Proficiency in one or more modern programming languages').map((s) => s.preferredLabel)).not.toContain('Go (computer programming)');
    expect(extract(index, 'We write our services in Go and Golang tooling.').map((s) => s.preferredLabel)).toContain('Go (computer programming)');
  });

  it('folds near-duplicates into one result, the best, with the others as its variants', () => {
    const text = 'Strong English skills, written and spoken English; you will write English reports and understand spoken English.';
    const skills = extract(index, text);
    const english = skills.filter((s) => /English/.test(s.preferredLabel));
    expect(english.map((s) => s.preferredLabel)).toEqual(['English']);
    const variants = english[0]?.variants ?? [];
    expect(variants.map((v) => v.preferredLabel)).toEqual(expect.arrayContaining(['write English', 'understand spoken English', 'understand written English']));
    expect(variants.map((v) => v.score)).toEqual([...variants.map((v) => v.score)].sort((a, b) => b - a));
    expect(variants.every((v) => v.score <= (english[0]?.score ?? 0))).toBe(true);
    // Unfolded, each is a result of its own.
    expect(extract(index, text, { fold: false }).filter((s) => /English/.test(s.preferredLabel)).length).toBeGreaterThanOrEqual(4);
    // A name and the ESCO concept it narrows are one result too: Git holds "tools for software configuration management".
    const git = extract(index, 'Version control with Git.').find((s) => s.preferredLabel === 'Git');
    expect(git?.variants.map((v) => v.preferredLabel)).toContain('tools for software configuration management');
    for (const skill of extract(index, JOB_AD)) expect(skill.variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
  });

  it('says how confident each result is, from its score: the confident ones come first', () => {
    const skills = extract(index, `${JOB_AD} Strong English skills.`);
    expect(skills.some((s) => s.confidence === 'strong')).toBe(true);
    expect(skills.some((s) => s.confidence === 'possible')).toBe(true);
    for (const skill of skills) {
      expect(skill.confidence).toBe(skill.score >= CONFIDENCE_CUTS.strong ? 'strong' : skill.score >= CONFIDENCE_CUTS.likely ? 'likely' : 'possible');
    }
    const confident = skills.filter((s) => s.confidence !== 'possible').map((s) => s.preferredLabel);
    expect(confident).toEqual(expect.arrayContaining(['JavaScript', 'Python (computer programming)', 'PostgreSQL', 'English']));
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
