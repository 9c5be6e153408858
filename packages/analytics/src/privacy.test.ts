import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectParts, showDerived, suppress, SUPPRESSION_RULE } from './index.ts';

describe('suppress', () => {
  it('shows fewer than 5 as "<5", exactly 5 as itself, and 0 as 0', () => {
    expect(suppress({ value: 4, count: 4 }, [1, 1, 1, 1])).toBe('<5');
    expect(suppress({ value: 1, count: 1 }, [1])).toBe('<5');
    expect(suppress({ value: 5, count: 5 }, [1, 1, 1, 1, 1])).toBe(5);
    expect(suppress({ value: 0, count: 0 }, [])).toBe(0);
  });

  it('applies the small-count rule to the units behind a weighted value', () => {
    // 3 positions weighing 3.5 between two organisations: too few positions.
    expect(suppress({ value: 3.5, count: 3 }, [3, 0.5])).toBe('<5');
  });

  it('suppresses a cell one organisation makes up more than 70% of, and shows exactly 70%', () => {
    expect(suppress({ value: 10, count: 10 }, [7, 3])).toBe(10);
    expect(suppress({ value: 10, count: 10 }, [7.1, 2.9])).toBe('suppressed');
    expect(suppress({ value: 12, count: 12 }, [12])).toBe('suppressed');
    // 2.1 / 3 is 0.7000000000000001 in floating point: still exactly 70%, shown.
    expect(suppress({ value: 3, count: 6 }, [2.1, 0.9])).toBe(3);
  });

  it('takes n and k from the rule: (2, 90%) over the two largest', () => {
    const rule = { minCount: 5, dominance: 0.9, dominantContributors: 2 };
    expect(suppress({ value: 10, count: 10 }, [5, 4, 1], rule)).toBe(10); // exactly 90%
    expect(suppress({ value: 10, count: 10 }, [6, 3.5, 0.5], rule)).toBe('suppressed'); // 95%
  });

  it('hides a figure derived from a hidden cell', () => {
    expect(showDerived(0.27, 3.5, 2)).toBe(0.27);
    expect(showDerived(0.27, 3.5, '<5')).toBe('suppressed');
    expect(showDerived(null, 0, 0)).toBeNull();
  });

  it('hides a cell one contributor makes up, however small the figures', () => {
    expect(suppress({ value: 0, count: 0 }, [5e-324])).toBe('suppressed');
    expect(suppress({ value: 7, count: 7 }, [7e-300, 1e-300])).toBe('suppressed');
    expect(suppress({ value: 7, count: 7 }, [6e-300, 4e-300])).toBe(7);
  });

  it('never shows a cell of 1–4 units or one dominated beyond the rule (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20 }), fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 6 }), (count, contributions) => {
        const shown = suppress({ value: count, count }, contributions);
        if (typeof shown !== 'number') return;
        expect(count === 0 || count >= SUPPRESSION_RULE.minCount).toBe(true);
        const total = contributions.reduce((s, c) => s + c, 0);
        if (total > 0) expect(Math.max(...contributions) / total).toBeLessThanOrEqual(SUPPRESSION_RULE.dominance + 1e-9);
      }),
    );
  });
});

describe('protectParts', () => {
  it('hides the smallest other part when only one is hidden', () => {
    expect(protectParts([10, '<5', 6, 0, 8], [10, 3, 6, 0, 8])).toEqual([10, '<5', 'suppressed', 0, 8]);
  });
  it('leaves parts alone when none or several are hidden', () => {
    expect(protectParts([10, 6], [10, 6])).toEqual([10, 6]);
    expect(protectParts(['<5', '<5', 9], [2, 3, 9])).toEqual(['<5', '<5', 9]);
  });
  it('has nothing to hide when every other part is zero', () => {
    expect(protectParts(['<5', 0], [4, 0])).toEqual(['<5', 0]);
  });
});
