import { z } from 'zod';
import { APPLICATION_STATUSES, MEMBERSHIP_ROLES, MIN_PASSWORD_LENGTH, PROFILE_VISIBILITIES, USER_LOCALES } from './vocabulary.ts';
import { pageOf, paginationQuery, requiredText } from './common.ts';
import { organisationRef } from './organisations.ts';

export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, 'at most 200 characters');
export const email = z.email().max(254);

export const signUpSchema = z
  .object({
    email,
    displayName: requiredText(120),
    /** Students choose who may see their profile when they sign up. */
    student: z.object({ visibility: z.enum(PROFILE_VISIBILITIES) }).strict().optional(),
    locale: z.enum(USER_LOCALES).optional().describe('The language to write to the person in (English when not said)'),
  })
  .strict();
export type SignUp = z.infer<typeof signUpSchema>;

export const signInSchema = z
  .object({
    email: z.string().max(254),
    password: z.string().max(200),
    locale: z.enum(USER_LOCALES).optional().describe('The language the person uses now: their e-mails follow it'),
  })
  .strict();
export type SignIn = z.infer<typeof signInSchema>;

export const tokenSchema = z.object({ token: z.string().min(10).max(200) }).strict();
/** Confirming the address is when its owner chooses the password. */
export const verifyEmailSchema = z.object({ token: z.string().min(10).max(200), password }).strict();
export const passwordResetRequestSchema = z.object({ email: z.string().max(254) }).strict();
export const passwordResetSchema = z.object({ token: z.string().min(10).max(200), password }).strict();
export const deleteAccountSchema = z.object({ password: z.string().max(200) }).strict();

export const membershipSchema = z.object({
  organisation: organisationRef.extend({ verified: z.boolean() }),
  role: z.enum(MEMBERSHIP_ROLES),
});
export type Membership = z.infer<typeof membershipSchema>;

export const currentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  emailVerified: z.boolean(),
  isClusterAdmin: z.boolean(),
  locale: z.enum(USER_LOCALES).describe('The language e-mails to the person are written in'),
  unreadNotifications: z.number().int().describe('Unread entries in the inbox'),
  profileId: z.uuid().nullable(),
  memberships: z.array(membershipSchema),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionSchema = z.object({
  user: currentUserSchema,
  csrfToken: z.string().describe('Send it as the X-CSRF-Token header with every cookie-authenticated write'),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const signedInSchema = sessionSchema.extend({
  token: z.string().describe('The session token, also set as the httpOnly kc_session cookie; send it as a Bearer token from non-browser clients'),
});
export type SignedIn = z.infer<typeof signedInSchema>;

export const messageSchema = z.object({ message: z.string() });

export const invitationCreateSchema = z.object({ email, role: z.enum(MEMBERSHIP_ROLES).default('member') }).strict();
export const invitationSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  email: z.string(),
  role: z.enum(MEMBERSHIP_ROLES),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const memberSchema = z.object({ userId: z.uuid(), displayName: z.string(), email: z.string(), role: z.enum(MEMBERSHIP_ROLES) });
export type Member = z.infer<typeof memberSchema>;
export const memberRoleUpdateSchema = z.object({ role: z.enum(MEMBERSHIP_ROLES) }).strict();

export const profileViewSchema = z.object({
  at: z.string(),
  action: z.enum(['view', 'export']),
  organisation: organisationRef.nullable(),
  viewer: z.string().describe('Display name of the person who looked'),
});
export type ProfileView = z.infer<typeof profileViewSchema>;

export const applicationCreateSchema = z.object({ message: z.string().trim().max(5000).optional() }).strict();
export const applicationUpdateSchema = z
  .object({
    status: z
      .enum(APPLICATION_STATUSES)
      .describe('Organisations shortlist, accept or reject; the student withdraws. Rejected and withdrawn are final (409 otherwise).'),
    version: z.number().int().min(1),
  })
  .strict();
export const applicationSchema = z.object({
  id: z.uuid(),
  opportunity: z.object({ id: z.uuid(), title: z.string(), organisation: organisationRef }),
  applicant: z.object({ profileId: z.uuid(), displayName: z.string() }).nullable().describe('Null once the student deleted their account'),
  status: z.enum(APPLICATION_STATUSES),
  message: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  statusChangedAt: z.string(),
  history: z
    .array(z.object({ status: z.enum(APPLICATION_STATUSES), at: z.string() }))
    .describe('Each status the application reached, oldest first, ending with the current one'),
});
export type Application = z.infer<typeof applicationSchema>;
/** An opportunity's applicants, one stage of the pipeline or all of it, a page at a time. */
export const applicantsQuery = paginationQuery
  .extend({ status: z.enum(APPLICATION_STATUSES).optional().describe('Only the applications at this stage') })
  .strict();
export type ApplicantsQuery = z.infer<typeof applicantsQuery>;
export const applicantsPageSchema = pageOf(applicationSchema).extend({
  counts: z.record(z.enum(APPLICATION_STATUSES), z.number().int()).describe('Applications at each stage, whatever the page shows'),
});
export type ApplicantsPage = z.infer<typeof applicantsPageSchema>;
export const myApplicationsQuery = z
  .object({ opportunity: z.uuid().optional().describe('Only the application to this opportunity, if any') })
  .strict();
