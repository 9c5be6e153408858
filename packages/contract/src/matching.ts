import { z } from 'zod';
import { AVAILABILITIES, OPPORTUNITY_KINDS, SKILL_RELATION_TYPES } from './vocabulary.ts';
import { paginationQuery } from './common.ts';
import { offeringSchema } from './offerings.ts';
import { opportunitySchema } from './opportunities.ts';
import { occupationNames, occupationUri } from './skills.ts';

/** How a held skill answered a skill asked for: itself, or through the taxonomy. */
export const FIT_RELATIONS = ['exact', 'narrower', 'broader', 'related', 'sibling'] as const;
export const FIT_OUTCOMES = ['matched', 'partial', 'missing'] as const;
/** What a learning path keeps as small as it can. */
export const PATH_COSTS = ['hours', 'money', 'count'] as const;
export type PathCost = (typeof PATH_COSTS)[number];

/** One skill asked for and how it was answered; every party sees the same explanation. */
export const fitRequirementSchema = z.object({
  uri: z.string(),
  preferredLabel: z.string(),
  importance: z.enum(SKILL_RELATION_TYPES),
  level: z.number().int(),
  outcome: z.enum(FIT_OUTCOMES),
  /** The held skill that earned the credit; null when missing. */
  via: z
    .object({
      uri: z.string(),
      preferredLabel: z.string(),
      relation: z.enum(FIT_RELATIONS),
      steps: z.number().int(),
      level: z.number().int(),
    })
    .nullable(),
  /** 0–1: how well the held skill answers the one asked for. */
  credit: z.number(),
  /** 0–1: how far the held level reaches the level asked for (below 1: a level shortfall). */
  levelFactor: z.number(),
  /** Points towards the 0–100 score. */
  points: z.number(),
});
export type FitRequirement = z.infer<typeof fitRequirementSchema>;

/** A 0–100 fit and why, requirement by requirement (essential first). */
export const fitSchema = z.object({
  score: z.number().int().min(0).max(100),
  requirements: z.array(fitRequirementSchema),
});
export type Fit = z.infer<typeof fitSchema>;

/** What an organisation sees of a candidate in a ranked list; the profile holds the rest. */
export const candidateStudentSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  headline: z.string(),
  programme: z.string().nullable(),
  institutionName: z.string().nullable(),
  studyYear: z.number().int().nullable(),
  availability: z.enum(AVAILABILITIES),
  district: z.string().nullable(),
});

export type CandidateStudent = z.infer<typeof candidateStudentSchema>;

/** A ranked list: the page, and how many records were considered. */
function rankedPageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** Records with a fit above zero among those considered. */
    total: z.number().int(),
    /** How many records the search engine shortlisted to be scored (at most `MATCH_SHORTLIST_SIZE`). */
    considered: z.number().int(),
  });
}

export const candidateSchema = z.object({ student: candidateStudentSchema, fit: fitSchema });
export type Candidate = z.infer<typeof candidateSchema>;
export const candidatePageSchema = rankedPageOf(candidateSchema);
export type CandidatePage = z.infer<typeof candidatePageSchema>;

export const fittingOpportunitySchema = z.object({ opportunity: opportunitySchema, fit: fitSchema });
export type FittingOpportunity = z.infer<typeof fittingOpportunitySchema>;
export const fittingOpportunityPageSchema = rankedPageOf(fittingOpportunitySchema);
export type FittingOpportunityPage = z.infer<typeof fittingOpportunityPageSchema>;

/** An offering against a need: the fit is how much of the need its taught skills cover. */
export const teachingOfferingSchema = z.object({ offering: offeringSchema, fit: fitSchema });
export type TeachingOffering = z.infer<typeof teachingOfferingSchema>;
export const teachingOfferingPageSchema = rankedPageOf(teachingOfferingSchema);
export type TeachingOfferingPage = z.infer<typeof teachingOfferingPageSchema>;

/** At most this many records are scored per ranked list; the engine chooses them by skill overlap. */
export const MATCH_SHORTLIST_SIZE = 500;
/** At most this many offerings are weighed for a learning path. */
export const PATH_OFFERING_LIMIT = 300;

export const rankedQuery = paginationQuery;

export const fittingOpportunitiesQuery = paginationQuery.extend({
  kind: z.enum(OPPORTUNITY_KINDS).optional().describe('Only opportunities of this kind'),
  internshipsFirst: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Internships before other kinds, each by fit'),
});
export type FittingOpportunitiesQuery = z.infer<typeof fittingOpportunitiesQuery>;

const fitTarget = {
  occupation: occupationUri.optional().describe('An ESCO occupation URI: its essential and optional skills'),
  opportunity: z.uuid().optional().describe('An opportunity: its required skills'),
};
const oneTarget = (q: { occupation?: string; opportunity?: string }) => (q.occupation ? 1 : 0) + (q.opportunity ? 1 : 0) === 1;

export const fitQuery = z.object(fitTarget).strict().refine(oneTarget, 'name exactly one of occupation or opportunity');
export type FitQuery = z.infer<typeof fitQuery>;

export const gapQuery = z
  .object({ ...fitTarget, minimise: z.enum(PATH_COSTS).default('hours').describe('What the learning path keeps smallest') })
  .strict()
  .refine(oneTarget, 'name exactly one of occupation or opportunity');
export type GapQuery = z.infer<typeof gapQuery>;

export const pathStepSchema = z.object({
  offering: offeringSchema,
  /** The requirements this step answers better than before. */
  improves: z.array(z.object({ uri: z.string(), preferredLabel: z.string(), before: z.enum(FIT_OUTCOMES), after: z.enum(FIT_OUTCOMES) })),
  fitBefore: z.number().int(),
  fitAfter: z.number().int(),
});
export type PathStep = z.infer<typeof pathStepSchema>;

export const learningPathSchema = z.object({
  minimise: z.enum(PATH_COSTS),
  steps: z.array(pathStepSchema),
  fitBefore: z.number().int(),
  fitAfter: z.number().int(),
  /** Requirements no offering teaches. */
  uncovered: z.array(z.object({ uri: z.string(), preferredLabel: z.string(), importance: z.enum(SKILL_RELATION_TYPES) })),
  /** Sums over the steps; offerings that state no hours or no price are counted apart. */
  total: z.object({
    hours: z.number(),
    costEur: z.number(),
    offerings: z.number().int(),
    withoutHours: z.number().int(),
    withoutPrice: z.number().int(),
  }),
  /** `exact`: the least cost; `greedy`: at most `bound` times the least cost. */
  method: z.enum(['exact', 'greedy']),
  bound: z.number(),
  /** How many published offerings were weighed (at most `PATH_OFFERING_LIMIT`). */
  considered: z.number().int(),
});
export type LearningPath = z.infer<typeof learningPathSchema>;

const targetSchema = z.object({
  kind: z.enum(['occupation', 'opportunity']),
  id: z.string(),
  title: z.string(),
  /** An occupation's name in each language; null for an opportunity, whose title is its own. */
  names: occupationNames.nullable(),
});

export const myFitSchema = z.object({ target: targetSchema, fit: fitSchema });
export type MyFit = z.infer<typeof myFitSchema>;

export const gapSchema = z.object({ target: targetSchema, fit: fitSchema, path: learningPathSchema });
export type Gap = z.infer<typeof gapSchema>;
