import type { Handle, HandleServerError } from '@sveltejs/kit';
import { whoAmI } from '$lib/server/api';
import { SESSION_COOKIE, endSession, readSessionCookie } from '$lib/server/session';

/** Who is asking, once per request: the API says whom the session cookie's token belongs to. */
async function resolveUser(event: Parameters<Handle>[0]['event']): Promise<void> {
  event.locals.user = null;
  event.locals.token = readSessionCookie(event);
  if (!event.locals.token) return;
  const answer = await whoAmI(event, event.locals.token);
  if (answer.kind === 'user') event.locals.user = answer.user;
  else if (answer.kind === 'unknown-session') endSession(event);
  // `unavailable`: keep the cookie; pages that need the user say the service is not reachable.
}

export const handle: Handle = async ({ event, resolve }) => {
  await resolveUser(event);
  const response = await resolve(event);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  // Pages for a signed-in visitor are theirs alone: no shared cache may keep them.
  if (event.locals.token || event.cookies.get(SESSION_COOKIE) !== undefined) {
    response.headers.set('cache-control', 'private, no-store');
  }
  return response;
};

/** Requests the web app refuses on its own (SvelteKit's 4xx): the visitor's mistake, not ours. */
const CLIENT_ERRORS: Partial<Record<number, { code: string; message: string }>> = {
  400: { code: 'BAD_REQUEST', message: 'The request could not be read.' },
  403: { code: 'FORBIDDEN', message: 'This request is not allowed.' },
  405: { code: 'METHOD_NOT_ALLOWED', message: 'This page does not accept that kind of request.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'What was sent is too large.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Forms must be sent as form data (application/x-www-form-urlencoded or multipart/form-data).' },
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status === 404) {
    return { message: `There is no page at ${event.url.pathname}.`, code: 'NOT_FOUND' };
  }
  if (status >= 400 && status < 500) {
    return CLIENT_ERRORS[status] ?? { code: 'BAD_REQUEST', message: 'The request could not be handled.' };
  }
  const errorId = crypto.randomUUID();
  console.error(`[web] unexpected error ${errorId} on ${event.request.method} ${event.url.pathname}`, error);
  return { message: 'Something went wrong on our side.', code: 'INTERNAL', errorId };
};
