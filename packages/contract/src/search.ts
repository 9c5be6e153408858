import { z } from 'zod';
import { paginationQuery, text } from './common.ts';
import {
  AVAILABILITIES,
  OFFERING_FORMATS,
  OFFERING_KINDS,
  OPPORTUNITY_KINDS,
  ORGANISATION_KINDS,
  REUSE_LEVELS,
  SIZE_BANDS,
  SKILL_TYPES,
  WORK_MODES,
} from './vocabulary.ts';

/**
 * What can be searched, and how. One description per collection drives the engines' settings,
 * the API's query validation and the web page's facet panels.
 */
export const SEARCH_COLLECTIONS = ['opportunities', 'students', 'offerings', 'organisations', 'skills'] as const;
export type SearchCollection = (typeof SEARCH_COLLECTIONS)[number];

/**
 * What a facet is called, as a key: the web shows it in the visitor's language. Several
 * collections share a key where the facet means the same (`kind`, `status`, `district`).
 */
export const SEARCH_FACET_LABELS = [
  'kind',
  'workMode',
  'status',
  'location',
  'organisation',
  'availability',
  'studyYear',
  'institution',
  'district',
  'format',
  'language',
  'provider',
  'sector',
  'size',
  'verified',
  'type',
  'reuseLevel',
  'isLocal',
] as const;
export type SearchFacetLabel = (typeof SEARCH_FACET_LABELS)[number];

export interface SearchFacetSpec {
  field: string;
  label: SearchFacetLabel;
  /** The closed vocabulary, when there is one; free values otherwise. */
  values?: readonly string[];
}

export interface SearchSortSpec {
  field: string;
  direction: 'asc' | 'desc';
}

export interface SearchCollectionSpec {
  /** What the collection is called, as a key (its own name); the web shows it in the visitor's language. */
  label: SearchCollection;
  /** Text fields by weight: A counts most. */
  searchable: { field: string; weight: 'A' | 'B' | 'C' | 'D' }[];
  /** Short fields whose words are matched with typo tolerance. */
  fuzzy: string[];
  facets: SearchFacetSpec[];
  /**
   * Filterable fields the API sets itself (never offered to callers). `skillUris`, a document's
   * own skills without their broader ones, is what a matching shortlist weighs.
   */
  internalFilters: string[];
  /** Named orders; "relevance" is implicit and needs a query. */
  sorts: Record<string, SearchSortSpec>;
  /** The order when there is no query text. */
  defaultSort: string;
  /** Fields whose matched words the results mark. */
  highlight: string[];
}

const yesNo = ['true', 'false'] as const;

