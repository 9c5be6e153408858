import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../context.ts';
import { createRouter } from '../../lib/router.ts';
import { ApiError } from '../../lib/errors.ts';
import { SESSION_COOKIE, trustsProxy } from '../../middleware/authenticate.ts';
import { requireUser } from '../../services/access.ts';
import {
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signIn,
  SIGN_UP_ACCEPTED,
  signUp,
  verifyEmail,
} from '../../services/auth/accounts.service.ts';
import { describeSession, resolveSession, revokeSession } from '../../services/auth/sessions.service.ts';
import { authRoutes as routes } from './auth.routes.ts';

function isSecure(c: Context<AppEnv>): boolean {
  const { cookieSecure, trustProxy } = c.var.deps.auth;
  if (cookieSecure !== 'auto') return cookieSecure === 'always';
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustsProxy(c, trustProxy) && c.req.header('x-forwarded-proto') === 'https';
}

const meta = (c: Context<AppEnv>) => ({ clientAddress: c.var.clientAddress, userAgent: c.req.header('user-agent') ?? null });

/** Sets the session cookie and describes the new session, token included. */
async function signedIn(c: Context<AppEnv>, started: { token: string; expiresAt: Date }) {
  setCookie(c, SESSION_COOKIE, started.token, { httpOnly: true, sameSite: 'Lax', secure: isSecure(c), path: '/', expires: started.expiresAt });
  const resolved = await resolveSession(c.var.deps, started.token);
  if (!resolved) throw new ApiError('INTERNAL', 'The new session could not be read back.');
  return { ...(await describeSession(c.var.deps, resolved)), token: started.token };
}

export const authRouter = createRouter()
  .openapi(routes.signUp, async (c) => {
    await signUp(c.var.deps, c.req.valid('json'), meta(c));
    return c.json({ message: SIGN_UP_ACCEPTED }, 202);
  })
  .openapi(routes.signIn, async (c) => c.json(await signedIn(c, await signIn(c.var.deps, c.req.valid('json'), meta(c))), 200))
  .openapi(routes.signOut, async (c) => {
    requireUser(c.var.actor);
    if (c.var.session) await revokeSession(c.var.deps, c.var.session.actor.sessionId);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  })
  .openapi(routes.session, async (c) => {
    requireUser(c.var.actor);
    if (!c.var.session) throw new ApiError('UNAUTHORIZED', 'Sign in first.');
    return c.json(await describeSession(c.var.deps, c.var.session), 200);
  })
  .openapi(routes.verifyEmail, async (c) => c.json(await signedIn(c, await verifyEmail(c.var.deps, c.req.valid('json'), meta(c))), 200))
  .openapi(routes.resendVerification, async (c) => {
    await resendVerification(c.var.deps, requireUser(c.var.actor), meta(c));
    return c.json({ message: 'We sent the confirmation e-mail again.' }, 202);
  })
  .openapi(routes.requestPasswordReset, async (c) => {
    await requestPasswordReset(c.var.deps, c.req.valid('json').email, meta(c));
    return c.json({ message: 'If an account uses this address, a reset link is on its way.' }, 202);
  })
  .openapi(routes.resetPassword, async (c) => {
    const { token, password } = c.req.valid('json');
    await resetPassword(c.var.deps, token, password, meta(c));
    return c.json({ message: 'Your password is changed; sign in with it.' }, 200);
  });
