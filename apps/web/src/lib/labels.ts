import { OFFERING_LANGUAGES, proficiencyName } from '@kc/contract/vocabulary';
import type {
  ApplicationStatus,
  Availability,
  MembershipRole,
  OfferingFormat,
  OfferingKind,
  OfferingLanguage,
  OfferingStatus,
  OpportunityKind,
  OpportunityStatus,
  OrganisationKind,
  ProfileVisibility,
  ReuseLevel,
  SizeBand,
  SkillRelationType,
  SkillType,
  UnfilledCause,
  WorkMode,
} from '@kc/contract/vocabulary';
import { formatLanguage } from '$lib/format';
import { INTL_LOCALES, getLocale, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

/**
 * Labels for every closed vocabulary the web shows, as messages (called when rendering, so in
 * the visitor's language). Typed as Records so a new value fails the check.
 */
type Labels<K extends string> = Record<K, () => string>;

export const organisationKindLabels: Labels<OrganisationKind> = {
  company: m.organisation_kind_company,
  university: m.organisation_kind_university,
  research_institute: m.organisation_kind_research_institute,
  training_provider: m.organisation_kind_training_provider,
  business_support: m.organisation_kind_business_support,
};

export const organisationKindPluralLabels: Labels<OrganisationKind> = {
  company: m.organisation_kinds_company,
  university: m.organisation_kinds_university,
  research_institute: m.organisation_kinds_research_institute,
  training_provider: m.organisation_kinds_training_provider,
  business_support: m.organisation_kinds_business_support,
};

export const sizeBandLabels: Labels<SizeBand> = {
  micro: m.size_band_micro,
  small: m.size_band_small,
  medium: m.size_band_medium,
  large: m.size_band_large,
};

export const opportunityKindLabels: Labels<OpportunityKind> = {
  job: m.opportunity_kind_job,
  internship: m.opportunity_kind_internship,
  upskilling: m.opportunity_kind_upskilling,
  research_collaboration: m.opportunity_kind_research_collaboration,
};

export const unfilledCauseLabels: Labels<UnfilledCause> = {
  no_skilled_candidates: m.unfilled_cause_no_skilled_candidates,
  pay_or_conditions: m.unfilled_cause_pay_or_conditions,
  insufficient_experience: m.unfilled_cause_insufficient_experience,
  slow_hiring: m.unfilled_cause_slow_hiring,
  other: m.unfilled_cause_other,
};

export const opportunityStatusLabels: Labels<OpportunityStatus> = {
  draft: m.opportunity_status_draft,
  open: m.opportunity_status_open,
  closed: m.opportunity_status_closed,
  filled: m.opportunity_status_filled,
};

export const applicationStatusLabels: Labels<ApplicationStatus> = {
  applied: m.application_status_applied,
  shortlisted: m.application_status_shortlisted,
  accepted: m.application_status_accepted,
  rejected: m.application_status_rejected,
  withdrawn: m.application_status_withdrawn,
};

export const workModeLabels: Labels<WorkMode> = {
  on_site: m.work_mode_on_site,
  hybrid: m.work_mode_hybrid,
  remote: m.work_mode_remote,
};

export const offeringKindLabels: Labels<OfferingKind> = {
  degree_programme: m.offering_kind_degree_programme,
  course: m.offering_kind_course,
  training: m.offering_kind_training,
  bootcamp: m.offering_kind_bootcamp,
};

export const offeringFormatLabels: Labels<OfferingFormat> = {
  online: m.offering_format_online,
  on_site: m.offering_format_on_site,
  hybrid: m.offering_format_hybrid,
};

export const offeringStatusLabels: Labels<OfferingStatus> = {
  draft: m.offering_status_draft,
  published: m.offering_status_published,
  archived: m.offering_status_archived,
};

/** The languages most offerings here are taught in, listed before the rest. */
const FIRST_OFFERING_LANGUAGES: readonly OfferingLanguage[] = ['bg', 'en'];

/**
 * The language a new offering's form starts at: Bulgarian, the first of the list. (An offering
 * created without one through the API is still in DEFAULT_OFFERING_LANGUAGE.)
 */
export const NEW_OFFERING_LANGUAGE: OfferingLanguage = 'bg';

/** The languages an offering may be taught in as a form lists them: Bulgarian, English, then the rest by name in the visitor's language. */
export function offeringLanguageOptions(locale: Locale = getLocale()): OfferingLanguage[] {
  const collator = new Intl.Collator(INTL_LOCALES[locale]);
  const rest = OFFERING_LANGUAGES.filter((code) => !FIRST_OFFERING_LANGUAGES.includes(code)).sort((a, b) =>
    collator.compare(formatLanguage(a, locale), formatLanguage(b, locale)),
  );
  return [...FIRST_OFFERING_LANGUAGES, ...rest];
}

export const skillImportanceLabels: Labels<SkillRelationType> = {
  essential: m.skill_importance_essential,
  optional: m.skill_importance_optional,
};

export const availabilityLabels: Labels<Availability> = {
  not_available: m.availability_not_available,
  part_time: m.availability_part_time,
  full_time: m.availability_full_time,
};

export const skillTypeLabels: Labels<SkillType> = {
  knowledge: m.skill_type_knowledge,
  'skill/competence': m.skill_type_skill_competence,
};

export const reuseLevelLabels: Labels<ReuseLevel> = {
  transversal: m.reuse_level_transversal,
  'cross-sector': m.reuse_level_cross_sector,
  'sector-specific': m.reuse_level_sector_specific,
  'occupation-specific': m.reuse_level_occupation_specific,
};

export const membershipRoleLabels: Labels<MembershipRole> = {
  member: m.membership_role_member,
  admin: m.membership_role_admin,
};

/** Who may see a student profile, in a few words… */
export const profileVisibilityLabels: Labels<ProfileVisibility> = {
  private: m.visibility_private,
  cluster: m.visibility_cluster,
  public: m.visibility_public,
};

/** …and in plain words, for whoever chooses. */
export const profileVisibilityDescriptions: Labels<ProfileVisibility> = {
  private: m.visibility_private_description,
  cluster: m.visibility_cluster_description,
  public: m.visibility_public_description,
};

/** How a requirement was answered in a fit. */
export const fitOutcomeLabels: Labels<'matched' | 'partial' | 'missing'> = {
  matched: m.fit_outcome_matched,
  partial: m.fit_outcome_partial,
  missing: m.fit_outcome_missing,
};

/** How the held skill that gave a partial credit stands to the one asked for, as "a narrower skill". */
export const fitRelationLabels: Labels<'exact' | 'narrower' | 'broader' | 'related' | 'sibling'> = {
  exact: m.fit_relation_exact,
  narrower: m.fit_relation_narrower,
  broader: m.fit_relation_broader,
  related: m.fit_relation_related,
  sibling: m.fit_relation_sibling,
};

export const yesNoLabels: Labels<'true' | 'false'> = { true: m.yes, false: m.no };

/** "research_institute" → "Research institute", for values this build does not know yet. */
export function humanise(value: string): string {
  const spaced = value.replace(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Looks a value up in a label table, falling back to a humanised form of the value. */
export function labelOf<K extends string>(labels: Labels<K>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value as K]() : humanise(value);
}

const levelLabels: Labels<string> = {
  basic: m.level_basic,
  intermediate: m.level_intermediate,
  advanced: m.level_advanced,
  expert: m.level_expert,
};

/** 1 → "Basic", 4 → "Expert". */
export function levelLabel(level: number): string {
  return labelOf(levelLabels, proficiencyName(level));
}
