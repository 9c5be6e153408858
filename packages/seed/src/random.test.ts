import { describe, expect, it } from 'vitest';
import { hash128, Random, seedOf, uuidFromName } from './random.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Random', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const rng = new Random(seed);
      return Array.from({ length: 20 }, () => rng.uint32());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const rng = new Random(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct items, never more than there are', () => {
    const rng = new Random(1);
    const items = Array.from({ length: 30 }, (_, i) => i);
    for (const k of [0, 1, 5, 10, 20, 30, 45]) {
      const picked = rng.sample(items, k);
      expect(picked).toHaveLength(Math.min(k, items.length));
      expect(new Set(picked).size).toBe(picked.length);
    }
  });

  it('follows the weights of weighted()', () => {
    const rng = new Random(99);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) if (rng.weighted([['a', 9], ['b', 1]] as const) === 'a') heavy++;
    expect(heavy / 10_000).toBeGreaterThan(0.87);
    expect(heavy / 10_000).toBeLessThan(0.93);
  });

  it('derives independent, reproducible streams from names', () => {
    expect(Random.derive(1, 'student', 5).uint32()).toBe(Random.derive(1, 'student', 5).uint32());
    expect(Random.derive(1, 'student', 5).uint32()).not.toBe(Random.derive(1, 'student', 6).uint32());
    expect(seedOf('a', 'bc')).not.toBe(seedOf('ab', 'c'));
  });
});

describe('uuidFromName', () => {
  it('gives the same version-4-format id for the same name', () => {
    const id = uuidFromName(20260901, 'organisation', 'vitosha-software-labs');
    expect(id).toMatch(UUID_V4);
    expect(uuidFromName(20260901, 'organisation', 'vitosha-software-labs')).toBe(id);
    expect(new Random(5).uuid()).toMatch(UUID_V4);
  });

  it('does not collide over many names', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200_000; i++) ids.add(uuidFromName(1, 'profile', i));
    expect(ids.size).toBe(200_000);
  });

  it('hashes into four 32-bit words', () => {
    const words = hash128('knowledge city');
    expect(words).toHaveLength(4);
    for (const w of words) expect(w >>> 0).toBe(w);
  });
});
