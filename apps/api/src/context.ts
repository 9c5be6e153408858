import type { Database } from '@kc/db';
import type { MembershipRole } from '@kc/contract';
import type { ProxyTrust } from '@kc/runtime';
import type { ConcurrencyLimit } from './lib/concurrency.ts';
import type { Mailer } from './ports/mailer.ts';
import type { ResolvedSession } from './services/auth/sessions.service.ts';
import type { SearchService } from './services/search.service.ts';
import type { SkillIntelligence } from './services/skill-intelligence.ts';

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
}

/** Who is calling. Authentication fills this in; handlers read it from the context only. */
export type Actor = { kind: 'anonymous' } | SignedInActor;

export interface AuthSettings {
  sessionTtlHours: number;
  clusterAdminEmails: string[];
  /** Whose X-Forwarded-* headers to believe (TRUST_PROXY). */
  trustProxy: ProxyTrust;
  cookieSecure: 'auto' | 'always' | 'never';
  /** Base URL of the web app, for links in e-mails. */
  webUrl: string;
}

export interface AppDeps {
  database: Database;
  log: Logger;
  mailer: Mailer;
  auth: AuthSettings;
  skills: SkillIntelligence;
  search: SearchService;
  /** How old the figures of /api/health may be (default a second; tests want them fresh). */
  healthMaxAgeMs?: number;
  /** How many searches, suggestions and extractions run at once (default by database kind). */
  expensiveRequests?: ConcurrencyLimit;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    actor: Actor;
    deps: AppDeps;
    clientAddress: string;
    session?: ResolvedSession;
  };
}
