import type { OccupationRef } from '@kc/contract';
import { getLocale, localizeHref } from './i18n.ts';

/** An occupation as the pages show and forms carry it: its URI and its name in each language. */
export type OccupationChoice = Pick<OccupationRef, 'uri' | 'preferredLabel' | 'names'>;

/** The contract's limit, repeated so that the browser bundle does not take in the contract's schemas. */
export const MAX_TARGET_OCCUPATIONS = 5;

/** An occupation's name in the page's language: Bulgarian where it has one, else English. */
export function occupationName(names: OccupationRef['names']): string {
  return getLocale() === 'bg' ? (names.bg ?? names.en) : names.en;
}

/** The gap view for an occupation, in the page's language. */
export function occupationGapHref(uri: string, extra: Record<string, string> = {}): string {
  return localizeHref(`/me/gap?${new URLSearchParams({ occupation: uri, ...extra })}`);
}
