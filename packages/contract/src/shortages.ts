import { z } from 'zod';
import { skillUri } from './common.ts';
import { occupationRef } from './skills.ts';
import { OPPORTUNITY_KINDS, ORGANISATION_KINDS, UNFILLED_CAUSES } from './vocabulary.ts';

/**
 * A figure as a public view may show it: the value, "<5" for a count of one to four, or
 * "suppressed" when one organisation makes up most of it (docs/SHORTAGE-MEASURES.md, Privacy).
 */
export const shownFigure = z.union([z.number(), z.enum(['<5', 'suppressed'])]);
export type ShownFigure = z.infer<typeof shownFigure>;

export const SHORTAGE_VIEWS = ['public', 'cluster'] as const;

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
  .describe('A month, YYYY-MM');

const view = z
  .enum(SHORTAGE_VIEWS)
  .default('public')
  .describe('public: small counts and dominated cells suppressed, for everyone; cluster: the figures unsuppressed, for cluster administrators only');

export const EXPORT_FORMATS = ['json', 'csv'] as const;
const format = z.enum(EXPORT_FORMATS).default('json').describe('csv: the same table as UTF-8 CSV (with a byte-order mark, so spreadsheets read Cyrillic), one row per item');

/** The slices every shortage view takes: demand from one sector, kind of organisation, kind of posting or occupation. */
export const shortageSlice = {
  sector: z.string().trim().min(1).max(120).optional().describe("The posting organisation's sector, as organisations state it"),
  organisationKind: z.enum(ORGANISATION_KINDS).optional(),
  opportunityKind: z.enum(OPPORTUNITY_KINDS).optional(),
  occupation: skillUri.optional().describe('An ESCO occupation URI: demand from postings for it'),
};
export type ShortageSlice = { sector?: string | undefined; organisationKind?: (typeof ORGANISATION_KINDS)[number] | undefined; opportunityKind?: (typeof OPPORTUNITY_KINDS)[number] | undefined; occupation?: string | undefined };

export const shortagesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(20),
    view,
    month: month.optional().describe("A month's snapshot instead of today's figures"),
    format,
    ...shortageSlice,
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
  /** Month-over-month growth of demand over the last two complete months; null when unknown or resting on a hidden month. */
  growth: z.number().nullable(),
  /** How widely the skill is used, by ESCO occupations and counted postings, 0–1 against the others in the view. */
  transferability: z.number(),
  /** 0–100: half growth, half transferability (docs/SHORTAGE-MEASURES.md); unknown growth counts as none. */
  priority: z.number(),
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

/** Skills in demand that no published offering teaches at any level. */
export const unmetDemandSchema = z.object({
  asOf: z.string(),
  view: z.enum(SHORTAGE_VIEWS),
  items: z
    .array(
      z.object({
        skill: z.object({ uri: z.string(), preferredLabel: z.string() }),
        demand: z.number(),
        positions: shownFigure,
        organisations: shownFigure,
      }),
    )
    .describe('Most demand first'),
  skillsUnmet: z.number().int().describe('Skills in demand that nothing teaches'),
  hidden: z.number().int().describe('Of those, skills left out of a public view: too few positions, or one organisation makes up most of the demand'),
});
export type UnmetDemand = z.infer<typeof unmetDemandSchema>;

export const skillGroupShortageSchema = z.object({
  group: z.object({ uri: z.string(), preferredLabel: z.string(), code: z.string().nullable() }),
  /** The top-level group it sits under; null for a top-level group. */
  parentUri: z.string().nullable(),
  demand: z.number(),
  positions: shownFigure,
  organisations: shownFigure,
  skills: z.number().int().describe('Distinct skills in demand at or under it'),
  supply: z.number(),
  index: z.number().nullable(),
});
export const skillGroupShortagesSchema = z.object({
  asOf: z.string(),
  view: z.enum(SHORTAGE_VIEWS),
  items: z.array(skillGroupShortageSchema).describe('Top-level groups and the groups right under them, most demand first'),
  hidden: z.number().int(),
  ungrouped: z.number().int().describe('Skills in demand under no ESCO group (local skills)'),
});
export type SkillGroupShortages = z.infer<typeof skillGroupShortagesSchema>;

export const shortageGroupsQuery = z.object({ view, month: month.optional(), format, ...shortageSlice }).strict();
export type ShortageGroupsQuery = z.infer<typeof shortageGroupsQuery>;

