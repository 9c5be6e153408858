import { PRIORITY_WEIGHTS } from './weights.ts';

/**
 * Month-over-month growth of demand from monthly snapshots, oldest first, the last being the
 * latest complete month; null marks a month without a snapshot. (D_t + 1) / (D_t−1 + 1) − 1, so
 * small counts move it gently. Null (unknown, not 0) without both of the last two months.
 */
export function growth(series: readonly (number | null)[]): number | null {
  const latest = series.at(-1);
  const previous = series.at(-2);
  if (latest === undefined || latest === null || previous === undefined || previous === null) return null;
  const k = PRIORITY_WEIGHTS.growthSmoothing;
  return (latest + k) / (previous + k) - 1;
}

/** Growth on 0–1, symmetric in doubling and halving: log2(1 + g) capped to ±1, mapped to 0–1; unknown counts as no change. */
export function growthScore(g: number | null): number {
  if (g === null) return 0.5;
  const cap = PRIORITY_WEIGHTS.growthLog2Cap;
  const log = Math.min(cap, Math.max(-cap, Math.log2(1 + g)));
  return (log + cap) / (2 * cap);
}

/** How widely a skill is used: by ESCO occupations (occupation_skills) and by distinct counted opportunities. */
export interface UseCounts {
  occupations: number;
  opportunities: number;
}

/** Each count on a log scale against the largest in the same view, so one busy skill does not flatten the rest; 0–1. */
export function transferability(counts: UseCounts, maxima: UseCounts): number {
  const part = (n: number, max: number) => (max > 0 ? Math.log1p(n) / Math.log1p(max) : 0);
  return PRIORITY_WEIGHTS.occupations * part(counts.occupations, maxima.occupations) + PRIORITY_WEIGHTS.opportunities * part(counts.opportunities, maxima.opportunities);
}

/** Transferability of every skill given, against the maxima among them. */
export function transferabilityBySkill(counts: ReadonlyMap<string, UseCounts>): Map<string, number> {
  const maxima: UseCounts = { occupations: 0, opportunities: 0 };
  for (const c of counts.values()) {
    maxima.occupations = Math.max(maxima.occupations, c.occupations);
    maxima.opportunities = Math.max(maxima.opportunities, c.opportunities);
  }
  return new Map([...counts].map(([uri, c]) => [uri, transferability(c, maxima)]));
}

/** Distinct occupations listing each skill, essential or optional alike. */
export function occupationsBySkill(rows: Iterable<{ occupationUri: string; skillUri: string }>): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = sets.get(r.skillUri);
    if (set) set.add(r.occupationUri);
    else sets.set(r.skillUri, new Set([r.occupationUri]));
  }
  return new Map([...sets].map(([uri, set]) => [uri, set.size]));
}

/** 0–100: half the growth score, half transferability. */
export function priority(input: { growth: number | null; transferability: number }): number {
  return 100 * (PRIORITY_WEIGHTS.growth * growthScore(input.growth) + PRIORITY_WEIGHTS.transferability * input.transferability);
}
