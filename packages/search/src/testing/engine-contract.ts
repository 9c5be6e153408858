import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SHORTLIST_LIMIT, MAX_SHORTLIST_SKILLS, type AnyIndexedDocument, type IndexedDocument, type SearchEngine, type SearchQuery, type ShortlistHit } from '../port.ts';

/**
 * The behaviour every search engine must show. Filters, facets, sorting and pagination must
 * give exactly the same answers everywhere; text search must put the obvious document first,
 * typos included.
 */
export function describeEngineContract(
  name: string,
  options: { skipReason?: string; open: () => Promise<{ engine: SearchEngine; cleanup: () => Promise<void> }> },
): void {
  const title = options.skipReason ? `${name} — skipped: ${options.skipReason}` : name;
  describe.skipIf(Boolean(options.skipReason))(title, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void> = async () => {};
    const ids = (docs: { document: { id: string } }[]) => docs.map((h) => h.document.id);
    const find = (query: Partial<SearchQuery>) => engine.search('opportunities', { page: 1, pageSize: 50, ...query });
    const expectedIds = (keep: (d: Fixture) => boolean) => OPPORTUNITIES.filter(keep).map((d) => d.id).sort();

    beforeAll(async () => {
      ({ engine, cleanup } = await options.open());
      await engine.prepare({ synonyms: { k8s: ['kubernetes'], kubernetes: ['k8s'] } });
      await engine.index('opportunities', OPPORTUNITIES);
      await engine.index('students', STUDENTS);
    }, 120_000);
    afterAll(() => cleanup(), 120_000);

    it('counts the documents of each collection', async () => {
      const stats = await engine.stats();
      expect(stats.opportunities).toBe(OPPORTUNITIES.length);
      expect(stats.students).toBe(STUDENTS.length);
      expect(stats.skills).toBe(0);
    });

    it('filters on one value, on any of several values, and across fields', async () => {
      expect(ids((await find({ filters: { kind: ['internship'] } })).hits).sort()).toEqual(expectedIds((d) => d.kind === 'internship'));
      expect(ids((await find({ filters: { kind: ['internship', 'job'] } })).hits).sort()).toEqual(
        expectedIds((d) => d.kind === 'internship' || d.kind === 'job'),
      );
      const both = await find({ filters: { kind: ['internship'], workMode: ['remote'] } });
      expect(ids(both.hits).sort()).toEqual(expectedIds((d) => d.kind === 'internship' && d.workMode === 'remote'));
      expect(both.total).toBe(both.hits.length);
      expect((await find({ filters: { kind: ['no-such-kind'] } })).total).toBe(0);
    });

    it('finds documents with a skill or anything narrower, and requires every skill given', async () => {
      const programming = await find({ skills: [SKILL.programming] });
      expect(ids(programming.hits).sort()).toEqual(expectedIds((d) => d.skillUris.some((u) => [SKILL.python, SKILL.java, SKILL.programming].includes(u))));
      const group = await find({ skills: [SKILL.ictGroup] });
      expect(ids(group.hits).sort()).toEqual(expectedIds((d) => d.skillPaths.includes(SKILL.ictGroup)));
      const pythonAndData = await find({ skills: [SKILL.python, SKILL.dataAnalysis] });
      expect(ids(pythonAndData.hits).sort()).toEqual(expectedIds((d) => d.skillUris.includes(SKILL.python) && d.skillUris.includes(SKILL.dataAnalysis)));
      expect(pythonAndData.total).toBeGreaterThan(0);
    });

    it('counts facet values over the matching documents, most frequent first, a filtered field without its own filter', async () => {
      const tally = (docs: Fixture[], field: 'kind' | 'workMode') => {
        const counts = new Map<string, number>();
        for (const d of docs) counts.set(d[field], (counts.get(d[field]) ?? 0) + 1);
        return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
      };
      const result = await find({ filters: { workMode: ['remote', 'hybrid'] }, facets: ['kind', 'workMode'] });
      const matching = OPPORTUNITIES.filter((d) => d.workMode === 'remote' || d.workMode === 'hybrid');
      expect(result.facets.kind).toEqual(tally(matching, 'kind'));
      expect(result.facets.workMode).toEqual(tally(OPPORTUNITIES, 'workMode'));

      const both = await find({ filters: { workMode: ['remote'], kind: ['job'] }, facets: ['kind', 'workMode'] });
      expect(both.facets.kind).toEqual(tally(OPPORTUNITIES.filter((d) => d.workMode === 'remote'), 'kind'));
      expect(both.facets.workMode).toEqual(tally(OPPORTUNITIES.filter((d) => d.kind === 'job'), 'workMode'));
      expect(both.total).toBe(OPPORTUNITIES.filter((d) => d.kind === 'job' && d.workMode === 'remote').length);
    });

    it('sorts by a named order and pages through every match once', async () => {
      const byTitle = await find({ sort: 'title', pageSize: 100 });
      expect(ids(byTitle.hits)).toEqual([...OPPORTUNITIES].sort((a, b) => a.sortTitle.localeCompare(b.sortTitle)).map((d) => d.id));
      const recent = await find({ sort: 'recent' });
      expect(ids(recent.hits)).toEqual([...OPPORTUNITIES].sort((a, b) => b.recency - a.recency).map((d) => d.id));
      const pages = await Promise.all([1, 2, 3, 4, 5].map((page) => find({ sort: 'title', page, pageSize: 3 })));
      expect(pages.every((p) => p.total === OPPORTUNITIES.length)).toBe(true);
      expect(pages.flatMap((p) => ids(p.hits))).toEqual(ids(byTitle.hits));
    });

    it('puts the obvious document first for plain words, word starts and typos', async () => {
      const top = async (q: string, query: Partial<SearchQuery> = {}) => ids((await find({ q, ...query })).hits).slice(0, 3);
      expect((await top('python developer'))[0]).toBe('00000000-0000-4000-8000-000000000001');
      expect((await top('pyhton develper'))[0]).toBe('00000000-0000-4000-8000-000000000001');
      expect(await top('machne lerning')).toContain('00000000-0000-4000-8000-000000000003');
      expect((await top('kubern'))[0]).toBe('00000000-0000-4000-8000-000000000004');
      expect((await top('welder'))[0]).toBe('00000000-0000-4000-8000-000000000009');
      expect(await top('zzqqxx')).toEqual([]);
      // Words that name properties of every JavaScript object are words like any other.
      expect(await top('constructor __proto__ tostring')).toEqual([]);
    });

    it('matches synonyms from the skill aliases', async () => {
      const hits = ids((await find({ q: 'k8s' })).hits);
      expect(hits).toContain('00000000-0000-4000-8000-000000000004');
    });

    it('combines text with filters', async () => {
      const result = await find({ q: 'engineer', filters: { workMode: ['remote'] } });
      expect(result.total).toBeGreaterThan(0);
      const byId = new Map(OPPORTUNITIES.map((d) => [d.id, d]));
      expect(result.hits.every((h) => byId.get(h.document.id)?.workMode === 'remote')).toBe(true);
    });

    it('keeps students apart and filters them by visibility', async () => {
      const publicOnly = await engine.search('students', { filters: { visibility: ['public'] }, page: 1, pageSize: 50 });
      expect(ids(publicOnly.hits).sort()).toEqual(STUDENTS.filter((s) => s.visibility === 'public').map((s) => s.id).sort());
      const typed = await engine.search('students', { q: 'mariya', page: 1, pageSize: 5 });
      expect(ids(typed.hits)[0]).toBe(STUDENTS[0]?.id);
    });

    describe('shortlist', () => {
      const weighed = (hits: ShortlistHit[]) => hits.map((h) => ({ id: h.id, weight: h.weight }));
      /** What the shortlist must answer, from the fixtures: own skills only, best first, then id. */
      const expectedShortlist = (skills: Map<string, number>, keep: (d: Fixture) => boolean = () => true) =>
        OPPORTUNITIES.filter(keep)
          .map((d) => ({ id: d.id, weight: d.skillUris.reduce((sum, uri) => sum + (skills.get(uri) ?? 0), 0) }))
          .filter((d) => d.weight > 0)
          .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
      const weights = new Map([
        [SKILL.python, 3],
        [SKILL.dataAnalysis, 2],
        [SKILL.programming, 1],
      ]);

      it('sums the weights of the skills a document lists itself, best first, then by id', async () => {
        const hits = weighed(await engine.shortlist('opportunities', { skills: weights, limit: 50 }));
        expect(hits).toEqual(expectedShortlist(weights));
        // Python and data analysis (5) twice, so the tie falls back to the id.
        expect(hits.slice(0, 2)).toEqual([
          { id: '00000000-0000-4000-8000-000000000001', weight: 5 },
          { id: '00000000-0000-4000-8000-000000000003', weight: 5 },
        ]);
      });

      it('credits no document for a broader skill of the ones it lists', async () => {
        const hits = weighed(await engine.shortlist('opportunities', { skills: weights, limit: 50 }));
        // Java is narrower than programming: the Java-only opportunity earns nothing, the one listing both earns programming's 1.
        expect(hits.map((h) => h.id)).not.toContain('00000000-0000-4000-8000-000000000002');
        expect(hits).toContainEqual({ id: '00000000-0000-4000-8000-000000000010', weight: 1 });
        expect(await engine.shortlist('opportunities', { skills: new Map([[SKILL.ictGroup, 4]]), limit: 50 })).toEqual([]);
      });

      it('keeps to the filters and the limit', async () => {
        const remote = await engine.shortlist('opportunities', { skills: weights, filters: { workMode: ['remote'] }, limit: 50 });
        expect(weighed(remote)).toEqual(expectedShortlist(weights, (d) => d.workMode === 'remote'));
        expect(weighed(await engine.shortlist('opportunities', { skills: weights, limit: 3 }))).toEqual(expectedShortlist(weights).slice(0, 3));
        const students = await engine.shortlist('students', { skills: new Map([[SKILL.python, 2]]), filters: { visibility: ['public'] }, limit: 10 });
        expect(weighed(students)).toEqual(STUDENTS.filter((s) => s.visibility === 'public').map((s) => ({ id: s.id, weight: 2 })));
      });

      it('answers nothing when no document lists any of the skills', async () => {
        expect(await engine.shortlist('opportunities', { skills: new Map([['http://data.europa.eu/esco/skill/unknown', 1]]), limit: 10 })).toEqual([]);
        expect(await engine.shortlist('opportunities', { skills: new Map(), limit: 10 })).toEqual([]);
        expect(await engine.shortlist('students', { skills: new Map([[SKILL.python, 1]]), filters: { visibility: ['private'] }, limit: 10 })).toEqual([]);
      });

      it('hands each hit its own skills at the levels indexed, and none where the document records no levels', async () => {
        const kubernetes = new Map([[SKILL.kubernetes, 2]]);
        const levelled: Fixture = { ...opportunity(91, 'Platform engineer', 'job', 'remote', [SKILL.kubernetes, SKILL.java]), skillLevels: [3, 1] };
        const unlevelled = opportunity(92, 'Platform intern', 'internship', 'remote', [SKILL.kubernetes]);
        const hitOf = async (id: string) => (await engine.shortlist('opportunities', { skills: kubernetes, limit: 50 })).find((h) => h.id === id);
        try {
          await engine.index('opportunities', [levelled, unlevelled]);
          expect(await hitOf(levelled.id)).toEqual({
            id: levelled.id,
            weight: 2,
            skills: [
              { uri: SKILL.kubernetes, level: 3 },
              { uri: SKILL.java, level: 1 },
            ],
          });
          expect(await hitOf(unlevelled.id)).toEqual({ id: unlevelled.id, weight: 2 });
          await engine.index('opportunities', [{ ...levelled, skillUris: [SKILL.kubernetes], skillLevels: [4] } as Fixture]);
          expect((await hitOf(levelled.id))?.skills).toEqual([{ uri: SKILL.kubernetes, level: 4 }]);
        } finally {
          await engine.delete('opportunities', [levelled.id, unlevelled.id]);
        }
      });

      it('follows documents written, rewritten and deleted after an earlier shortlist', async () => {
        const kubernetes = new Map([[SKILL.kubernetes, 2]]);
        const before = weighed(await engine.shortlist('opportunities', { skills: kubernetes, limit: 50 }));
        const added = opportunity(90, 'Cluster operator', 'job', 'remote', [SKILL.kubernetes, SKILL.java]);
        try {
          await engine.index('opportunities', [added]);
          expect(weighed(await engine.shortlist('opportunities', { skills: kubernetes, limit: 50 }))).toContainEqual({ id: added.id, weight: 2 });
          await engine.index('opportunities', [{ ...added, skillUris: [SKILL.java], workMode: 'hybrid' } as Fixture]);
          expect(weighed(await engine.shortlist('opportunities', { skills: kubernetes, limit: 50 }))).toEqual(before);
          expect(weighed(await engine.shortlist('opportunities', { skills: new Map([[SKILL.java, 1]]), filters: { workMode: ['hybrid'] }, limit: 50 }))).toContainEqual({
            id: added.id,
            weight: 1,
          });
          await engine.delete('opportunities', [added.id]);
          expect(weighed(await engine.shortlist('opportunities', { skills: new Map([[SKILL.java, 1]]), limit: 50 })).map((h) => h.id)).not.toContain(added.id);
        } finally {
          await engine.delete('opportunities', [added.id]);
        }
      });

      it('refuses too many skills, limits out of bounds, weights that are not positive and filters on the skills', async () => {
        const tooMany = new Map(Array.from({ length: MAX_SHORTLIST_SKILLS + 1 }, (_, i) => [`http://data.europa.eu/esco/skill/many-${i}`, 1]));
        await expect(engine.shortlist('opportunities', { skills: tooMany, limit: 10 })).rejects.toThrow(RangeError);
        await expect(engine.shortlist('opportunities', { skills: weights, limit: MAX_SHORTLIST_LIMIT + 1 })).rejects.toThrow(RangeError);
        await expect(engine.shortlist('opportunities', { skills: weights, limit: 0 })).rejects.toThrow(RangeError);
        await expect(engine.shortlist('opportunities', { skills: new Map([[SKILL.python, 0]]), limit: 10 })).rejects.toThrow(RangeError);
        await expect(engine.shortlist('opportunities', { skills: new Map([[SKILL.python, Number.NaN]]), limit: 10 })).rejects.toThrow(RangeError);
        await expect(engine.shortlist('organisations' as never, { skills: weights, limit: 10 })).rejects.toThrow(RangeError);
        await expect(engine.shortlist('opportunities', { skills: weights, filters: { skillUris: [SKILL.python] }, limit: 10 })).rejects.toThrow(RangeError);
      });
    });

    it('indexes idempotently and deletes', async () => {
      const first = OPPORTUNITIES[0] as AnyIndexedDocument;
      await engine.index('opportunities', [first, first]);
      await engine.index('opportunities', [{ ...first, title: 'Python developer intern (renamed)' } as AnyIndexedDocument]);
      expect((await engine.stats()).opportunities).toBe(OPPORTUNITIES.length);
      const renamed = await find({ q: 'renamed' });
      expect(ids(renamed.hits)).toEqual([first.id]);
      await engine.delete('opportunities', [first.id, 'never-indexed']);
      expect((await engine.stats()).opportunities).toBe(OPPORTUNITIES.length - 1);
      expect(ids((await find({ q: 'renamed' })).hits)).toEqual([]);
    });

    it('replaces a whole collection, dropping documents not given', async () => {
      const keep = OPPORTUNITIES.slice(0, 5);
      async function* batches() {
        yield keep.slice(0, 2);
        yield keep.slice(2);
      }
      expect(await engine.replaceAll('opportunities', batches())).toBe(5);
      const all = await find({ pageSize: 100 });
      expect(ids(all.hits).sort()).toEqual(keep.map((d) => d.id).sort());
      expect((await engine.stats()).students).toBe(STUDENTS.length);
    });
  });
}

