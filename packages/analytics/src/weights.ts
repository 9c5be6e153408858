/**
 * Every number the shortage measures use, in one place (docs/SHORTAGE-MEASURES.md says why each
 * is what it is). The SQL implementations read the same constants, so the two cannot drift.
 */

/** Demand = Σ headcount × importance weight × urgency weight, over open postings not past their deadline. */
export const DEMAND_WEIGHTS = {
  /** An optional skill is a plus, not a condition of hiring: half the weight of an essential one. */
  importance: { essential: 1, optional: 0.5 },
  /** Deadline within this many days (inclusive, 0 = today) → weight; the first band that fits wins. */
  urgency: [
    { withinDays: 30, weight: 1.5 },
    { withinDays: 90, weight: 1.2 },
  ],
  /** A deadline more than 90 days away, or none. */
  laterOrNoDeadline: 1,
} as const;

export const SUPPLY_WEIGHTS = {
  /**
   * A place on a programme or training counts as half a holder: not every participant finishes,
   * reaches the level taught, or stays in the city, and a place is a year's flow, not a person now.
   */
  taughtDiscount: 0.5,
} as const;

export const PRIORITY_WEIGHTS = {
  /** Added to both months before dividing, so 0 → 1 is +100% rather than infinite, and 1 → 2 is +50%. */
  growthSmoothing: 1,
  /** log2 of the smoothed ratio is capped to ±this: doubling or more scores fully, halving or less scores nothing. */
  growthLog2Cap: 1,
  /** The priority's two halves: growth score and transferability, both 0–1. */
  growth: 0.5,
  transferability: 0.5,
  /** Transferability's two halves: ESCO occupations listing the skill, and distinct open postings asking for it. */
  occupations: 0.5,
  opportunities: 0.5,
} as const;

/**
 * What a public view hides: a count below `minCount` (shown as "<5"), and a cell where the
 * `dominantContributors` largest organisations make up more than `dominance` of its value
 * (the (n, k) dominance rule, here (1, 70%)).
 */
export const SUPPRESSION_RULE = { minCount: 5, dominance: 0.7, dominantContributors: 1 } as const;

/** Shares and sums of fractional weights are compared with this tolerance (relative), in the dominance rule and in tests against SQL. */
export const MEASURE_TOLERANCE = 1e-9;

export const TREND_RULE = {
  /** A projection needs at least this many complete months of history, without gaps. */
  minMonthsForProjection: 6,
  /** The straight line is fitted to at most this many latest complete months. */
  fittedMonths: 12,
  /** Months projected ahead. */
  horizon: 3,
} as const;
