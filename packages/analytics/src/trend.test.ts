import { describe, expect, it } from 'vitest';
import { addMonths, project } from './trend.ts';

const months = (values: (number | null)[], from = '2025-07') => values.map((value, i) => ({ month: addMonths(from, i), value }));

describe('addMonths', () => {
  it('crosses years both ways', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-12', 0)).toBe('2026-12');
  });
});

describe('project', () => {
  it('carries a straight line on from the last month', () => {
    const p = project(months([2, 4, 6, 8, 10, 12]));
    expect(p.reason).toBeNull();
    expect(p.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(p.months.map((m) => m.value)).toEqual([14, 16, 18].map((v) => expect.closeTo(v, 9)));
  });

  it('fits least squares, not the last two points', () => {
    // y = 3, 5, 4, 6, 5, 7: slope 11 / 17.5, mean 5 at x = 2.5; x = 6 gives 5 + 3.5 × 11 / 17.5 = 7.2.
    expect(project(months([3, 5, 4, 6, 5, 7])).months[0]?.value).toBeCloseTo(7.2, 9);
  });

  it('never goes below nothing', () => {
    expect(project(months([10, 8, 6, 4, 2, 0])).months.map((m) => m.value)).toEqual([0, 0, 0]);
  });

  it('says so with fewer than six months', () => {
    expect(project(months([1, 2, 3, 4, 5]))).toEqual({ months: [], reason: 'too_little_history' });
  });

  it('uses only the latest unbroken run of known months', () => {
    expect(project(months([1, 2, null, 4, 5, 6, 7, 8])).reason).toBe('hidden_figures');
    const p = project(months([9, null, 1, 2, 3, 4, 5, 6]));
    expect(p.months[0]?.value).toBeCloseTo(7, 9);
  });

  it('fits at most the latest twelve months', () => {
    // Twelve months rising by 1 after a flat, high start that would otherwise pull the line down.
    const p = project(months([50, 50, 50, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(p.months[0]?.value).toBeCloseTo(13, 9);
  });
});