export const SEARCH_SPECS: Record<SearchCollection, SearchCollectionSpec> = {
  opportunities: {
    label: 'opportunities',
    searchable: [
      { field: 'title', weight: 'A' },
      { field: 'skillLabels', weight: 'B' },
      { field: 'organisationName', weight: 'B' },
      { field: 'description', weight: 'C' },
      { field: 'location', weight: 'D' },
    ],
    fuzzy: ['title', 'skillLabels', 'organisationName'],
    facets: [
      { field: 'kind', label: 'kind', values: OPPORTUNITY_KINDS },
      { field: 'workMode', label: 'workMode', values: WORK_MODES },
      { field: 'status', label: 'status', values: ['open', 'closed', 'filled'] },
      { field: 'location', label: 'location' },
      { field: 'organisationName', label: 'organisation' },
    ],
    internalFilters: ['organisationId', 'skillUris'],
    sorts: {
      recent: { field: 'recency', direction: 'desc' },
      deadline: { field: 'deadline', direction: 'asc' },
      title: { field: 'sortTitle', direction: 'asc' },
    },
    defaultSort: 'recent',
    highlight: ['title', 'description'],
  },
  students: {
    label: 'students',
    searchable: [
      { field: 'displayName', weight: 'A' },
      { field: 'headline', weight: 'A' },
      { field: 'skillLabels', weight: 'B' },
      { field: 'programme', weight: 'B' },
      { field: 'institutionName', weight: 'C' },
      { field: 'about', weight: 'D' },
    ],
    fuzzy: ['displayName', 'headline', 'skillLabels', 'programme'],
    facets: [
      { field: 'availability', label: 'availability', values: AVAILABILITIES },
      { field: 'studyYear', label: 'studyYear' },
      { field: 'institutionName', label: 'institution' },
      { field: 'district', label: 'district' },
    ],
    internalFilters: ['visibility', 'institutionId', 'skillUris'],
    sorts: {
      recent: { field: 'recency', direction: 'desc' },
      name: { field: 'sortTitle', direction: 'asc' },
    },
    defaultSort: 'recent',
    highlight: ['headline', 'about'],
  },
  offerings: {
    label: 'offerings',
    searchable: [
      { field: 'title', weight: 'A' },
      { field: 'skillLabels', weight: 'B' },
      { field: 'providerName', weight: 'B' },
      { field: 'description', weight: 'C' },
    ],
    fuzzy: ['title', 'skillLabels', 'providerName'],
    facets: [
      { field: 'kind', label: 'kind', values: OFFERING_KINDS },
      { field: 'format', label: 'format', values: OFFERING_FORMATS },
      { field: 'language', label: 'language' },
      { field: 'status', label: 'status', values: ['published', 'archived'] },
      { field: 'providerName', label: 'provider' },
    ],
    internalFilters: ['providerId', 'skillUris'],
    sorts: {
      recent: { field: 'recency', direction: 'desc' },
      starts: { field: 'startsOn', direction: 'asc' },
      title: { field: 'sortTitle', direction: 'asc' },
    },
    defaultSort: 'recent',
    highlight: ['title', 'description'],
  },
  organisations: {
    label: 'organisations',
    searchable: [
      { field: 'name', weight: 'A' },
      { field: 'sector', weight: 'B' },
      { field: 'description', weight: 'C' },
      { field: 'district', weight: 'D' },
    ],
    fuzzy: ['name', 'sector'],
    facets: [
      { field: 'kind', label: 'kind', values: ORGANISATION_KINDS },
      { field: 'sector', label: 'sector' },
      { field: 'district', label: 'district' },
      { field: 'sizeBand', label: 'size', values: SIZE_BANDS },
      { field: 'verified', label: 'verified', values: yesNo },
    ],
    internalFilters: [],
    sorts: {
      name: { field: 'sortTitle', direction: 'asc' },
      recent: { field: 'recency', direction: 'desc' },
    },
    defaultSort: 'name',
    highlight: ['name', 'description'],
  },
  skills: {
    label: 'skills',
    searchable: [
      { field: 'preferredLabel', weight: 'A' },
      { field: 'altLabels', weight: 'B' },
      { field: 'description', weight: 'D' },
    ],
    fuzzy: ['preferredLabel', 'altLabels'],
    facets: [
      { field: 'type', label: 'type', values: SKILL_TYPES },
      { field: 'reuseLevel', label: 'reuseLevel', values: REUSE_LEVELS },
      { field: 'isLocal', label: 'isLocal', values: yesNo },
    ],
    internalFilters: [],
    sorts: {
      label: { field: 'sortTitle', direction: 'asc' },
      popular: { field: 'popularity', direction: 'desc' },
    },
    defaultSort: 'popular',
    highlight: ['preferredLabel', 'description'],
  },
};

/** Filterable fields of a collection: its facets and the filters only the API sets. */
export function filterableFields(collection: SearchCollection): string[] {
  const spec = SEARCH_SPECS[collection];
  return [...spec.facets.map((f) => f.field), ...spec.internalFilters];
}

/** Fields every document carries for the engines' sake, left out of API answers. */
export const SEARCH_INTERNAL_FIELDS = ['skillPaths', 'skillLevels', 'recency', 'sortTitle', 'popularity'] as const;

const skillLists = {
  skillUris: z.array(z.string()),
  skillLabels: z.array(z.string()),
};

