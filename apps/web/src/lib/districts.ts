import { SOFIA_DISTRICTS, type SofiaDistrict } from '@kc/contract/vocabulary';
import { INTL_LOCALES, getLocale, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

/**
 * Sofia's districts as the web shows them: stored by their English names (the contract's
 * `SOFIA_DISTRICTS`), shown by name in the visitor's language. Profiles and organisations saved
 * before the list may hold other text, which is shown as it was written.
 */
const DISTRICT_NAMES: Record<SofiaDistrict, typeof m.district_sredets> = {
  Sredets: m.district_sredets,
  'Krasno selo': m.district_krasno_selo,
  Vazrazhdane: m.district_vazrazhdane,
  Oborishte: m.district_oborishte,
  Serdika: m.district_serdika,
  Poduyane: m.district_poduyane,
  Slatina: m.district_slatina,
  Izgrev: m.district_izgrev,
  Lozenets: m.district_lozenets,
  Triaditsa: m.district_triaditsa,
  'Krasna polyana': m.district_krasna_polyana,
  Ilinden: m.district_ilinden,
  Nadezhda: m.district_nadezhda,
  Iskar: m.district_iskar,
  Mladost: m.district_mladost,
  Studentski: m.district_studentski,
  Vitosha: m.district_vitosha,
  'Ovcha kupel': m.district_ovcha_kupel,
  Lyulin: m.district_lyulin,
  Vrabnitsa: m.district_vrabnitsa,
  'Novi Iskar': m.district_novi_iskar,
  Kremikovtsi: m.district_kremikovtsi,
  Pancharevo: m.district_pancharevo,
  Bankya: m.district_bankya,
};

export function isSofiaDistrict(value: string | null | undefined): value is SofiaDistrict {
  return typeof value === 'string' && (SOFIA_DISTRICTS as readonly string[]).includes(value);
}

/** A stored district as the visitor reads it: "Studentski" → "Студентски" in Bulgarian; other text as it is. */
export function districtName(value: string, locale: Locale = getLocale()): string {
  return isSofiaDistrict(value) ? DISTRICT_NAMES[value]({}, { locale }) : value;
}

/**
 * What a district field offers: nothing ('', "Not given") first, then the districts by name in
 * the visitor's language, and the field's current value at the end when it is older free text,
 * so that saving the form keeps it.
 */
export function districtOptions(current: string | null | undefined, locale: Locale = getLocale()): string[] {
  const collator = new Intl.Collator(INTL_LOCALES[locale]);
  const districts = [...SOFIA_DISTRICTS].sort((a, b) => collator.compare(districtName(a, locale), districtName(b, locale)));
  return ['', ...districts, ...(current && !isSofiaDistrict(current) ? [current] : [])];
}

/** How a district field's option reads. */
export function districtOptionLabel(option: string): string {
  return option === '' ? m.district_not_given() : districtName(option);
}

/**
 * The district a form sends: one of the districts, or null when none is chosen. Any other value
 * can only be the older free text the field kept (see `districtOptions`), which the API no longer
 * takes: it is left out, so the stored text stays as it is.
 */
export function districtChange(value: string | null | undefined): { district?: SofiaDistrict | null } {
  if (!value) return { district: null };
  return isSofiaDistrict(value) ? { district: value } : {};
}
