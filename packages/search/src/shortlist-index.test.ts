import { describe, expect, it } from 'vitest';
import { kthLargest, ShortlistIndex, type ShortlistEntry } from './shortlist-index.ts';

/** Numbers from a fixed seed (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The shortlist by brute force over the live documents: the answer the index must give. */
function expected(live: Map<string, ShortlistEntry>, skills: Map<string, number>, filters: Record<string, string[]>, limit: number) {
  return [...live.values()]
    .filter((d) => Object.entries(filters).every(([field, values]) => values.length === 0 || values.some((v) => d.keywords.includes(`${field}=${v}`))))
    .map((d) => ({ id: d.id, weight: Math.round([...new Set(d.skillUris)].reduce((sum, uri) => sum + (skills.get(uri) ?? 0), 0) * 1e9) / 1e9, skills: d.skills }))
    .filter((d) => d.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map(({ skills: held, ...hit }) => (held ? { ...hit, skills: held } : hit));
}

describe('ShortlistIndex', () => {
  it('answers as brute force does through writes, rewrites, removals and compactions, levels included', () => {
    const next = seeded(42);
    const pick = (n: number) => Math.floor(next() * n);
    const index = new ShortlistIndex();
    const live = new Map<string, ShortlistEntry>();
    const skill = (n: number) => `urn:skill:${n}`;
    for (let round = 0; round < 30; round++) {
      // Enough removals over the rounds to compact more than once.
      for (let i = 0; i < 800; i++) {
        const id = `doc-${String(pick(3_000)).padStart(4, '0')}`;
        if (next() < 0.3) {
          index.remove(id);
          live.delete(id);
          continue;
        }
        const skillUris = Array.from({ length: 1 + pick(6) }, () => skill(pick(40)));
        const keywords = [`visibility=${next() < 0.7 ? 'public' : 'cluster'}`, `district=${['Lozenets', 'Mladost', 'Sofia, centre'][pick(3)]}`];
        // Documents indexed before levels were carry none.
        const entry = next() < 0.5 ? { id, skillUris, keywords, skills: skillUris.map((uri) => ({ uri, level: 1 + pick(4) })) } : { id, skillUris, keywords };
        index.upsert(entry);
        live.set(id, entry);
      }
      expect(index.size).toBe(live.size);
      const skills = new Map(Array.from({ length: 1 + pick(8) }, () => [skill(pick(45)), [1, 0.5, 0.4, 0.9, 2][pick(5)] as number]));
      const filters = [{}, { visibility: ['public'] }, { visibility: ['public', 'cluster'], district: ['Sofia, centre'] }, { visibility: ['private'] }][pick(4)] as Record<string, string[]>;
      const limit = [1, 10, 500, 5_000][pick(4)] as number;
      expect(index.shortlist({ skills, filters, limit })).toEqual(expected(live, skills, filters, limit));
    }
  });

  it('counts a skill a document lists twice once, and ties exactly whatever order the weights were added in', () => {
    const index = new ShortlistIndex();
    index.upsert({ id: 'b', skillUris: ['urn:x', 'urn:x', 'urn:y'], keywords: [] });
    index.upsert({ id: 'a', skillUris: ['urn:y', 'urn:z'], keywords: [] });
    const hits = index.shortlist({ skills: new Map([['urn:x', 0.1], ['urn:y', 0.2], ['urn:z', 0.1]]), limit: 10 });
    expect(hits).toEqual([
      { id: 'a', weight: 0.3 },
      { id: 'b', weight: 0.3 },
    ]);
  });
});

describe('kthLargest', () => {
  it('finds what a sort finds, with ties, sorted and reversed input', () => {
    const next = seeded(7);
    for (let round = 0; round < 200; round++) {
      const length = 1 + Math.floor(next() * 300);
      const distinct = 1 + Math.floor(next() * 20);
      let values = Array.from({ length }, () => Math.floor(next() * distinct) / 4);
      if (round % 3 === 1) values = values.sort((a, b) => a - b);
      if (round % 3 === 2) values = values.sort((a, b) => b - a);
      const k = 1 + Math.floor(next() * length);
      const expected = [...values].sort((a, b) => b - a)[k - 1];
      expect(kthLargest(Float64Array.from(values), k)).toBe(expected);
    }
  });
});
