import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILLS, createTestApi, expectErrorShape, type TestApi } from '../../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const suggest = async (q: string) => (await api.request('GET', `/api/v1/skills/suggest?q=${encodeURIComponent(q)}`)).body.items as { uri: string; preferredLabel: string; matchKind: string }[];

describe('GET /api/v1/skills/suggest', () => {
  it('normalises typos and partial words to ESCO skills', async () => {
    expect((await suggest('javascrpt'))[0]?.uri).toBe(SKILLS.javascript);
    expect((await suggest('Python'))[0]).toMatchObject({ uri: SKILLS.python, matchKind: 'exact' });
    expect((await suggest('postgre')).map((s) => s.preferredLabel)).toContain('PostgreSQL');
  });

  it('ranks an exact label before prefixes', async () => {
    const items = await suggest('SQL');
    expect(items[0]).toMatchObject({ uri: SKILLS.sql, matchKind: 'exact' });
  });

  it('rejects an empty or overlong query with 400', async () => {
    for (const q of ['', 'x'.repeat(101)]) {
      const res = await api.request('GET', `/api/v1/skills/suggest?q=${q}`);
      expect(res.status).toBe(400);
      expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    }
  });

  it('knows the starter cluster skills ESCO lacks, with their aliases', async () => {
    expect((await suggest('k8s'))[0]).toMatchObject({ uri: 'urn:kc:skill:kubernetes', preferredLabel: 'Kubernetes', matchKind: 'alias' });
    expect((await suggest('React'))[0]).toMatchObject({ uri: 'urn:kc:skill:react', matchKind: 'exact' });
    const kubernetes = await api.request('GET', `/api/v1/skills/${encodeURIComponent('urn:kc:skill:kubernetes')}`);
    expect(kubernetes.body).toMatchObject({ preferredLabel: 'Kubernetes', isLocal: true });
  });

  it('picks up a new local skill and a new local alias without a restart', async () => {
    const cloudTechnologies = 'http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0';
    expect((await suggest('hcnomad')).map((s) => s.preferredLabel)).not.toContain('HashiCorp Nomad');
    const admin = await api.clusterAdmin();
    const local = await api.request('POST', '/api/v1/skills', { preferredLabel: 'HashiCorp Nomad', broaderUri: cloudTechnologies }, { as: admin });
    expect(local.status).toBe(201);
    expect((await suggest('hashicorp nomad'))[0]).toMatchObject({ uri: local.body.uri, matchKind: 'exact' });

    const added = await api.request('POST', `/api/v1/skills/${encodeURIComponent(local.body.uri)}/aliases`, { alias: 'hcnomad' }, { as: admin });
    expect(added.status).toBe(201);
    expect((await suggest('hcnomad'))[0]).toMatchObject({ uri: local.body.uri, matchKind: 'alias' });
    const extracted = await api.request('POST', '/api/v1/skills/extract', { text: 'You will run our services on hcnomad and write JavaScript.' });
    expect(extracted.body.skills.map((s: { uri: string }) => s.uri)).toEqual(expect.arrayContaining([local.body.uri, SKILLS.javascript]));

    expect((await api.request('DELETE', `/api/v1/skill-aliases/${added.body.id}`, undefined, { as: admin })).status).toBe(204);
    expect((await suggest('hcnomad')).map((s) => s.uri)).not.toContain(local.body.uri);
  }, 180_000);
});

const POSTGRESQL = 'http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996';

describe('POST /api/v1/skills/extract', () => {
  it('finds the skills of a job ad, with spans pointing at the words', async () => {
    const text = 'We are hiring a backend developer. You write Python and SQL every day and care about teamwork.';
    const res = await api.request('POST', '/api/v1/skills/extract', { text });
    expect(res.status).toBe(200);
    const byUri = new Map(res.body.skills.map((s: { uri: string }) => [s.uri, s]));
    for (const [uri, word] of [[SKILLS.python, 'Python'], [SKILLS.sql, 'SQL']] as const) {
      const skill = byUri.get(uri) as { score: number; spans: { start: number; end: number }[] } | undefined;
      expect(skill, word).toBeDefined();
      expect(skill?.score).toBeGreaterThan(0);
      expect(skill?.score).toBeLessThanOrEqual(1);
      expect(skill?.spans.map((s) => text.slice(s.start, s.end))).toContain(word);
    }
  });

  it('returns nothing for empty or non-English text rather than nonsense, and says how it read it', async () => {
    for (const [text, reading] of [
      ['', 'none'],
      ['   ', 'none'],
      ['Търсим програмист с опит в разработката на уеб приложения и работа в екип.', 'latin-names'],
      ['Wir suchen eine Entwicklerin mit Erfahrung in der Zusammenarbeit mit dem Team und den Kunden.', 'none'],
    ]) {
      const res = await api.request('POST', '/api/v1/skills/extract', { text });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ skills: [], reading });
    }
  });

  it('finds the technology names written in Latin script inside a Bulgarian text', async () => {
    const text = 'Имам опит с JavaScript, Python, PostgreSQL и Git, както и с Kubernetes (k8s).';
    const res = await api.request('POST', '/api/v1/skills/extract', { text });
    expect(res.status).toBe(200);
    expect(res.body.reading).toBe('latin-names');
    const found = (res.body.skills as { uri: string; confidence: string; variants: { uri: string }[] }[]).filter((s) => s.confidence !== 'possible');
    expect(found.map((s) => s.uri)).toEqual(expect.arrayContaining([SKILLS.javascript, SKILLS.python, POSTGRESQL, 'urn:kc:skill:git', 'urn:kc:skill:kubernetes']));
  });

  it('folds near-duplicates into the best of them and says which results are confident', async () => {
    const res = await api.request('POST', '/api/v1/skills/extract', { text: 'Strong English skills, written and spoken English. You react quickly and know React.' });
    const skills = res.body.skills as { preferredLabel: string; confidence: string; score: number; variants: { preferredLabel: string }[] }[];
    const english = skills.filter((s) => /English/.test(s.preferredLabel));
    expect(english.map((s) => s.preferredLabel)).toEqual(['English']);
    expect(english[0]?.variants.map((v) => v.preferredLabel)).toEqual(expect.arrayContaining(['write English', 'understand spoken English']));
    expect(english[0]?.confidence).not.toBe('possible');
    expect(skills.find((s) => s.preferredLabel === 'React')?.confidence).not.toBe('possible');
    for (const skill of skills) expect(skill.confidence).toBe(skill.score >= 0.75 ? 'strong' : skill.score >= 0.55 ? 'likely' : 'possible');
    const order = skills.map((s) => (s.confidence === 'possible' ? 1 : 0));
    expect(order).toEqual([...order].sort());
  });

  it('accepts 20,000 characters and refuses more with 400', async () => {
    const ad = 'You will develop software in Java and maintain databases with SQL. ';
    const long = ad.repeat(Math.ceil(20_000 / ad.length)).slice(0, 20_000);
    const ok = await api.request('POST', '/api/v1/skills/extract', { text: long });
    expect(ok.status).toBe(200);
    expect(ok.body.skills.length).toBeGreaterThan(0);
    expect(ok.body.skills.length).toBeLessThanOrEqual(20);
    const tooLong = await api.request('POST', '/api/v1/skills/extract', { text: `${long}x` });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.issues[0].path).toBe('body.text');
  });
});
