import { INTL_LOCALES, getLocale, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

interface Formats {
  date: Intl.DateTimeFormat;
  moment: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
  euro: Intl.NumberFormat;
  plural: Intl.PluralRules;
  language: Intl.DisplayNames;
}
const formats = new Map<Locale, Formats>();

/** Dates, numbers and money as they are written where the visitor's language is spoken. */
function formatsOf(locale: Locale): Formats {
  let found = formats.get(locale);
  if (!found) {
    const tag = INTL_LOCALES[locale];
    found = {
      date: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
      // Moments are told in the city's own time, the same on the server and in the browser.
      moment: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Sofia' }),
      number: new Intl.NumberFormat(tag),
      euro: new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
      plural: new Intl.PluralRules(tag),
      // Language names from the CLDR data the runtime carries, so no message is kept per language.
      language: new Intl.DisplayNames(tag, { type: 'language', fallback: 'none' }),
    };
    formats.set(locale, found);
  }
  return found;
}

/** "2026-03-12" or an ISO timestamp → "12 Mar 2026" in English; null or unparseable → null. */
export function formatDate(value: string | null | undefined, locale: Locale = getLocale()): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : formatsOf(locale).date.format(date);
}

/** An ISO timestamp → "3 Dec 2026, 15:42" in Sofia's time; null or unparseable → null. */
export function formatDateTime(value: string | null | undefined, locale: Locale = getLocale()): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : formatsOf(locale).moment.format(date);
}

export function formatNumber(value: number, locale: Locale = getLocale()): string {
  return formatsOf(locale).number.format(value);
}

export function formatEuro(value: number, locale: Locale = getLocale()): string {
  return value === 0 ? m.free_of_charge({}, { locale }) : formatsOf(locale).euro.format(value);
}

/**
 * A language by its ISO 639-1 code, named in the visitor's language: "bg" → "Bulgarian", or
 * "Български" for a Bulgarian visitor (capitalised, as a value on its own). A code without a
 * name is shown as the code, in capitals.
 */
export function formatLanguage(code: string, locale: Locale = getLocale()): string {
  let name: string | undefined;
  try {
    name = formatsOf(locale).language.of(code);
  } catch {
    // Not even shaped like a language code (a RangeError).
  }
  if (!name) return code.toUpperCase();
  return name.charAt(0).toLocaleUpperCase(INTL_LOCALES[locale]) + name.slice(1);
}

type CountMessage = (inputs: { count: string }, options?: { locale?: Locale }) => string;

/** A count in words, e.g. "1 result" / "2 results": the message for the locale's plural form, with the number formatted. */
export function plural(count: number, one: CountMessage, other: CountMessage, locale: Locale = getLocale()): string {
  const message = formatsOf(locale).plural.select(count) === 'one' ? one : other;
  return message({ count: formatNumber(count, locale) }, { locale });
}

/** Only http(s) links are rendered as links; anything else is not trusted. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function displayHost(href: string): string {
  try {
    const url = new URL(href);
    const path = url.pathname === '/' ? '' : url.pathname;
    return `${url.host.replace(/^www\./, '')}${path}`;
  } catch {
    return href;
  }
}

/** Plain text → paragraphs, split on blank lines; single newlines stay inside a paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A page's `<title>`: its parts, then the site's name. */
export function pageTitle(...parts: (string | null | undefined | false)[]): string {
  return [...parts.filter(Boolean), m.site_name()].join(' · ');
}
