import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { defineCustomServerStrategy } from '$lib/paraglide/runtime';
import { errorText } from '$lib/errors';
import { LOCALE_COOKIE, localeOfPath } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { whoAmI } from '$lib/server/api';
import { SESSION_COOKIE, endSession, readSessionCookie } from '$lib/server/session';

// An address that names its language wins over the cookie and Accept-Language (see $lib/i18n).
defineCustomServerStrategy('custom-page', {
  getLocale: (request) => (request ? localeOfPath(new URL(request.url).pathname) : undefined),
});

const YEAR_SECONDS = 365 * 24 * 3600;

/** The visitor's language for this request: messages, `<html lang>`, and the choice remembered. */
const i18n: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, async ({ request, locale }) => {
    event.request = request;
    const named = localeOfPath(event.url.pathname);
    if (named && event.cookies.get(LOCALE_COOKIE) !== named) {
      event.cookies.set(LOCALE_COOKIE, named, { path: '/', httpOnly: true, sameSite: 'lax', secure: event.url.protocol === 'https:', maxAge: YEAR_SECONDS });
    }
    const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale) });
    response.headers.set('content-language', locale);
    // Without a prefix the answer depends on the cookie and Accept-Language.
    if (!named) response.headers.append('vary', 'Cookie, Accept-Language');
    return response;
  });

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

const session: Handle = async ({ event, resolve }) => {
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

export const handle = sequence(i18n, session);

/** Requests the web app refuses on its own (SvelteKit's 4xx): the visitor's mistake, not ours. */
const CLIENT_ERRORS: Partial<Record<number, string>> = {
  400: 'BAD_REQUEST',
  403: 'FORBIDDEN',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status === 404) {
    return { message: m.error_no_page({ path: event.url.pathname }), code: 'NOT_FOUND' };
  }
  if (status >= 400 && status < 500) {
    const code = CLIENT_ERRORS[status];
    return code ? { code, message: errorText(code) } : { code: 'BAD_REQUEST', message: m.error_request_not_handled() };
  }
  const errorId = crypto.randomUUID();
  console.error(`[web] unexpected error ${errorId} on ${event.request.method} ${event.url.pathname}`, error);
  return { message: errorText('INTERNAL'), code: 'INTERNAL', errorId };
};
