import type { MiddlewareHandler } from 'hono';
import type { AccessLevel } from '@kc/contract';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../lib/errors.ts';

const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.actor.kind !== 'user') throw new ApiError('UNAUTHORIZED', 'Sign in first.');
  await next();
};
const anyone: MiddlewareHandler<AppEnv> = (_c, next) => next();

/**
 * The first step of a route, before its parameters, query and body are validated and before
 * anything is looked up: every level but `public` needs a signed-in caller, so someone who may
 * not call the route learns neither the fields it expects nor whether a record exists (401).
 * Whether this user may act on this record (a member of its organisation, its owner) is for the
 * services to decide.
 */
export const requireAccess = (level: AccessLevel): MiddlewareHandler<AppEnv> => (level === 'public' ? anyone : signedIn);
