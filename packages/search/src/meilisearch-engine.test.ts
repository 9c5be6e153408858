import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_COLLECTIONS, SEARCH_SPECS, filterableFields } from '@kc/contract';
import {
  MAX_SHORTLIST_TIERS,
  createMeilisearchEngine,
  facetCounts,
  filterExpression,
  indexSettings,
  rankShortlist,
  shortlistSearches,
  shortlistTiers,
  sortParameter,
} from './meilisearch-engine.ts';
import { MAX_FACET_VALUES, SearchUnavailableError, type AnyIndexedDocument, type IndexedDocument, type SearchEngine } from './port.ts';

describe('filterExpression', () => {
  it('is undefined when nothing is filtered', () => {
    expect(filterExpression('opportunities')).toBeUndefined();
    expect(filterExpression('opportunities', { kind: [] }, [])).toBeUndefined();
  });

  it('accepts any value within a field and requires every field', () => {
    expect(filterExpression('opportunities', { kind: ['job', 'internship'], workMode: ['remote'] })).toBe(
      '(kind = "job" OR kind = "internship") AND workMode = "remote"',
    );
  });

  it('requires every skill, after the field filters', () => {
    expect(filterExpression('students', { availability: ['open'] }, ['http://esco/s/1', 'http://esco/s/2'])).toBe(
      'availability = "open" AND skillPaths = "http://esco/s/1" AND skillPaths = "http://esco/s/2"',
    );
    expect(filterExpression('skills', {}, ['urn:x'])).toBe('skillPaths = "urn:x"');
  });

  it('escapes quotes and backslashes inside values', () => {
    expect(filterExpression('opportunities', { location: ['say "hi" \\ now'] })).toBe('location = "say \\"hi\\" \\\\ now"');
    expect(filterExpression('opportunities', { location: ['\\" OR kind = "job'] })).toBe('location = "\\\\\\" OR kind = \\"job"');
  });

  it('accepts the filters only the API sets', () => {
    expect(filterExpression('students', { visibility: ['public'] })).toBe('visibility = "public"');
  });

  it('refuses fields that are not filterable, since field names are not quoted', () => {
    expect(() => filterExpression('students', { 'kind = "x" OR visibility': ['private'] })).toThrow(/not a filterable field/);
    expect(() => filterExpression('opportunities', { title: ['x'] })).toThrow(/not a filterable field/);
  });
});

describe('sortParameter', () => {
  it('leaves relevance to Meilisearch when there are words', () => {
    expect(sortParameter('opportunities', undefined, true)).toBeUndefined();
    expect(sortParameter('opportunities', 'relevance', true)).toBeUndefined();
  });

  it("uses the collection's default order without words", () => {
    expect(sortParameter('opportunities', undefined, false)).toEqual(['recency:desc']);
    expect(sortParameter('organisations', 'relevance', false)).toEqual(['sortTitle:asc']);
    expect(sortParameter('skills', undefined, false)).toEqual(['popularity:desc']);
  });

  it('maps a named sort to its field and direction, with or without words', () => {
    expect(sortParameter('opportunities', 'deadline', true)).toEqual(['deadline:asc']);
    expect(sortParameter('offerings', 'starts', false)).toEqual(['startsOn:asc']);
  });

  it('refuses names that are not sorts of the collection', () => {
    expect(() => sortParameter('students', 'deadline', false)).toThrow(/not a sort/);
    expect(() => sortParameter('students', 'constructor', false)).toThrow(/not a sort/);
  });
});

describe('facetCounts', () => {
  it('orders values by count, then alphabetically', () => {
    expect(facetCounts(['kind'], { kind: { job: 2, research_collaboration: 5, internship: 2, upskilling: 1 } })).toEqual({
      kind: [
        { value: 'research_collaboration', count: 5 },
        { value: 'internship', count: 2 },
        { value: 'job', count: 2 },
        { value: 'upskilling', count: 1 },
      ],
    });
  });

  it('keeps the most frequent values up to the limit', () => {
    const valueOf = (i: number) => `v${String(i).padStart(3, '0')}`;
    const distinct = MAX_FACET_VALUES + 15;
    const counts = Object.fromEntries(Array.from({ length: distinct }, (_, i) => [valueOf(i), i]));
    const location = facetCounts(['location'], { location: counts }).location ?? [];
    expect(location).toHaveLength(MAX_FACET_VALUES);
    expect(location[0]).toEqual({ value: valueOf(distinct - 1), count: distinct - 1 });
    expect(location.at(-1)).toEqual({ value: valueOf(15), count: 15 });
  });

  it('returns every requested facet, empty when nothing was counted', () => {
    expect(facetCounts(['kind', 'status'], { kind: { job: 1 } })).toEqual({ kind: [{ value: 'job', count: 1 }], status: [] });
    expect(facetCounts(['kind'], undefined)).toEqual({ kind: [] });
    expect(facetCounts([], { kind: { job: 1 } })).toEqual({});
  });
});

