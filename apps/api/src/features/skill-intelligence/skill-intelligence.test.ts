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

  it('picks up a new local skill and a new local alias without a restart', async () => {
    const cloudTechnologies = 'http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0';
    expect((await suggest('k8s')).map((s) => s.preferredLabel)).not.toContain('Kubernetes');
    const admin = await api.clusterAdmin();
    const local = await api.request('POST', '/api/v1/skills', { preferredLabel: 'Kubernetes', broaderUri: cloudTechnologies }, { as: admin });
    expect(local.status).toBe(201);
    expect((await suggest('kubernetes'))[0]).toMatchObject({ uri: local.body.uri, matchKind: 'exact' });

    const added = await api.request('POST', `/api/v1/skills/${encodeURIComponent(local.body.uri)}/aliases`, { alias: 'k8s' }, { as: admin });
    expect(added.status).toBe(201);
    expect((await suggest('k8s'))[0]).toMatchObject({ uri: local.body.uri, matchKind: 'alias' });
    const extracted = await api.request('POST', '/api/v1/skills/extract', { text: 'You will run our services on k8s and write JavaScript.' });
    expect(extracted.body.skills.map((s: { uri: string }) => s.uri)).toEqual(expect.arrayContaining([local.body.uri, SKILLS.javascript]));

    expect((await api.request('DELETE', `/api/v1/skill-aliases/${added.body.id}`, undefined, { as: admin })).status).toBe(204);
    expect((await suggest('k8s')).map((s) => s.uri)).not.toContain(local.body.uri);
  }, 180_000);
});

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

  it('returns nothing for empty or non-English text rather than nonsense', async () => {
    for (const text of ['', '   ', 'Търсим програмист с опит в разработката на уеб приложения и работа в екип.', 'Wir suchen eine Entwicklerin mit Erfahrung in der Zusammenarbeit mit dem Team und den Kunden.']) {
      const res = await api.request('POST', '/api/v1/skills/extract', { text });
      expect(res.status).toBe(200);
      expect(res.body.skills).toEqual([]);
    }
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
