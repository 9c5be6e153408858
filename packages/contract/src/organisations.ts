import { z } from 'zod';
import { ORGANISATION_KINDS, SIZE_BANDS } from './vocabulary.ts';
import { districtInput, paginationQuery, requiredText, slug, text, timestamps, versionField } from './common.ts';

export const organisationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  slug: z.string(),
  sector: z.string().nullable(),
  description: z.string(),
  website: z.string().nullable(),
  district: z.string().nullable(),
  sizeBand: z.enum(SIZE_BANDS).nullable(),
  verified: z.boolean(),
  verificationRefusal: z
    .object({ reason: z.string(), decidedAt: z.string() })
    .nullable()
    .optional()
    .describe(
      'Why a cluster administrator refused to verify it, while that stands (a change to its profile asks again): null when it was not refused. Only in answers about one organisation to its members and the cluster administrators; absent for everyone else and in lists',
    ),
  isDemo: z.boolean(),
  version: z.number().int(),
  ...timestamps,
});
export type Organisation = z.infer<typeof organisationSchema>;

const website = z.url({ protocol: /^https?$/ }).max(300);

export const organisationCreateSchema = z
  .object({
    kind: z.enum(ORGANISATION_KINDS),
    name: requiredText(200),
    slug: slug.optional().describe('Derived from the name when omitted'),
    sector: text(120).nullish(),
    description: text(5000).optional(),
    website: website.nullish(),
    district: districtInput,
    sizeBand: z.enum(SIZE_BANDS).nullish(),
  })
  .strict();
export type OrganisationCreate = z.infer<typeof organisationCreateSchema>;

export const organisationUpdateSchema = organisationCreateSchema
  .partial()
  .extend({ version: versionField })
  .strict();
export type OrganisationUpdate = z.infer<typeof organisationUpdateSchema>;

export const organisationListQuery = paginationQuery.extend({
  kind: z.enum(ORGANISATION_KINDS).optional(),
  q: text(100).optional().describe('Name contains'),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuery>;

export const organisationRef = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  verified: z.boolean().describe('Whether a cluster administrator verified the organisation'),
});
export type OrganisationRef = z.infer<typeof organisationRef>;