export const opportunityDocument = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(OPPORTUNITY_KINDS),
  status: z.string(),
  workMode: z.enum(WORK_MODES),
  location: z.string().nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  deadline: z.string().nullable(),
  startsOn: z.string().nullable(),
  updatedAt: z.string(),
  ...skillLists,
});
export const studentDocument = z.object({
  id: z.string(),
  displayName: z.string(),
  headline: z.string(),
  about: z.string(),
  programme: z.string().nullable(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  studyYear: z.string().nullable(),
  availability: z.enum(AVAILABILITIES),
  district: z.string().nullable(),
  visibility: z.string(),
  updatedAt: z.string(),
  ...skillLists,
});
export const offeringDocument = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(OFFERING_KINDS),
  format: z.enum(OFFERING_FORMATS),
  language: z.string(),
  status: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  startsOn: z.string().nullable(),
  hours: z.number().nullable(),
  costEur: z.number().nullable(),
  updatedAt: z.string(),
  ...skillLists,
});
export const organisationDocument = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  sector: z.string().nullable(),
  district: z.string().nullable(),
  sizeBand: z.string().nullable(),
  verified: z.string(),
  description: z.string(),
  updatedAt: z.string(),
});
export const skillDocument = z.object({
  id: z.string(),
  uri: z.string(),
  preferredLabel: z.string(),
  altLabels: z.array(z.string()),
  description: z.string(),
  type: z.string().nullable(),
  reuseLevel: z.string().nullable(),
  isLocal: z.string(),
});
export type OpportunityDocument = z.infer<typeof opportunityDocument>;
export type StudentDocument = z.infer<typeof studentDocument>;
export type OfferingDocument = z.infer<typeof offeringDocument>;
export type OrganisationDocument = z.infer<typeof organisationDocument>;
export type SkillDocument = z.infer<typeof skillDocument>;

export interface SearchDocuments {
  opportunities: OpportunityDocument;
  students: StudentDocument;
  offerings: OfferingDocument;
  organisations: OrganisationDocument;
  skills: SkillDocument;
}

export const searchDocumentSchemas = {
  opportunities: opportunityDocument,
  students: studentDocument,
  offerings: offeringDocument,
  organisations: organisationDocument,
  skills: skillDocument,
} satisfies Record<SearchCollection, z.ZodType>;

/** A run of text and whether it matched the query; the web marks the matched runs. */
export const highlightSegment = z.object({ text: z.string(), match: z.boolean() });
export type HighlightSegment = z.infer<typeof highlightSegment>;

export const MAX_SEARCH_SKILL_FILTERS = 10;
export const MAX_SEARCH_FILTER_VALUES = 20;

const filterValues = z
  .union([text(200), z.array(text(200)).max(MAX_SEARCH_FILTER_VALUES)])
  .optional()
  .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));

/** The query string of `GET /search/{collection}`: facet fields become repeatable parameters. */
export function searchQuerySchema(collection: SearchCollection) {
  const spec = SEARCH_SPECS[collection];
  const facetFilters = Object.fromEntries(spec.facets.map((f) => [f.field, filterValues.describe(`Only documents with one of these ${f.field} values (repeatable)`)]));
  return paginationQuery.extend({
    q: text(200).optional().describe('Words to look for; typos are tolerated'),
    skill: z
      .union([z.string().max(300), z.array(z.string().max(300)).max(MAX_SEARCH_SKILL_FILTERS)])
      .optional()
      .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]))
      .describe('Skill or skill-group URI; every one given is required, narrower skills count (repeatable)'),
    sort: z.enum(['relevance', ...Object.keys(spec.sorts)] as [string, ...string[]]).optional(),
    ...facetFilters,
  });
}

/** What `GET /search/{collection}` answers: that collection's documents with their highlights. */
export function searchResponseSchema<C extends SearchCollection>(collection: C) {
  return z.object({
    collection: z.literal(collection),
    engine: z.enum(['postgres', 'meilisearch']),
    q: z.string(),
    hits: z.array(
      z.object({
        document: searchDocumentSchemas[collection],
        highlights: z.record(z.string(), z.array(highlightSegment)),
      }),
    ),
    facets: z.record(z.string(), z.array(z.object({ value: z.string(), count: z.number().int() }))),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    tookMs: z.number(),
  });
}

export interface SearchResponse<C extends SearchCollection = SearchCollection> {
  collection: C;
  engine: 'postgres' | 'meilisearch';
  q: string;
  hits: { document: SearchDocuments[C]; highlights: Record<string, HighlightSegment[]> }[];
  facets: Record<string, { value: string; count: number }[]>;
  page: number;
  pageSize: number;
  total: number;
  tookMs: number;
}
