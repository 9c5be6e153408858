import { z } from 'zod';
import { AVAILABILITIES, PROFILE_SKILL_SOURCES, PROFILE_VISIBILITIES } from './vocabulary.ts';
import { districtInput, isoDate, paginationQuery, proficiency, requiredText, skillUri, text, timestamps, versionField } from './common.ts';
import { MAX_SKILLS_PER_ITEM, uniqueByUri } from './opportunities.ts';
import { occupationRef, occupationUri } from './skills.ts';

/** How many occupations a student may aim at. */
export const MAX_TARGET_OCCUPATIONS = 5;

export const profileSkillInput = z
  .object({
    uri: skillUri,
    level: proficiency.default(2),
    source: z.enum(PROFILE_SKILL_SOURCES).default('declared'),
    evidence: text(1000).nullish(),
  })
  .strict();

export const profileSkillSchema = z.object({
  uri: z.string(),
  preferredLabel: z.string(),
  level: z.number().int(),
  source: z.enum(PROFILE_SKILL_SOURCES),
  evidence: z.string().nullable(),
});
export type ProfileSkill = z.infer<typeof profileSkillSchema>;

export const studentProfileSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  headline: z.string(),
  about: z.string(),
  programme: z.string().nullable(),
  institutionId: z.uuid().nullable(),
  institutionName: z.string().nullable(),
  studyYear: z.number().int().nullable(),
  availability: z.enum(AVAILABILITIES),
  availableFrom: z.string().nullable(),
  district: z.string().nullable(),
  visibility: z.enum(PROFILE_VISIBILITIES),
  skills: z.array(profileSkillSchema),
  targetOccupations: z.array(occupationRef).describe('The ESCO occupations the student aims at'),
  isDemo: z.boolean(),
  version: z.number().int(),
  ...timestamps,
});
export type StudentProfile = z.infer<typeof studentProfileSchema>;

const profileFields = {
  headline: text(200).optional(),
  about: text(5000).optional(),
  programme: text(200).nullish(),
  institutionId: z.uuid().nullish(),
  institutionName: text(200).nullish(),
  studyYear: z.number().int().min(1).max(10).nullish(),
  availability: z.enum(AVAILABILITIES).optional(),
  availableFrom: isoDate.nullish(),
  district: districtInput,
  visibility: z.enum(PROFILE_VISIBILITIES).optional(),
  skills: z.array(profileSkillInput).max(MAX_SKILLS_PER_ITEM * 2).refine(uniqueByUri, 'each skill may appear once').optional(),
  targetOccupations: z
    .array(occupationUri)
    .max(MAX_TARGET_OCCUPATIONS)
    .refine((uris) => new Set(uris).size === uris.length, 'each occupation may appear once')
    .optional()
    .describe('ESCO occupation URIs; unknown ones are refused with 422'),
};

/** The signed-in user's own profile; one per user. */
export const studentProfileCreateSchema = z
  .object({
    displayName: requiredText(120).optional().describe('Changes the name on the account too'),
    ...profileFields,
  })
  .strict();
export type StudentProfileCreate = z.infer<typeof studentProfileCreateSchema>;

export const studentProfileUpdateSchema = z
  .object({ displayName: requiredText(120).optional(), ...profileFields, version: versionField })
  .strict();
export type StudentProfileUpdate = z.infer<typeof studentProfileUpdateSchema>;

export const studentListQuery = paginationQuery.extend({
  institutionId: z.uuid().optional(),
  skill: z.string().max(300).optional().describe('Only profiles with this skill URI'),
});
export type StudentListQuery = z.infer<typeof studentListQuery>;
