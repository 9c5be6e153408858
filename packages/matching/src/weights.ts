/**
 * Every number that decides a match, in one place. A score is 0–100: the weighted share of what
 * was asked for that the candidate holds, each requirement counted by the best credit one of the
 * candidate's skills earns for it, times how far their level reaches the level asked for.
 */
export const MATCH_WEIGHTS = {
  /** How much a requirement counts towards the score, by importance. */
  importance: { essential: 2, optional: 1 },
  /** Credit for a held skill, by how it relates to the one asked for (at one step). */
  credit: {
    /** The skill itself. */
    exact: 1,
    /** A narrower skill than the one asked for: knowing Java answers "programming" nearly fully. */
    narrower: 0.9,
    /** A broader skill: knowing "programming" answers Java only partly. */
    broader: 0.6,
    /** A skill ESCO relates to the one asked for (essential or optional to it). */
    related: 0.5,
    /** A skill under the same direct broader concept. */
    sibling: 0.4,
  },
  /** Each further step up or down the hierarchy keeps this share of the credit. */
  stepDecay: 0.8,
  /** How many steps up or down the hierarchy still earn credit. */
  maxSteps: 3,
  /** A parent with more children than this says too little about its children to make them siblings. */
  maxSiblingParentSize: 50,
} as const;

/** How occupations are inferred from a title, a text or skills (see `occupations.ts`). */
export const OCCUPATION_WEIGHTS = {
  /** A label's weight by kind: ESCO's preferred name counts most. */
  labelKind: { preferred: 1, alternative: 0.95, hidden: 0.8 },
  /** How much an occupation's listing of a skill counts, by relation. */
  listing: { essential: 1, optional: 0.5 },
  /** Exponent on the share of a label's words the text holds: a label half said is worth less. */
  labelCoverage: 1,
  /** Exponent on the share of the text's words the label uses: noise in a title weighs less. */
  textUse: 0.5,
  /** The weight of a text word no label holds (a place, a company name), in the text's total. */
  unknownWordIdf: 2,
  /** With both a text and skills, the text's share of the score. */
  textShare: 0.6,
  /** Power of an occupation's skill-vector length dividing its skill score: 1 is a cosine; less keeps short listings from winning by size. */
  skillNormPower: 0.5,
};

/** The inference weights; a benchmark may try others (`pnpm bench:matching --tuning '{…}'`). */
export type OccupationTuning = Readonly<typeof OCCUPATION_WEIGHTS>;

export type Relation = keyof (typeof MATCH_WEIGHTS)['credit'];
export type Importance = keyof (typeof MATCH_WEIGHTS)['importance'];

/** The credit for a relation at a number of steps (1 for exact, related and sibling). */
export function creditFor(relation: Relation, steps: number): number {
  const base = MATCH_WEIGHTS.credit[relation];
  return relation === 'narrower' || relation === 'broader' ? base * MATCH_WEIGHTS.stepDecay ** (steps - 1) : base;
}

/**
 * The share of the credit a held level earns against the level asked for: all of it at or above
 * that level, otherwise in proportion (level 1 held where 3 is asked: one third).
 */
export function levelFactor(held: number, required: number): number {
  return held >= required ? 1 : Math.max(0, held) / required;
}
