import { OPPORTUNITY_KINDS, ORGANISATION_KINDS } from '@kc/contract/vocabulary';
import { readEnum } from '$lib/query';

/** The dashboard's filters as the page URL carries them; anything malformed is left out. */
export interface ShortageFilters {
  sector?: string;
  organisationKind?: (typeof ORGANISATION_KINDS)[number];
  opportunityKind?: (typeof OPPORTUNITY_KINDS)[number];
  occupation?: string;
  month?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const URI = /^(https?:\/\/|urn:)\S{1,290}$/;

export function readShortageFilters(url: URL): ShortageFilters {
  const filters: ShortageFilters = {};
  const sector = url.searchParams.get('sector')?.trim();
  if (sector && sector.length <= 120) filters.sector = sector;
  const organisationKind = readEnum(url, 'organisationKind', ORGANISATION_KINDS);
  if (organisationKind) filters.organisationKind = organisationKind;
  const opportunityKind = readEnum(url, 'opportunityKind', OPPORTUNITY_KINDS);
  if (opportunityKind) filters.opportunityKind = opportunityKind;
  const occupation = url.searchParams.get('occupation');
  if (occupation && URI.test(occupation)) filters.occupation = occupation;
  const month = url.searchParams.get('month');
  if (month && MONTH.test(month)) filters.month = month;
  return filters;
}

/** A skill (or group) URI from the URL, for the trend. */
export function readConceptUri(url: URL, name: string): string | undefined {
  const raw = url.searchParams.get(name);
  return raw && URI.test(raw) ? raw : undefined;
}
