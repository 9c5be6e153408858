import { z } from 'zod';
import { pageOf } from './common.ts';
import { organisationRef } from './organisations.ts';
import { APPLICATION_STATUSES, NOTIFICATION_KINDS } from './vocabulary.ts';

/** One entry of a person's inbox: what happened, to which application, as things stand now. */
export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  application: z
    .object({
      id: z.uuid(),
      opportunity: z.object({ id: z.uuid(), title: z.string(), organisation: organisationRef }),
      applicant: z.string().nullable().describe("The applicant's display name; null once they deleted their account"),
      status: z.enum(APPLICATION_STATUSES).describe('The status the application reached'),
      previousStatus: z.enum(APPLICATION_STATUSES).nullable(),
      byApplicant: z.boolean().describe('Whether the applicant moved it (a withdrawal) rather than the organisation'),
    })
    .nullable()
    .describe('The application it tells of; null for a demand alert'),
  demandAlert: z
    .object({
      id: z.uuid(),
      concept: z.object({ uri: z.string(), preferredLabel: z.string(), kind: z.enum(['skill', 'group']) }),
      threshold: z.number().int(),
      positions: z.number().int().describe('Open positions when it went off'),
    })
    .nullable()
    .describe('The demand alert that went off; null for an application'),
  recipientRole: z
    .enum(['applicant', 'organisation', 'subscriber'])
    .describe('Whether it reached the person as the applicant, as a member of the organisation, or as the subscriber of an alert'),
});
export type Notification = z.infer<typeof notificationSchema>;

export const inboxSchema = pageOf(notificationSchema).extend({ unread: z.number().int() });
export type Inbox = z.infer<typeof inboxSchema>;

export const inboxQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    unread: z.enum(['true', 'false']).optional().describe('Only unread entries (true)'),
  })
  .strict();

export const markReadSchema = z.union([
  z.object({ ids: z.array(z.uuid()).min(1).max(100) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkRead = z.infer<typeof markReadSchema>;
export const unreadCountSchema = z.object({ unread: z.number().int() });
