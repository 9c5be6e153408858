import { z } from 'zod';
import { OFFERING_FORMATS, OFFERING_KINDS, OFFERING_LANGUAGES, OFFERING_STATUSES } from './vocabulary.ts';
import { isoDate, paginationQuery, proficiency, requiredText, skillUri, text, timestamps, versionField } from './common.ts';
import { organisationRef } from './organisations.ts';
import { MAX_SKILLS_PER_ITEM, uniqueByUri } from './opportunities.ts';

export const taughtSkillInput = z.object({ uri: skillUri, level: proficiency.default(2) }).strict();
export const taughtSkillSchema = z.object({ uri: z.string(), preferredLabel: z.string(), level: z.number().int() });
export type TaughtSkill = z.infer<typeof taughtSkillSchema>;

export const offeringSchema = z.object({
  id: z.uuid(),
  provider: organisationRef,
  kind: z.enum(OFFERING_KINDS),
  title: z.string(),
  description: z.string(),
  hours: z.number().int().nullable(),
  ects: z.number().nullable(),
  // A string, not the list: offerings saved before the list may hold other codes.
  language: z.string().describe('ISO 639-1 code of the language it is taught in'),
  format: z.enum(OFFERING_FORMATS),
  costEur: z.number().nullable(),
  seats: z.number().int().nullable(),
  yearlyCapacity: z.number().int().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: z.enum(OFFERING_STATUSES),
  skills: z.array(taughtSkillSchema),
  isDemo: z.boolean(),
  version: z.number().int(),
  ...timestamps,
});
export type Offering = z.infer<typeof offeringSchema>;

const offeringFields = {
  providerId: z.uuid(),
  kind: z.enum(OFFERING_KINDS),
  title: requiredText(200),
  description: text(20_000).optional(),
  hours: z.number().int().min(1).max(100_000).nullish(),
  ects: z.number().positive().max(999).nullish(),
  language: z.enum(OFFERING_LANGUAGES, { error: `one of the ISO 639-1 codes ${OFFERING_LANGUAGES.join(', ')}` }).optional(),
  format: z.enum(OFFERING_FORMATS).optional(),
  costEur: z.number().min(0).max(1_000_000).nullish(),
  seats: z.number().int().min(1).max(100_000).nullish(),
  yearlyCapacity: z.number().int().min(1).max(100_000).nullish(),
  startsOn: isoDate.nullish(),
  endsOn: isoDate.nullish(),
  status: z.enum(OFFERING_STATUSES).optional(),
  skills: z.array(taughtSkillInput).max(MAX_SKILLS_PER_ITEM).refine(uniqueByUri, 'each skill may appear once').optional(),
};

const datesOrdered = (o: { startsOn?: string | null; endsOn?: string | null }) =>
  !o.startsOn || !o.endsOn || o.endsOn >= o.startsOn;
const datesMessage = { message: 'endsOn must not be before startsOn', path: ['endsOn'] };

export const offeringCreateSchema = z.object(offeringFields).strict().refine(datesOrdered, datesMessage);
export type OfferingCreate = z.infer<typeof offeringCreateSchema>;

export const offeringUpdateSchema = z
  .object(offeringFields)
  .omit({ providerId: true })
  .partial()
  .extend({ version: versionField })
  .strict()
  .refine(datesOrdered, datesMessage);
export type OfferingUpdate = z.infer<typeof offeringUpdateSchema>;

export const offeringListQuery = paginationQuery.extend({
  providerId: z.uuid().optional(),
  kind: z.enum(OFFERING_KINDS).optional(),
  status: z.enum(OFFERING_STATUSES).optional(),
  q: text(100).optional().describe('Title contains'),
});
export type OfferingListQuery = z.infer<typeof offeringListQuery>;
