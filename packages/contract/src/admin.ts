import { z } from 'zod';
import { MEMBERSHIP_ROLES, ORGANISATION_KINDS } from './vocabulary.ts';
import { pageOf, paginationQuery, requiredText, text, versionField } from './common.ts';

/** What the cluster administrators' console reads: the queue, the curated words, the people, the log. */

export const VERIFICATION_STATES = ['pending', 'refused', 'verified'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export const verificationDecisionSchema = z
  .object({
    verified: z.boolean(),
    version: versionField.optional(),
    reason: text(1000)
      .refine((value) => value.trim().length > 0, 'must not be empty')
      .optional()
      .describe('Why it is refused; sent to its administrators. Only with verified: false'),
  })
  .strict()
  .refine((body) => !(body.verified && body.reason), { message: 'a reason goes only with a refusal', path: ['reason'] });

export const adminOrganisationsQuery = paginationQuery
  .extend({
    verification: z.enum(VERIFICATION_STATES).default('pending'),
    q: text(100).optional().describe('Name contains'),
  })
  .strict();

export const adminOrganisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  sector: z.string().nullable(),
  website: z.string().nullable(),
  district: z.string().nullable(),
  description: z.string(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  verification: z.enum(VERIFICATION_STATES),
  refusal: z.string().nullable().describe('Why it was refused, when it was'),
  decidedAt: z.string().nullable(),
  members: z.number().int(),
});
export type AdminOrganisation = z.infer<typeof adminOrganisationSchema>;
export const adminOrganisationPageSchema = pageOf(adminOrganisationSchema).extend({
  counts: z.object({ pending: z.number().int(), refused: z.number().int(), verified: z.number().int() }),
});

export const skillUsageSchema = z.object({
  opportunities: z.number().int(),
  students: z.number().int(),
  offerings: z.number().int(),
});
export const curatedSkillSchema = z.object({
  uri: z.string(),
  preferredLabel: z.string(),
  description: z.string(),
  altLabels: z.array(z.string()),
  broader: z.object({ uri: z.string(), preferredLabel: z.string() }).nullable(),
  aliases: z.array(z.object({ id: z.uuid(), alias: z.string() })),
  usage: skillUsageSchema,
});
export const curatedAliasSchema = z.object({
  id: z.uuid(),
  alias: z.string(),
  skill: z.object({ uri: z.string(), preferredLabel: z.string(), isLocal: z.boolean() }),
  createdAt: z.string(),
  createdBy: z.string().nullable().describe('Display name of the administrator who added it'),
  usage: skillUsageSchema.describe('Where its skill is used'),
});
export const curationSchema = z.object({
  localSkills: z.array(curatedSkillSchema),
  aliases: z.array(curatedAliasSchema),
});
export type Curation = z.infer<typeof curationSchema>;
export const curationQuery = z.object({ q: text(100).optional().describe('Label or alias contains') }).strict();

export const localSkillUpdateSchema = z
  .object({
    preferredLabel: requiredText(200).optional(),
    altLabels: z.array(requiredText(200)).max(50).optional(),
    description: text(5000).optional(),
  })
  .strict();
export const aliasUpdateSchema = z.object({ alias: requiredText(100) }).strict();

export const adminUsersQuery = paginationQuery.extend({ q: text(100).optional().describe('Name or e-mail contains') }).strict();
export const adminUserSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  isClusterAdmin: z.boolean(),
  isStudent: z.boolean(),
  createdAt: z.string(),
  memberships: z.array(z.object({ organisation: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }), role: z.enum(MEMBERSHIP_ROLES) })),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const auditQuery = paginationQuery
  .extend({
    action: text(60).optional(),
    entityType: text(60).optional(),
    entityId: text(300).optional(),
    actor: text(254).optional().describe("The actor's e-mail address, or part of it"),
    from: z.iso.date().optional().describe('From this day (UTC), inclusive'),
    to: z.iso.date().optional().describe('To this day (UTC), inclusive'),
  })
  .strict();
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.uuid(), displayName: z.string(), email: z.string() }).nullable().describe('Null for anonymous actions and deleted accounts'),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pageOf(auditEntrySchema).extend({
  actions: z.array(z.string()).describe('Every action the log holds, for a filter'),
  entityTypes: z.array(z.string()),
});
