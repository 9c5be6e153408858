import { z } from 'zod';
import { skillUri, text } from './common.ts';
import { OFFERING_KINDS } from './vocabulary.ts';
import { organisationRef } from './organisations.ts';

/** A provider's offering put forward for a posted need, as the posting's organisation sees it. */
export const needResponseSchema = z.object({
  id: z.uuid(),
  opportunityId: z.uuid(),
  offering: z.object({ id: z.uuid(), title: z.string(), kind: z.enum(OFFERING_KINDS) }),
  provider: organisationRef,
  message: z.string(),
  createdAt: z.string(),
});
export type NeedResponse = z.infer<typeof needResponseSchema>;

export const needResponsesSchema = z.object({
  items: z.array(needResponseSchema).describe('Newest first'),
});
export type NeedResponses = z.infer<typeof needResponsesSchema>;

export const needResponseCreateSchema = z
  .object({
    offeringId: z.uuid().describe("One of your organisation's published offerings"),
    message: text(1000).optional().describe('A word to the organisation: how the offering meets its need'),
  })
  .strict();
export type NeedResponseCreate = z.infer<typeof needResponseCreateSchema>;

export const MAX_DEMAND_ALERTS = 20;
/** An alert's threshold is at least the small-count threshold: fewer positions are not published. */
export const MIN_ALERT_THRESHOLD = 5;

export const demandAlertSchema = z.object({
  id: z.uuid(),
  concept: z.object({ uri: z.string(), preferredLabel: z.string(), kind: z.enum(['skill', 'group']) }),
  threshold: z.number().int(),
  /** Where open demand stood at the last check: at or above the threshold. */
  above: z.boolean(),
  positions: z.number().int().nullable().describe('Open positions at the last check; null before the first'),
  checkedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DemandAlert = z.infer<typeof demandAlertSchema>;

export const demandAlertsSchema = z.object({ items: z.array(demandAlertSchema), max: z.number().int() });
export type DemandAlerts = z.infer<typeof demandAlertsSchema>;

export const demandAlertCreateSchema = z
  .object({
    conceptUri: skillUri.describe('A skill or a skill group (its skills, at any depth, count)'),
    threshold: z.number().int().min(MIN_ALERT_THRESHOLD).max(100_000).describe('Open positions that set it off'),
  })
  .strict();
export type DemandAlertCreate = z.infer<typeof demandAlertCreateSchema>;
