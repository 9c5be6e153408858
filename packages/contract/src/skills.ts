import { z } from 'zod';
import { OCCUPATION_LANGUAGES, REUSE_LEVELS, SKILL_RELATION_TYPES, SKILL_TYPES } from './vocabulary.ts';
import { paginationQuery, requiredText, text } from './common.ts';

export const skillSummarySchema = z.object({
  uri: z.string(),
  preferredLabel: z.string(),
  type: z.enum(SKILL_TYPES).nullable(),
  reuseLevel: z.enum(REUSE_LEVELS).nullable(),
  isLocal: z.boolean(),
});
export type SkillSummary = z.infer<typeof skillSummarySchema>;

export const conceptRef = z.object({ uri: z.string(), preferredLabel: z.string(), kind: z.enum(['skill', 'group']) });

export const skillSchema = skillSummarySchema.extend({
  altLabels: z.array(z.string()),
  hiddenLabels: z.array(z.string()),
  description: z.string(),
  broader: z.array(conceptRef),
  narrower: z.array(conceptRef),
  related: z.array(z.object({ uri: z.string(), preferredLabel: z.string(), relationType: z.enum(SKILL_RELATION_TYPES) })),
  occupationCount: z.number().int().describe('How many ESCO occupations list this skill'),
  aliases: z.array(z.object({ id: z.uuid(), alias: z.string() })).describe("The cluster's own words for the skill"),
});
export type Skill = z.infer<typeof skillSchema>;

export const skillListQuery = paginationQuery.extend({
  q: text(100).optional().describe('Preferred label prefix, case-insensitive'),
  type: z.enum(SKILL_TYPES).optional(),
});
export type SkillListQuery = z.infer<typeof skillListQuery>;

export const occupationNames = z
  .object({ en: z.string(), bg: z.string().nullable() })
  .describe('The preferred name in each language (null where the Bulgarian version has none)');

/** An occupation as a record names it: its URI and its name in each language. */
export const occupationRef = z.object({ uri: z.string(), preferredLabel: z.string(), names: occupationNames });
export type OccupationRef = z.infer<typeof occupationRef>;

/** An ESCO occupation URI given as input; unknown ones are refused with 422. */
export const occupationUri = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .regex(/^https?:\/\/\S+$/, 'must be an occupation concept URI');

export const occupationSummarySchema = z.object({
  uri: z.string(),
  preferredLabel: z.string().describe('ESCO\'s English preferred label'),
  names: occupationNames,
  iscoGroup: z.string(),
  code: z.string(),
});
export type OccupationSummary = z.infer<typeof occupationSummarySchema>;

export const occupationSchema = occupationSummarySchema.extend({
  alternativeNames: z.object({ en: z.array(z.string()), bg: z.array(z.string()) }).describe('The other names in each language'),
  description: z.string(),
  skills: z.array(
    z.object({ uri: z.string(), preferredLabel: z.string(), relationType: z.enum(SKILL_RELATION_TYPES) }),
  ),
});
export type Occupation = z.infer<typeof occupationSchema>;

export const occupationListQuery = paginationQuery.extend({
  q: text(100).optional().describe('Preferred label prefix, case-insensitive'),
  iscoGroup: z.string().regex(/^\d{1,4}$/).optional(),
});
export type OccupationListQuery = z.infer<typeof occupationListQuery>;

export const uriParam = z.object({ uri: z.string().min(1).max(300).describe('The concept URI, URL-encoded') });

export const localSkillCreateSchema = z
  .object({
    preferredLabel: requiredText(200),
    altLabels: z.array(requiredText(200)).max(50).optional(),
    description: text(5000).optional(),
    type: z.enum(SKILL_TYPES).optional(),
    broaderUri: z.string().min(1).max(300).describe('The ESCO skill this local skill narrows'),
  })
  .strict();
export type LocalSkillCreate = z.infer<typeof localSkillCreateSchema>;

export const aliasCreateSchema = z.object({ alias: requiredText(100) }).strict();
export const aliasSchema = z.object({ id: z.uuid(), skillUri: z.string(), alias: z.string(), createdAt: z.string() });
export type Alias = z.infer<typeof aliasSchema>;

export const MAX_EXTRACT_TEXT = 20_000;

