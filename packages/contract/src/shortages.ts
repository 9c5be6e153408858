import { z } from 'zod';

/**
 * A figure as a public view may show it: the value, "<5" for a count of one to four, or
 * "suppressed" when one organisation makes up most of it (docs/SHORTAGE-MEASURES.md, Privacy).
 */
export const shownFigure = z.union([z.number(), z.enum(['<5', 'suppressed'])]);
export type ShownFigure = z.infer<typeof shownFigure>;

export const SHORTAGE_VIEWS = ['public', 'cluster'] as const;

export const shortagesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    view: z
      .enum(SHORTAGE_VIEWS)
      .default('public')
      .describe('public: small counts and dominated cells suppressed, for everyone; cluster: the figures unsuppressed, for cluster administrators only'),
  })
  .strict();
export type ShortagesQuery = z.infer<typeof shortagesQuery>;

export const shortageSchema = z.object({
  skill: z.object({ uri: z.string(), preferredLabel: z.string() }),
  /** Σ headcount × importance × urgency over open postings, to one decimal. */
  demand: shownFigure,
  /** Open positions behind the demand (Σ headcount). */
  positions: shownFigure,
  organisations: shownFigure,
  /** Students holding the skill at the lowest level asked for, or above. */
  students: shownFigure,
  /** A year's places on published offerings teaching it at the lowest level asked for, or above. */
  places: z.number(),
  /** Students plus half the places, at the levels demand asks for (to one decimal). */
  supply: z.number().nullable(),
  /** (demand − supply) / (demand + supply), in [−1, 1]; null where a figure behind it is not shown. */
  index: z.number().nullable(),
  /** The same with students only: what is missing today. */
  studentsIndex: z.number().nullable(),
});
export type Shortage = z.infer<typeof shortageSchema>;

export const shortagesSchema = z.object({
  asOf: z.string().describe('The day (Europe/Sofia) the figures are for'),
  view: z.enum(SHORTAGE_VIEWS),
  items: z.array(shortageSchema).describe('Most short first: by index, then demand, then skill URI'),
  skillsInDemand: z.number().int().describe('Skills some counted posting asks for'),
  hidden: z.number().int().describe('Of those, skills left out of a public view because a figure behind their index may not be shown'),
});
export type Shortages = z.infer<typeof shortagesSchema>;
