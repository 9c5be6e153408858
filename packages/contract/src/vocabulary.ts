/**
 * The closed vocabularies of the platform, defined once. The database enums, the API
 * validation and the web labels are all derived from these lists.
 */

/** One proficiency scale for every skill everywhere: 1 basic … 4 expert. */
export const PROFICIENCY_LEVELS = [
  { level: 1, name: 'basic' },
  { level: 2, name: 'intermediate' },
  { level: 3, name: 'advanced' },
  { level: 4, name: 'expert' },
] as const;
export type ProficiencyLevel = (typeof PROFICIENCY_LEVELS)[number]['level'];
export const MIN_PROFICIENCY = 1;
export const MAX_PROFICIENCY = 4;
export function proficiencyName(level: number): string {
  return PROFICIENCY_LEVELS.find((p) => p.level === level)?.name ?? 'unknown';
}

export const ORGANISATION_KINDS = [
  'company',
  'university',
  'research_institute',
  'training_provider',
  'business_support',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const MEMBERSHIP_ROLES = ['member', 'admin'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const PROFILE_VISIBILITIES = ['private', 'cluster', 'public'] as const;
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];

export const AVAILABILITIES = ['not_available', 'part_time', 'full_time'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export const SKILL_TYPES = ['knowledge', 'skill/competence'] as const;
export type SkillType = (typeof SKILL_TYPES)[number];

export const REUSE_LEVELS = ['transversal', 'cross-sector', 'sector-specific', 'occupation-specific'] as const;
export type ReuseLevel = (typeof REUSE_LEVELS)[number];

export const SKILL_RELATION_TYPES = ['essential', 'optional'] as const;
export type SkillRelationType = (typeof SKILL_RELATION_TYPES)[number];

export const OPPORTUNITY_KINDS = ['job', 'internship', 'upskilling', 'research_collaboration'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const OPPORTUNITY_STATUSES = ['draft', 'open', 'closed', 'filled'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/**
 * Why an opportunity was closed unfilled, in the categories of Cedefop's employer surveys: no
 * candidate had the skills; pay or conditions were not competitive; candidates had the skills but
 * not the experience or level; the hiring process was too slow; other. Optional, and private to
 * the organisation and the cluster's aggregates.
 */
export const UNFILLED_CAUSES = ['no_skilled_candidates', 'pay_or_conditions', 'insufficient_experience', 'slow_hiring', 'other'] as const;
export type UnfilledCause = (typeof UNFILLED_CAUSES)[number];

export const WORK_MODES = ['on_site', 'hybrid', 'remote'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

export const OFFERING_KINDS = ['degree_programme', 'course', 'training', 'bootcamp'] as const;
export type OfferingKind = (typeof OFFERING_KINDS)[number];

export const OFFERING_FORMATS = ['online', 'on_site', 'hybrid'] as const;
export type OfferingFormat = (typeof OFFERING_FORMATS)[number];

export const OFFERING_STATUSES = ['draft', 'published', 'archived'] as const;
export type OfferingStatus = (typeof OFFERING_STATUSES)[number];

/**
 * The languages an offering may be taught in, as ISO 639-1 codes: the official languages of the
 * EU, and Russian, Turkish and Ukrainian, spoken by many in Sofia. Bulgarian and English first.
 */
export const OFFERING_LANGUAGES = [
  'bg',
  'en',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  'ru',
  'tr',
  'uk',
] as const;
export type OfferingLanguage = (typeof OFFERING_LANGUAGES)[number];
/** What an offering is taught in when nothing is said; the database's column default too. */
export const DEFAULT_OFFERING_LANGUAGE: OfferingLanguage = 'en';

/**
 * Sofia's 24 administrative districts (райони), in their official order, each by the English
 * transliteration of its name: the value stored on a student profile or an organisation. The web
 * shows them by name in the visitor's language. Older rows may hold other text.
 */
export const SOFIA_DISTRICTS = [
  'Sredets',
  'Krasno selo',
  'Vazrazhdane',
  'Oborishte',
  'Serdika',
  'Poduyane',
  'Slatina',
  'Izgrev',
  'Lozenets',
  'Triaditsa',
  'Krasna polyana',
  'Ilinden',
  'Nadezhda',
  'Iskar',
  'Mladost',
  'Studentski',
  'Vitosha',
  'Ovcha kupel',
  'Lyulin',
  'Vrabnitsa',
  'Novi Iskar',
  'Kremikovtsi',
  'Pancharevo',
  'Bankya',
] as const;
export type SofiaDistrict = (typeof SOFIA_DISTRICTS)[number];

export const PROFILE_SKILL_SOURCES = ['declared', 'offering', 'extracted'] as const;
export type ProfileSkillSource = (typeof PROFILE_SKILL_SOURCES)[number];

export const APPLICATION_STATUSES = ['applied', 'shortlisted', 'rejected', 'accepted', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * How an application moves, and who moves it: the organisation shortlists, accepts or rejects;
 * the student withdraws, also after an offer. Rejected and withdrawn are final.
 */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, { organisation: ApplicationStatus[]; applicant: ApplicationStatus[] }> = {
  applied: { organisation: ['shortlisted', 'accepted', 'rejected'], applicant: ['withdrawn'] },
  shortlisted: { organisation: ['accepted', 'rejected'], applicant: ['withdrawn'] },
  accepted: { organisation: [], applicant: ['withdrawn'] },
  rejected: { organisation: [], applicant: [] },
  withdrawn: { organisation: [], applicant: [] },
};

/** The languages people use the platform in, and are written to in. */
export const USER_LOCALES = ['en', 'bg'] as const;
export type UserLocale = (typeof USER_LOCALES)[number];

/** What the inbox tells: an application arrived at an organisation, or one moved along its pipeline. */
export const NOTIFICATION_KINDS = ['application_received', 'application_moved', 'demand_alert'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const ESCO_ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';
export const ESCO_VERSION = 'v1.1.1';

export const MIN_PASSWORD_LENGTH = 10;

/** The languages occupation names are held in: ESCO's own English, and Bulgarian. */
export const OCCUPATION_LANGUAGES = ['en', 'bg'] as const;
export type OccupationLanguage = (typeof OCCUPATION_LANGUAGES)[number];