describe('indexSettings', () => {
  const weightOf = (collection: (typeof SEARCH_COLLECTIONS)[number], field: string) =>
    SEARCH_SPECS[collection].searchable.find((s) => s.field === field)?.weight;

  it.each(SEARCH_COLLECTIONS)('derives the %s index from its spec', (collection) => {
    const spec = SEARCH_SPECS[collection];
    const settings = indexSettings(collection, {});

    expect(settings.filterableAttributes).toEqual(expect.arrayContaining([...filterableFields(collection), 'skillPaths']));
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining([...Object.values(spec.sorts).map((s) => s.field), 'sortTitle']));

    const searchable = settings.searchableAttributes ?? [];
    expect([...searchable].sort()).toEqual(spec.searchable.map((s) => s.field).sort());
    const weights = searchable.map((field) => weightOf(collection, field) ?? '?');
    expect(weights).toEqual([...weights].sort());
    expect(searchable[0]).toBe(spec.searchable.find((s) => s.weight === 'A')?.field);

    expect(settings.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']);
    expect(settings.typoTolerance?.enabled).toBe(true);
    expect(settings.typoTolerance?.disableOnAttributes).toEqual(searchable.filter((field) => !spec.fuzzy.includes(field)));
    expect(settings.faceting?.maxValuesPerFacet).toBeGreaterThanOrEqual(100);
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(100_000);
  });

  it('carries the synonyms, in an order that does not depend on how they were built', () => {
    const a = indexSettings('skills', { python: ['py'], java: ['jvm'] });
    const b = indexSettings('skills', { java: ['jvm'], python: ['py'] });
    expect(a.synonyms).toEqual({ java: ['jvm'], python: ['py'] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('shortlistTiers', () => {
  it('groups the skills by weight, heaviest first', () => {
    const skills = new Map([
      ['urn:b', 1],
      ['urn:a', 3],
      ['urn:c', 1],
      ['urn:d', 2],
    ]);
    expect(shortlistTiers(skills)).toEqual([['urn:a'], ['urn:d'], ['urn:b', 'urn:c']]);
    expect(shortlistTiers(new Map())).toEqual([]);
  });

  it('lets neighbouring weights share a tier beyond the most tiers a shortlist sends', () => {
    const skills = new Map(Array.from({ length: 100 }, (_, i) => [`urn:${String(i).padStart(3, '0')}`, 100 - i]));
    const tiers = shortlistTiers(skills);
    expect(tiers).toHaveLength(MAX_SHORTLIST_TIERS);
    expect(tiers.flat()).toEqual([...skills.keys()]);
    expect(tiers.every((tier) => tier.length >= Math.floor(100 / MAX_SHORTLIST_TIERS))).toBe(true);
  });
});

describe('shortlistSearches', () => {
  it('sends one search per tier, each listing its skills with the same filters and the whole limit, asking only for ids and skills', () => {
    const searches = shortlistSearches('students', 'kc_students', {
      skills: new Map([
        ['urn:a', 2],
        ['urn:"b"', 1],
        ['urn:c', 1],
      ]),
      filters: { visibility: ['public', 'cluster'] },
      limit: 50,
    });
    expect(searches).toEqual([
      { indexUid: 'kc_students', q: '', filter: ['skillUris IN ["urn:a"]', '(visibility = "public" OR visibility = "cluster")'], offset: 0, limit: 50, attributesToRetrieve: ['id', 'skillUris', 'skillLevels'] },
      { indexUid: 'kc_students', q: '', filter: ['skillUris IN ["urn:\\"b\\"", "urn:c"]', '(visibility = "public" OR visibility = "cluster")'], offset: 0, limit: 50, attributesToRetrieve: ['id', 'skillUris', 'skillLevels'] },
    ]);
    expect(shortlistSearches('offerings', 'kc_offerings', { skills: new Map([['urn:a', 1]]), limit: 5 })[0]?.filter).toEqual(['skillUris IN ["urn:a"]']);
  });

  it('refuses filters on fields that are not filterable', () => {
    expect(() => shortlistSearches('students', 'kc_students', { skills: new Map([['urn:a', 1]]), filters: { title: ['x'] }, limit: 5 })).toThrow(
      /not a filterable field/,
    );
  });
});

describe('rankShortlist', () => {
  const student = (id: string, skillUris: string[]) => ({ id, skillUris }) as unknown as IndexedDocument<'students'>;

  it('scores each document once by the skills it lists itself, best first, then by id, up to the limit', () => {
    const skills = new Map([
      ['urn:a', 3],
      ['urn:b', 1],
    ]);
    const found = [student('s3', ['urn:b']), student('s2', ['urn:a', 'urn:b', 'urn:b']), student('s1', ['urn:b', 'urn:x']), student('s2', ['urn:a', 'urn:b'])];
    expect(rankShortlist(found, skills, 10).map((h) => [h.id, h.weight])).toEqual([
      ['s2', 4],
      ['s1', 1],
      ['s3', 1],
    ]);
    expect(rankShortlist(found, skills, 2).map((h) => h.id)).toEqual(['s2', 's1']);
    expect(rankShortlist([student('s4', ['urn:x'])], skills, 10)).toEqual([]);
  });

  it('gives a hit its skills at their levels only when the document records one level per skill', () => {
    const skills = new Map([['urn:a', 1]]);
    const found = [
      { id: 's1', skillUris: ['urn:a', 'urn:b'], skillLevels: [4, 2] },
      { id: 's2', skillUris: ['urn:a'] },
      { id: 's3', skillUris: ['urn:a', 'urn:b'], skillLevels: [3] },
    ];
    expect(rankShortlist(found, skills, 10)).toEqual([
      { id: 's1', weight: 1, skills: [{ uri: 'urn:a', level: 4 }, { uri: 'urn:b', level: 2 }] },
      { id: 's2', weight: 1 },
      { id: 's3', weight: 1 },
    ]);
  });
});

describe('createMeilisearchEngine when the server cannot be reached', () => {
  const document = { id: 'o1', title: 'Welder', skillPaths: [], recency: 1, sortTitle: 'welder' } as unknown as AnyIndexedDocument;
  const operations: [string, (engine: SearchEngine) => Promise<unknown>][] = [
    ['prepare', (engine) => engine.prepare({ synonyms: {} })],
    ['index', (engine) => engine.index('opportunities', [document])],
    ['delete', (engine) => engine.delete('opportunities', ['o1'])],
    ['replaceAll', (engine) => engine.replaceAll('opportunities', batchesOf([document]))],
    ['search', (engine) => engine.search('opportunities', { q: 'welder', page: 1, pageSize: 10 })],
    ['shortlist', (engine) => engine.shortlist('students', { skills: new Map([['urn:a', 1]]), limit: 10 })],
    ['stats', (engine) => engine.stats()],
  ];

  describe('because nothing listens on its port', () => {
    let engine: SearchEngine;
    beforeAll(async () => {
      engine = createMeilisearchEngine({ url: `http://127.0.0.1:${await closedPort()}`, timeoutMs: 1000 });
    });

    it.each(operations)('%s fails as unavailable, quickly', async (_, operation) => {
      await expectUnavailableWithin(2000, operation(engine));
    });
  });

  describe('because it accepts connections but never answers', () => {
    const silent = silentServer();
    let engine: SearchEngine;
    beforeAll(async () => {
      engine = createMeilisearchEngine({ url: `http://127.0.0.1:${await silent.listen()}`, timeoutMs: 500 });
    });
    afterAll(() => silent.close());

    it.each(operations)('%s fails as unavailable once the timeout passes', async (_, operation) => {
      await expectUnavailableWithin(2000, operation(engine));
    });
  });
});

async function expectUnavailableWithin(ms: number, operation: Promise<unknown>): Promise<void> {
  const started = Date.now();
  const error = await operation.then(
    () => new Error('expected the operation to fail'),
    (e: unknown) => e,
  );
  expect(Date.now() - started).toBeLessThan(ms);
  expect(error).toBeInstanceOf(SearchUnavailableError);
  expect((error as Error).cause).toBeDefined();
}

async function* batchesOf(...batches: AnyIndexedDocument[][]): AsyncIterable<AnyIndexedDocument[]> {
  yield* batches;
}

/** A port that was just free: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  return port;
}

/** A server that takes connections and never sends a byte, like a hung process. */
function silentServer() {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    listen: () => listen(server),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}
