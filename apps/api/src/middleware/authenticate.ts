import { getConnInfo } from '@hono/node-server/conninfo';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, AuthSettings } from '../context.ts';
import { clientKey, resolveClientAddress } from '@kc/runtime';
import { ApiError } from '../lib/errors.ts';
import { resolveSession } from '../services/auth/sessions.service.ts';

export const SESSION_COOKIE = 'kc_session';
export const CSRF_HEADER = 'x-csrf-token';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that start or recover a session: they never act on the caller's existing session. */
const CSRF_EXEMPT = new Set(['/api/v1/auth/sign-in', '/api/v1/auth/sign-up', '/api/v1/auth/verify-email', '/api/v1/auth/password-reset/request', '/api/v1/auth/password-reset/confirm']);

function peerAddress(c: Context<AppEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** Whether to believe X-Forwarded-For and X-Forwarded-Proto on this request. */
export function trustsProxy(c: Context<AppEnv>, trustProxy: AuthSettings['trustProxy']): boolean {
  const peer = peerAddress(c);
  return peer !== undefined && trustProxy.peer(peer);
}

/** The client that throttles count: see `resolveClientAddress` and `clientKey`. */
export function clientAddress(c: Context<AppEnv>, trustProxy: AuthSettings['trustProxy']): string {
  return clientKey(resolveClientAddress(peerAddress(c), c.req.header('x-forwarded-for'), trustProxy));
}

/**
 * Resolves the caller from a Bearer token or the session cookie. Cookie-authenticated writes
 * must echo the session's CSRF token in X-CSRF-Token: a cookie alone proves nothing about
 * which site sent the request.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { deps } = c.var;
    c.set('clientAddress', clientAddress(c, deps.auth.trustProxy));
    c.set('actor', { kind: 'anonymous' });
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookie = getCookie(c, SESSION_COOKIE);
    const token = bearer ?? cookie;
    if (!token) return next();
    const resolved = token.length <= 200 ? await resolveSession(deps, token) : null;
    if (!resolved) {
      if (bearer) throw new ApiError('UNAUTHORIZED', 'The session token is unknown or has expired; sign in again.');
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return next();
    }
    if (!bearer && UNSAFE_METHODS.has(c.req.method) && !CSRF_EXEMPT.has(c.req.path) && c.req.header(CSRF_HEADER) !== resolved.csrfToken) {
      throw new ApiError('FORBIDDEN', `Cookie-authenticated writes need the session's CSRF token in the ${CSRF_HEADER} header.`);
    }
    c.set('actor', resolved.actor);
    c.set('session', resolved);
    return next();
  };
}
