import type { Database } from '@kc/db';

/** Who is calling. Authentication fills this in; handlers read it from the context only. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; isClusterAdmin: boolean; organisationIds: string[] };

export interface AppDeps {
  database: Database;
  log: Logger;
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
  };
}
