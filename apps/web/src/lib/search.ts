import type {
  HighlightSegment,
  OfferingDocument,
  OpportunityDocument,
  OrganisationDocument,
  SearchCollection,
  SearchFacetLabel,
  SkillDocument,
  StudentDocument,
} from '@kc/contract';
import {
  availabilityLabels,
  labelOf,
  offeringFormatLabels,
  offeringKindLabels,
  offeringStatusLabels,
  opportunityKindLabels,
  opportunityStatusLabels,
  organisationKindLabels,
  reuseLevelLabels,
  sizeBandLabels,
  skillTypeLabels,
  workModeLabels,
  yesNoLabels,
} from './labels.ts';
import { districtName } from './districts.ts';
import { formatLanguage } from './format.ts';
import { localizeHref } from './i18n.ts';
import { m } from './paraglide/messages.js';

/** What a search page shows, as read from its URL; every link of the page is built from one. */
export interface SearchLocation {
  collection: SearchCollection;
  q: string;
  /** A sort name of the collection; null for the default (best match with words, else the collection's own). */
  sort: string | null;
  page: number;
  /** Skill URIs, all required. */
  skills: string[];
  /** Facet field → accepted values, in the collection's facet order; only fields with values. */
  filters: Record<string, string[]>;
}

type Highlights = Record<string, HighlightSegment[]>;

/** A hit with its collection beside it, so a page can tell the documents apart. */
export type SearchHitView =
  | { collection: 'opportunities'; document: OpportunityDocument; highlights: Highlights }
  | { collection: 'students'; document: StudentDocument; highlights: Highlights }
  | { collection: 'offerings'; document: OfferingDocument; highlights: Highlights }
  | { collection: 'organisations'; document: OrganisationDocument; highlights: Highlights }
  | { collection: 'skills'; document: SkillDocument; highlights: Highlights };

/** Collections whose documents carry skills; organisations have none, so a skill filter would find nothing. */
const WITH_SKILLS: readonly SearchCollection[] = ['opportunities', 'students', 'offerings', 'skills'];

export function searchHref(location: SearchLocation): string {
  const params = new URLSearchParams({ in: location.collection });
  if (location.q) params.set('q', location.q);
  for (const [field, values] of Object.entries(location.filters)) for (const value of values) params.append(field, value);
  for (const uri of location.skills) params.append('skill', uri);
  if (location.sort) params.set('sort', location.sort);
  if (location.page > 1) params.set('page', String(location.page));
  return localizeHref(`/search?${params}`);
}

/** A fresh search of one collection: nothing but the words and, where they apply, the skills. */
export function collectionLocation(from: SearchLocation, collection: SearchCollection): SearchLocation {
  return {
    collection,
    q: from.q,
    sort: null,
    page: 1,
    skills: WITH_SKILLS.includes(collection) ? from.skills : [],
    filters: {},
  };
}

/** Everything a skill chip links to: the collection, filtered by that skill alone. */
export function skillLocation(collection: SearchCollection, uri: string): SearchLocation {
  return { collection, q: '', sort: null, page: 1, skills: [uri], filters: {} };
}

export function withoutFilter(location: SearchLocation, field: string, value: string): SearchLocation {
  const filters: Record<string, string[]> = {};
  for (const [f, values] of Object.entries(location.filters)) {
    const kept = f === field ? values.filter((v) => v !== value) : values;
    if (kept.length > 0) filters[f] = kept;
  }
  return { ...location, filters, page: 1 };
}

export function withoutSkill(location: SearchLocation, uri: string): SearchLocation {
  return { ...location, skills: location.skills.filter((s) => s !== uri), page: 1 };
}

export function withoutAnyFilter(location: SearchLocation): SearchLocation {
  return { ...location, skills: [], filters: {}, page: 1 };
}

export function hasFilters(location: SearchLocation): boolean {
  return location.skills.length > 0 || Object.keys(location.filters).length > 0;
}

const SORT_LABELS: Record<string, () => string> = {
  relevance: m.search_sort_relevance,
  recent: m.search_sort_recent,
  deadline: m.search_sort_deadline,
  title: m.search_sort_title,
  name: m.search_sort_name,
  starts: m.search_sort_starts,
  label: m.search_sort_name,
  popular: m.search_sort_popular,
};

export function sortLabel(sort: string): string {
  return labelOf(SORT_LABELS, sort);
}

const COLLECTION_LABELS: Record<SearchCollection, () => string> = {
  opportunities: m.search_collection_opportunities,
  students: m.search_collection_students,
  offerings: m.search_collection_offerings,
  organisations: m.search_collection_organisations,
  skills: m.search_collection_skills,
};

/** A collection's name, e.g. on its tab. */
export function collectionLabel(collection: SearchCollection): string {
  return COLLECTION_LABELS[collection]();
}

const COLLECTION_SEARCH_LABELS: Record<SearchCollection, () => string> = {
  opportunities: m.search_in_opportunities,
  students: m.search_in_students,
  offerings: m.search_in_offerings,
  organisations: m.search_in_organisations,
  skills: m.search_in_skills,
};

/** "Search opportunities": the search field's label and the page title. */
export function collectionSearchLabel(collection: SearchCollection): string {
  return COLLECTION_SEARCH_LABELS[collection]();
}

const FACET_LABELS: Record<SearchFacetLabel, () => string> = {
  kind: m.search_facet_kind,
  workMode: m.search_facet_work_mode,
  status: m.search_facet_status,
  location: m.search_facet_location,
  organisation: m.search_facet_organisation,
  availability: m.search_facet_availability,
  studyYear: m.search_facet_study_year,
  institution: m.search_facet_institution,
  district: m.search_facet_district,
  format: m.search_facet_format,
  language: m.search_facet_language,
  provider: m.search_facet_provider,
  sector: m.search_facet_sector,
  size: m.search_facet_size,
  verified: m.search_facet_verified,
  type: m.search_facet_type,
  reuseLevel: m.search_facet_reuse_level,
  isLocal: m.search_facet_local,
};

/** What a facet is called, from the key the contract gives it. */
export function facetLabel(label: SearchFacetLabel): string {
  return FACET_LABELS[label]();
}

const FACET_VALUE_LABELS: Record<SearchCollection, Record<string, Record<string, () => string>>> = {
  opportunities: { kind: opportunityKindLabels, workMode: workModeLabels, status: opportunityStatusLabels },
  students: { availability: availabilityLabels },
  offerings: { kind: offeringKindLabels, format: offeringFormatLabels, status: offeringStatusLabels },
  organisations: { kind: organisationKindLabels, sizeBand: sizeBandLabels, verified: yesNoLabels },
  skills: { type: skillTypeLabels, reuseLevel: reuseLevelLabels, isLocal: yesNoLabels },
};

/** How a facet value reads: a closed vocabulary's label, or the free value as it is. */
export function facetValueLabel(collection: SearchCollection, field: string, value: string): string {
  const labels = FACET_VALUE_LABELS[collection][field];
  if (labels) return labelOf(labels, value);
  if (collection === 'students' && field === 'studyYear') return m.search_study_year({ year: value });
  if (collection === 'offerings' && field === 'language') return formatLanguage(value);
  if (field === 'district') return districtName(value);
  return value;
}
