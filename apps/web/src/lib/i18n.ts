import { baseLocale, getLocale, isLocale, locales, type Locale } from '$lib/paraglide/runtime';
import { pageQuery } from '$lib/url';

/**
 * The visitor's language. A path may name it (`/bg/search`, shareable; `/en/...` for English
 * when the cookie says otherwise); without a prefix the locale cookie, then Accept-Language,
 * then English decide (see `hooks.server.ts`). Links of a Bulgarian page carry `/bg`, links of
 * an English page none, so existing addresses keep working.
 */
export { baseLocale, getLocale, locales, type Locale };

/** The cookie that remembers a language chosen by visiting a prefixed address. */
export const LOCALE_COOKIE = 'PARAGLIDE_LOCALE';

/** The `Intl` locale of each language: dates, numbers and money are written as there. */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', bg: 'bg-BG' };

const PREFIX = /^\/([a-z]{2})(?=\/|$)/;

/** The language a path names with its first segment, if any. */
export function localeOfPath(pathname: string): Locale | undefined {
  const match = PREFIX.exec(pathname);
  return match && isLocale(match[1]) ? match[1] : undefined;
}

/** The path without its language prefix: `/bg/search` → `/search`, `/bg` → `/`. */
export function delocalizePath(pathname: string): string {
  if (!localeOfPath(pathname)) return pathname;
  return pathname.replace(PREFIX, '') || '/';
}

/**
 * A link of this site in a language: `/search?q=x` → `/bg/search?q=x` for Bulgarian, unchanged
 * for English. Anything that is not a path of this site is given back as it is.
 */
export function localizeHref(href: string, locale: Locale = getLocale()): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const [path = '/', rest = ''] = splitPath(href);
  const plain = delocalizePath(path);
  if (locale === baseLocale) return `${plain}${rest}`;
  return `/${locale}${plain === '/' ? '' : plain}${rest}`;
}

/** The same page in another language, with the prefix that makes the choice explicit (and remembered), without form-action keys. */
export function switchLocaleHref(url: URL, locale: Locale): string {
  const plain = delocalizePath(url.pathname);
  const search = pageQuery(url).toString();
  return `/${locale}${plain === '/' ? '' : plain}${search ? `?${search}` : ''}`;
}

function splitPath(href: string): [string, string] {
  const at = href.search(/[?#]/);
  return at === -1 ? [href, ''] : [href.slice(0, at), href.slice(at)];
}
