import { z } from 'zod';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, SKILL_RELATION_TYPES, UNFILLED_CAUSES, WORK_MODES } from './vocabulary.ts';
import { isoDate, paginationQuery, proficiency, requiredText, skillUri, text, timestamps, versionField } from './common.ts';
import { organisationRef } from './organisations.ts';
import { occupationRef, occupationUri } from './skills.ts';

export const MAX_SKILLS_PER_ITEM = 60;

export const requiredSkillInput = z
  .object({
    uri: skillUri,
    level: proficiency.default(2),
    importance: z.enum(SKILL_RELATION_TYPES).default('essential'),
  })
  .strict();

export const requiredSkillSchema = z.object({
  uri: z.string(),
  preferredLabel: z.string(),
  level: z.number().int(),
  importance: z.enum(SKILL_RELATION_TYPES),
});
export type RequiredSkill = z.infer<typeof requiredSkillSchema>;

export const opportunitySchema = z.object({
  id: z.uuid(),
  organisation: organisationRef,
  kind: z.enum(OPPORTUNITY_KINDS),
  title: z.string(),
  description: z.string(),
  headcount: z.number().int(),
  location: z.string().nullable(),
  workMode: z.enum(WORK_MODES),
  startsOn: z.string().nullable(),
  deadline: z.string().nullable(),
  status: z.enum(OPPORTUNITY_STATUSES),
  unfilledCause: z
    .enum(UNFILLED_CAUSES)
    .nullable()
    .optional()
    .describe('Why it was closed unfilled, if its organisation said. Only in answers about one opportunity to its organisation’s members; absent for everyone else and in lists'),
  occupation: occupationRef.nullable().describe('The ESCO occupation the posting is for'),
  skills: z.array(requiredSkillSchema),
  isDemo: z.boolean(),
  version: z.number().int(),
  ...timestamps,
});
export type Opportunity = z.infer<typeof opportunitySchema>;

const uniqueByUri = (skills: { uri: string }[]) => new Set(skills.map((s) => s.uri)).size === skills.length;

const opportunityFields = {
  organisationId: z.uuid(),
  kind: z.enum(OPPORTUNITY_KINDS),
  title: requiredText(200),
  description: text(20_000).optional(),
  headcount: z.number().int().min(1).max(10_000).optional(),
  location: text(200).nullish(),
  workMode: z.enum(WORK_MODES).optional(),
  startsOn: isoDate.nullish(),
  deadline: isoDate.nullish(),
  status: z.enum(OPPORTUNITY_STATUSES).optional(),
  unfilledCause: z
    .enum(UNFILLED_CAUSES)
    .nullish()
    .describe('Why it closes unfilled (status closed only; optional, private to the cluster’s aggregates). Cleared when it is opened again'),
  occupationUri: occupationUri.nullish().describe('An ESCO occupation; left out on creation, the best one for the title and skills is suggested; null for none'),
  skills: z
    .array(requiredSkillInput)
    .max(MAX_SKILLS_PER_ITEM)
    .refine(uniqueByUri, 'each skill may appear once')
    .optional(),
};

export const opportunityCreateSchema = z.object(opportunityFields).strict();
export type OpportunityCreate = z.infer<typeof opportunityCreateSchema>;

export const opportunityUpdateSchema = z
  .object(opportunityFields)
  .omit({ organisationId: true })
  .partial()
  .extend({ version: versionField })
  .strict();
export type OpportunityUpdate = z.infer<typeof opportunityUpdateSchema>;

export const opportunityListQuery = paginationQuery.extend({
  organisationId: z.uuid().optional(),
  kind: z.enum(OPPORTUNITY_KINDS).optional(),
  status: z.enum(OPPORTUNITY_STATUSES).optional(),
  q: text(100).optional().describe('Title contains'),
});
export type OpportunityListQuery = z.infer<typeof opportunityListQuery>;

export { uniqueByUri };