export const suggestQuery = z.object({
  q: z.string().trim().min(1).max(100).describe('What the person typed: a label, an abbreviation, with typos'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const suggestionSchema = z.object({
  uri: z.string(),
  preferredLabel: z.string(),
  matchedLabel: z.string().describe('The label (preferred, alternative, hidden or local alias) that matched'),
  matchKind: z.enum(['exact', 'prefix', 'alias', 'fuzzy']),
  score: z.number(),
});
export type SkillSuggestion = z.infer<typeof suggestionSchema>;

export const occupationSuggestQuery = z.object({
  q: z.string().trim().min(2).max(100).describe('What the person typed, in English or Bulgarian, with typos'),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
export type OccupationSuggestQuery = z.infer<typeof occupationSuggestQuery>;

export const occupationSuggestionSchema = z.object({
  uri: z.string(),
  preferredLabel: z.string(),
  names: occupationNames,
  matchedLabel: z.string().describe('The label that matched, in its language'),
  language: z.enum(OCCUPATION_LANGUAGES),
  score: z.number().describe('0..1: how closely the words typed match the label'),
});
export type OccupationSuggestion = z.infer<typeof occupationSuggestionSchema>;

/** At most this many skills in one inference or matching query. */
export const MAX_QUERY_SKILLS = 100;

export const occupationInferenceSchema = z
  .object({
    text: text(5000).optional().describe('A job title as posted, or a longer text, in English or Bulgarian'),
    skills: z.array(z.string().trim().min(1).max(300)).max(MAX_QUERY_SKILLS).optional().describe('Skill URIs; unknown ones are refused with 422'),
    limit: z.number().int().min(1).max(20).default(10),
  })
  .strict()
  .refine((q) => Boolean(q.text?.trim()) || (q.skills?.length ?? 0) > 0, 'give a text, skills or both');
export type OccupationInference = z.infer<typeof occupationInferenceSchema>;

export const inferredOccupationSchema = occupationRef.extend({
  score: z.number().describe('0..1'),
  reasons: z.object({
    label: z.string().nullable().describe('The label whose words the text holds, in its language'),
    skills: z
      .array(z.object({ uri: z.string(), preferredLabel: z.string(), via: z.string(), relation: z.string() }))
      .describe('Given skills the occupation lists (`via` is the listed skill; `relation` how the given one answers it)'),
  }),
});
export type InferredOccupation = z.infer<typeof inferredOccupationSchema>;

export const extractRequestSchema = z
  .object({
    text: z.string().max(MAX_EXTRACT_TEXT, `at most ${MAX_EXTRACT_TEXT} characters`),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();
export const EXTRACT_CONFIDENCES = ['strong', 'likely', 'possible'] as const;
export type ExtractConfidence = (typeof EXTRACT_CONFIDENCES)[number];

export const extractedSkillSchema = z.object({
  uri: z.string(),
  preferredLabel: z.string(),
  score: z.number().describe('0..1'),
  confidence: z
    .enum(EXTRACT_CONFIDENCES)
    .describe('How sure the reading is, from the score: `strong` and `likely` are the confident results, shown first; `possible` ones are worth a look'),
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int() })).describe('Character offsets of the words that gave rise to it'),
  variants: z
    .array(z.object({ uri: z.string(), preferredLabel: z.string(), score: z.number() }))
    .describe(
      'Near-duplicates found in the same words and folded into this skill, best first (at most 10): its broader or narrower skills, its siblings, and skills whose label holds its label ("write English" under "English")',
    ),
});
export type ExtractedSkillResult = z.infer<typeof extractedSkillSchema>;

export const TEXT_READINGS = ['english', 'latin-names', 'none'] as const;
export type TextReading = (typeof TEXT_READINGS)[number];

export const extractResponseSchema = z.object({
  skills: z.array(extractedSkillSchema).describe('Best first'),
  reading: z
    .enum(TEXT_READINGS)
    .describe(
      'How the text was read: `english`; `latin-names` for a text mostly in another script (Bulgarian), of which only the technology names written in Latin script are read; `none` when no skill can be read from it (empty, or another language in Latin script)',
    ),
});
export type ExtractResponse = z.infer<typeof extractResponseSchema>;
