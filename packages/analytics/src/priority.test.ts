import { describe, expect, it } from 'vitest';
import { growth, growthScore, occupationsBySkill, priority, transferability, transferabilityBySkill } from './index.ts';

describe('growth', () => {
  it('is unknown, not 0, without two months of history', () => {
    expect(growth([])).toBeNull();
    expect(growth([7])).toBeNull();
    // A month without a snapshot is unknown, whichever of the two it is.
    expect(growth([null, 3])).toBeNull();
    expect(growth([3, null])).toBeNull();
  });

  it('smooths small counts: 0 → 1 is +100%, 4 → 9 is +100%, 9 → 4 is −50%, 0 → 0 is no change', () => {
    expect(growth([0, 1])).toBeCloseTo(1); // (1 + 1) / (0 + 1) − 1
    expect(growth([4, 9])).toBeCloseTo(1); // (9 + 1) / (4 + 1) − 1
    expect(growth([9, 4])).toBeCloseTo(-0.5); // (4 + 1) / (9 + 1) − 1
    expect(growth([0, 0])).toBe(0);
    // Only the last two months count; an older gap does not matter.
    expect(growth([null, 12, 4, 9])).toBeCloseTo(1);
  });

  it('scores doubling 1, halving 0, no change and unknown 0.5, symmetric on a log scale', () => {
    expect(growthScore(1)).toBeCloseTo(1);
    expect(growthScore(3)).toBeCloseTo(1); // capped
    expect(growthScore(-0.5)).toBeCloseTo(0);
    expect(growthScore(-0.9)).toBeCloseTo(0); // capped
    expect(growthScore(0)).toBeCloseTo(0.5);
    expect(growthScore(null)).toBeCloseTo(0.5);
    // +41.4% (×√2) sits halfway between no change and doubling.
    expect(growthScore(Math.SQRT2 - 1)).toBeCloseTo(0.75);
  });
});

describe('transferability and priority', () => {
  it('puts each count on a log scale against the largest', () => {
    // 3 of at most 15 occupations: ln 4 / ln 16 = 0.5; 1 of at most 3 postings: ln 2 / ln 4 = 0.5.
    expect(transferability({ occupations: 3, opportunities: 1 }, { occupations: 15, opportunities: 3 })).toBeCloseTo(0.5);
    expect(transferability({ occupations: 15, opportunities: 3 }, { occupations: 15, opportunities: 3 })).toBeCloseTo(1);
    // Nothing anywhere: 0, not a division by zero.
    expect(transferability({ occupations: 0, opportunities: 0 }, { occupations: 0, opportunities: 0 })).toBe(0);
  });

  it('takes the maxima from the skills given', () => {
    const scores = transferabilityBySkill(
      new Map([
        ['busy', { occupations: 15, opportunities: 3 }],
        ['narrow', { occupations: 3, opportunities: 1 }],
        ['unused', { occupations: 0, opportunities: 0 }],
      ]),
    );
    expect(scores.get('busy')).toBeCloseTo(1);
    expect(scores.get('narrow')).toBeCloseTo(0.5);
    expect(scores.get('unused')).toBe(0);
  });

  it('counts distinct occupations per skill, essential and optional alike', () => {
    const counts = occupationsBySkill([
      { occupationUri: 'developer', skillUri: 'java' },
      { occupationUri: 'tester', skillUri: 'java' },
      { occupationUri: 'developer', skillUri: 'sql' },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ java: 2, sql: 1 });
  });

  it('is half growth score, half transferability, on 0–100', () => {
    expect(priority({ growth: 1, transferability: 0.5 })).toBeCloseTo(75); // 100 × (0.5 × 1 + 0.5 × 0.5)
    expect(priority({ growth: null, transferability: 0 })).toBeCloseTo(25); // unknown growth counts as none
    expect(priority({ growth: -0.5, transferability: 0 })).toBeCloseTo(0);
    expect(priority({ growth: 5, transferability: 1 })).toBeCloseTo(100);
  });
});