const SKILL = {
  ictGroup: 'http://data.europa.eu/esco/skill/test-group-ict',
  programming: 'http://data.europa.eu/esco/skill/test-computer-programming',
  python: 'http://data.europa.eu/esco/skill/test-python',
  java: 'http://data.europa.eu/esco/skill/test-java',
  dataAnalysis: 'http://data.europa.eu/esco/skill/test-data-analysis',
  kubernetes: 'http://data.europa.eu/esco/skill/test-kubernetes',
  welding: 'http://data.europa.eu/esco/skill/test-welding',
  marketing: 'http://data.europa.eu/esco/skill/test-marketing',
};
const LABEL: Record<string, string> = {
  [SKILL.programming]: 'computer programming',
  [SKILL.python]: 'Python (computer programming)',
  [SKILL.java]: 'Java (computer programming)',
  [SKILL.dataAnalysis]: 'analyse data',
  [SKILL.kubernetes]: 'Kubernetes',
  [SKILL.welding]: 'use welding equipment',
  [SKILL.marketing]: 'marketing principles',
};
const BROADER: Record<string, string[]> = {
  [SKILL.python]: [SKILL.programming, SKILL.ictGroup],
  [SKILL.java]: [SKILL.programming, SKILL.ictGroup],
  [SKILL.programming]: [SKILL.ictGroup],
  [SKILL.kubernetes]: [SKILL.ictGroup],
  [SKILL.dataAnalysis]: [],
  [SKILL.welding]: [],
  [SKILL.marketing]: [],
};

