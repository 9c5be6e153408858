import type { MembershipRole, UserLocale } from '@kc/contract';

export interface ActorMembership {
  organisationId: string;
  role: MembershipRole;
  /** Whether a cluster administrator verified the organisation. */
  verified: boolean;
}

export interface SignedInActor {
  kind: 'user';
  userId: string;
  email: string;
  displayName: string;
  emailVerified: boolean;
  isClusterAdmin: boolean;
  profileId: string | null;
  memberships: ActorMembership[];
  sessionId: string;
  /** The language mail and the inbox speak to them in. */
  locale: UserLocale;
}

/** Who is calling. Authentication fills this in; handlers read it from the context only. */
export type Actor = { kind: 'anonymous' } | SignedInActor;

/** The session a request came with: who holds it, and the CSRF token its cookie writes must echo. */
export interface ResolvedSession {
  actor: SignedInActor;
  csrfToken: string;
  expiresAt: Date;
}