export const shortageTrendQuery = z
  .object({
    skill: skillUri.optional().describe('One skill; without skill or group, all demand'),
    group: skillUri.optional().describe('A skill group: the skills at or under it'),
    months: z.coerce.number().int().min(2).max(60).default(24).describe('How many months back, the current one included'),
    view,
    format,
    ...shortageSlice,
  })
  .strict()
  .refine((q) => !(q.skill && q.group), { message: 'give a skill or a group, not both', path: ['group'] });
export type ShortageTrendQuery = z.infer<typeof shortageTrendQuery>;

export const trendPointSchema = z.object({
  month: z.string().describe('YYYY-MM'),
  /** False for a month without a snapshot: nothing is known of it. */
  recorded: z.boolean(),
  /** Whether the month is still running: its snapshot is refreshed until it ends. */
  current: z.boolean(),
  demand: shownFigure.nullable(),
  positions: shownFigure.nullable(),
  supply: z.number().nullable(),
  index: z.number().nullable(),
});
export const shortageTrendSchema = z.object({
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('skill'), uri: z.string(), preferredLabel: z.string() }),
    z.object({ kind: z.literal('group'), uri: z.string(), preferredLabel: z.string() }),
  ]),
  view: z.enum(SHORTAGE_VIEWS),
  points: z.array(trendPointSchema).describe('Oldest first, the current month last'),
  /** Month-over-month growth of demand over the last two complete months; null when unknown. */
  growth: z.number().nullable(),
  projection: z.object({
    months: z.array(z.object({ month: z.string(), demand: z.number() })),
    /** Why there is none: fewer than six complete months in a row, or some of them not shown. */
    reason: z.enum(['too_little_history', 'hidden_figures']).nullable(),
  }),
});
export type ShortageTrend = z.infer<typeof shortageTrendSchema>;

export const unfilledCausesQuery = z
  .object({
    from: month.optional().describe('First month of closures counted; default 11 months before to'),
    to: month.optional().describe('Last month of closures counted; default the current one'),
    skill: skillUri.optional().describe('Only closures of postings that asked for this skill'),
    format,
    ...shortageSlice,
  })
  .strict();
export type UnfilledCausesQuery = z.infer<typeof unfilledCausesQuery>;

export const unfilledCausesSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Postings closed unfilled in the period whose organisation gave a cause: the shares' denominator. */
  stated: shownFigure,
  /** Closed unfilled without a cause: beside the shares, never in them. */
  notStated: shownFigure,
  causes: z.array(z.object({ cause: z.enum(UNFILLED_CAUSES), closures: shownFigure, share: z.number().nullable() })),
});
export type UnfilledCauses = z.infer<typeof unfilledCausesSchema>;

export const shortageSlicesSchema = z.object({
  sectors: z.array(z.string()).describe('Sectors of organisations with a counted posting'),
  occupations: z.array(occupationRef).describe('Occupations of counted postings'),
  months: z.array(z.string()).describe('Months with a snapshot, newest first'),
});
export type ShortageSlices = z.infer<typeof shortageSlicesSchema>;

/** Skills demanded together that no published offering teaches together: what a new offering could bundle. */
export const skillBundlesSchema = z.object({
  asOf: z.string(),
  items: z
    .array(
      z.object({
        skills: z.array(z.object({ uri: z.string(), preferredLabel: z.string() })).length(2),
        /** Counted postings asking for both. */
        opportunities: z.number().int(),
        organisations: shownFigure,
        positions: z.number().int(),
        /** Offerings teaching each of the two apart. */
        taughtApart: z.array(z.number().int()).length(2),
      }),
    )
    .describe('Most postings first; only pairs asked for by at least five postings from two organisations or more'),
});
export type SkillBundles = z.infer<typeof skillBundlesSchema>;

export const skillBundlesQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10), format, ...shortageSlice }).strict();
export type SkillBundlesQuery = z.infer<typeof skillBundlesQuery>;

/** How a provider's published offerings meet today's demand, skill by skill. */
export const providerCoverageSchema = z.object({
  asOf: z.string(),
  provider: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  offerings: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      skills: z.array(
        z.object({
          skill: z.object({ uri: z.string(), preferredLabel: z.string() }),
          level: z.number().int(),
          /** Open positions asking for the skill; "<5" below five. */
          positions: shownFigure,
          demand: shownFigure,
          index: z.number().nullable(),
        }),
      ),
      /** Open positions asking for at least one of its skills. */
      positions: shownFigure,
    }),
  ),
  /** Skills in demand that none of its offerings teaches, most demand first (public figures). */
  gaps: z.array(z.object({ skill: z.object({ uri: z.string(), preferredLabel: z.string() }), positions: shownFigure, demand: z.number() })),
});
export type ProviderCoverage = z.infer<typeof providerCoverageSchema>;