type Fixture = AnyIndexedDocument & { kind: string; workMode: string; skillUris: string[] };

function opportunity(n: number, title: string, kind: string, workMode: string, skillUris: string[], description = ''): Fixture {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    title,
    description,
    kind,
    status: 'open',
    workMode,
    location: n % 2 === 0 ? 'Sofia' : 'Plovdiv',
    organisationId: '10000000-0000-4000-8000-000000000001',
    organisationName: n % 3 === 0 ? 'Vitosha Robotics' : 'Serdika Data Labs',
    deadline: null,
    startsOn: null,
    updatedAt: new Date(Date.UTC(2026, 0, n)).toISOString(),
    skillUris,
    skillLabels: skillUris.map((u) => LABEL[u] ?? u),
    skillPaths: [...new Set(skillUris.flatMap((u) => [u, ...(BROADER[u] ?? [])]))].sort(),
    recency: Date.UTC(2026, 0, n),
    sortTitle: title.toLowerCase(),
  } as Fixture;
}

const OPPORTUNITIES: Fixture[] = [
  opportunity(1, 'Python developer intern', 'internship', 'remote', [SKILL.python, SKILL.dataAnalysis], 'Write Python services for our data platform.'),
  opportunity(2, 'Java backend engineer', 'job', 'hybrid', [SKILL.java], 'Build and run JVM services.'),
  opportunity(3, 'Machine learning research collaboration', 'research_collaboration', 'on_site', [SKILL.python, SKILL.dataAnalysis], 'Joint study on machine learning for satellite images.'),
  opportunity(4, 'Kubernetes platform engineer', 'job', 'remote', [SKILL.kubernetes], 'Operate clusters and deployment pipelines.'),
  opportunity(5, 'Data analyst intern', 'internship', 'hybrid', [SKILL.dataAnalysis], 'Analyse sales data and build reports.'),
  opportunity(6, 'Upskilling: modern programming', 'upskilling', 'remote', [SKILL.programming], 'Train staff in programming practice.'),
  opportunity(7, 'Marketing assistant', 'internship', 'on_site', [SKILL.marketing], 'Support campaigns and events.'),
  opportunity(8, 'Site reliability engineer', 'job', 'remote', [SKILL.kubernetes, SKILL.python], 'Keep production reliable.'),
  opportunity(9, 'Welder for satellite structures', 'job', 'on_site', [SKILL.welding], 'Weld aluminium structures.'),
  opportunity(10, 'Embedded software intern', 'internship', 'remote', [SKILL.java, SKILL.programming], 'Firmware for ground stations.'),
  opportunity(11, 'Growth marketing upskilling', 'upskilling', 'hybrid', [SKILL.marketing, SKILL.dataAnalysis], 'Data-driven marketing for teams.'),
  opportunity(12, 'Research software engineer', 'research_collaboration', 'remote', [SKILL.python, SKILL.java], 'Scientific computing.'),
];

function student(n: number, displayName: string, visibility: string, headline: string): IndexedDocument<'students'> {
  return {
    id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    displayName,
    headline,
    about: '',
    programme: 'Informatics',
    institutionId: null,
    institutionName: 'Sofia University',
    studyYear: '3',
    availability: 'part_time',
    district: 'Lozenets',
    visibility,
    updatedAt: new Date(Date.UTC(2026, 1, n)).toISOString(),
    skillUris: [SKILL.python],
    skillLabels: [LABEL[SKILL.python] as string],
    skillPaths: [SKILL.python, ...(BROADER[SKILL.python] ?? [])],
    recency: Date.UTC(2026, 1, n),
    sortTitle: displayName.toLowerCase(),
  } as IndexedDocument<'students'>;
}

const STUDENTS: IndexedDocument<'students'>[] = [
  student(1, 'Mariya Ivanova', 'public', 'Data science student'),
  student(2, 'Georgi Petrov', 'cluster', 'Robotics student'),
  student(3, 'Elena Dimitrova', 'public', 'Aerospace engineering student'),
];
