import type { Database } from '@kc/db';
import type { ProxyTrust } from '@kc/runtime';
import type { SearchEngine, SearchSync } from '@kc/search';
import type { Actor, ResolvedSession } from './actor.ts';
import type { ConcurrencyLimit } from './lib/concurrency.ts';
import type { Logger } from './lib/logger.ts';
import type { Mailer } from './ports/mailer.ts';
import type { SkillIntelligence } from './services/skill-intelligence.ts';

export interface AuthSettings {
  sessionTtlHours: number;
  clusterAdminEmails: string[];
  /** Whose X-Forwarded-* headers to believe (TRUST_PROXY). */
  trustProxy: ProxyTrust;
  cookieSecure: 'auto' | 'always' | 'never';
  /** Base URL of the web app, for links in e-mails. */
  webUrl: string;
}

/** The engine the API searches, and the worker that keeps it up to date. */
export interface SearchService {
  engine: SearchEngine;
  sync: SearchSync;
}

/** What requests ask of the mail outbox: send what is due now, without waiting for it. */
export interface MailSending {
  wake(): void;
  /** Resolves when nothing due is left to send. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export interface AppDeps {
  database: Database;
  log: Logger;
  mailer: Mailer;
  /** Sends the inbox's e-mails after the requests that made them (`services/mail-outbox.ts`). */
  mailOutbox: MailSending;
  auth: AuthSettings;
  skills: SkillIntelligence;
  search: SearchService;
  /** How old the figures of /api/health may be (default a second; tests want them fresh). */
  healthMaxAgeMs?: number;
  /** How many searches, suggestions and extractions run at once (default by database kind). */
  expensiveRequests?: ConcurrencyLimit;
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
