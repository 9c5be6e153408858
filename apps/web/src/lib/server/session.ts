import { error, redirect, type Cookies } from '@sveltejs/kit';
import type { CurrentUser } from '@kc/contract';
import { delocalizePath, localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { pageQuery } from '$lib/url';

/**
 * The web app's own session: the API's session token, kept in an httpOnly cookie on the web
 * origin. The browser never talks to the API; the SvelteKit server sends the token as a Bearer.
 */
export const SESSION_COOKIE = 'kc_session';
const NOTICE_COOKIE = 'kc_notice';
const MAX_TOKEN_LENGTH = 200;

interface SessionEvent {
  cookies: Cookies;
  url: URL;
  locals: App.Locals;
}

const cookieOptions = (url: URL) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: url.protocol === 'https:',
});

/** The token from the cookie, or null when there is none or it cannot be one. */
export function readSessionCookie(event: SessionEvent): string | null {
  const token = event.cookies.get(SESSION_COOKIE);
  if (!token) return null;
  if (token.length > MAX_TOKEN_LENGTH || !/^[\w.~+/=-]+$/.test(token)) {
    event.cookies.delete(SESSION_COOKIE, cookieOptions(event.url));
    return null;
  }
  return token;
}

/** Starts the web session after the API signed the user in. */
export function startSession(event: SessionEvent, token: string, expiresAt: string): void {
  const expires = new Date(expiresAt);
  event.cookies.set(SESSION_COOKIE, token, {
    ...cookieOptions(event.url),
    ...(Number.isNaN(expires.getTime()) ? {} : { expires }),
  });
  event.locals.token = token;
}

/** Forgets the session on this side: the cookie and what this request knows about the user. */
export function endSession(event: SessionEvent): void {
  event.cookies.delete(SESSION_COOKIE, cookieOptions(event.url));
  event.locals.user = null;
  event.locals.token = null;
}

/**
 * Where to go after signing in: a page of this site, or `fallback`. Decided the way a browser
 * will read it, by resolving against the site's origin (so `/\t/evil.example`, which browsers
 * read as `//evil.example`, is another origin and refused), and given back percent-encoded, so
 * it is always a valid `Location`.
 */
export function safeNext(raw: FormDataEntryValue | string | null | undefined, fallback: string, origin: string): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 500 || !raw.startsWith('/')) return fallback;
  let target: URL;
  try {
    target = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (target.origin !== new URL(origin).origin) return fallback;
  // A path that normalises to `//host` (`/.//evil.example`) would leave the site as a Location.
  if (target.pathname.startsWith('//')) return fallback;
  // The sign-in pages themselves are no destination.
  if (/^\/(sign-in|sign-up|sign-out)(\/|$)/.test(delocalizePath(target.pathname))) return fallback;
  return `${target.pathname}${target.search}${target.hash}`;
}

/** Where to go once the address is confirmed: kept from the sign-up, in this browser only. */
const NEXT_COOKIE = 'kc_next';

export function rememberNext(event: SessionEvent, next: string): void {
  if (next) event.cookies.set(NEXT_COOKIE, next, { ...cookieOptions(event.url), maxAge: 48 * 3600 });
}

/** Reads and forgets where to go after confirming, checked again as it comes from the browser. */
export function takeNext(event: SessionEvent, fallback: string): string {
  const next = event.cookies.get(NEXT_COOKIE);
  if (next === undefined) return fallback;
  event.cookies.delete(NEXT_COOKIE, cookieOptions(event.url));
  return safeNext(next, fallback, event.url.origin);
}

/** The sign-in page in the visitor's language, coming back to `next` afterwards. */
export function signInHref(next: string): string {
  return localizeHref(`/sign-in?next=${encodeURIComponent(next)}`);
}

/** The current page as a `next` target, without form-action parameters (`?/visibility`). */
export function currentPath(url: URL): string {
  const search = pageQuery(url).toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}

/**
 * The signed-in user, or a redirect to the sign-in page. When the API could not be asked who the
 * session belongs to, says so instead of pretending the visitor is signed out.
 */
export function requireUser(event: SessionEvent, next = currentPath(event.url)): CurrentUser {
  if (event.locals.user) return event.locals.user;
  if (event.locals.token) {
    error(503, { message: m.error_sign_in_unverifiable(), code: 'API_UNREACHABLE' });
  }
  redirect(303, signInHref(next));
}

/** One-time messages shown on the next page, after a redirect. */
const NOTICES = {
  welcome: m.notice_welcome,
  'signed-out': m.notice_signed_out,
  'account-deleted': m.notice_account_deleted,
  'invitation-accepted': m.notice_invitation_accepted,
  'organisation-created': m.notice_organisation_created,
  'organisation-left': m.notice_organisation_left,
} as const;
export type NoticeKey = keyof typeof NOTICES;

export function setNotice(event: SessionEvent, key: NoticeKey): void {
  event.cookies.set(NOTICE_COOKIE, key, { ...cookieOptions(event.url), maxAge: 60 });
}

/** Reads and forgets the pending notice. */
export function takeNotice(event: SessionEvent): string | null {
  const key = event.cookies.get(NOTICE_COOKIE);
  if (!key) return null;
  event.cookies.delete(NOTICE_COOKIE, cookieOptions(event.url));
  return Object.hasOwn(NOTICES, key) ? NOTICES[key as NoticeKey]() : null;
}
