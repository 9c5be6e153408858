import { proficiencyName } from '@kc/contract/vocabulary';
import type {
  Availability,
  MembershipRole,
  OfferingFormat,
  OfferingKind,
  OfferingStatus,
  OpportunityKind,
  OpportunityStatus,
  OrganisationKind,
  ProfileVisibility,
  ReuseLevel,
  SizeBand,
  SkillRelationType,
  SkillType,
  WorkMode,
} from '@kc/contract/vocabulary';

/** Human labels for every closed vocabulary the web shows. Typed as Records so a new value fails the check. */

export const organisationKindLabels: Record<OrganisationKind, string> = {
  company: 'Company',
  university: 'University',
  research_institute: 'Research institute',
  training_provider: 'Training provider',
  business_support: 'Business support',
};

export const organisationKindPluralLabels: Record<OrganisationKind, string> = {
  company: 'Companies',
  university: 'Universities',
  research_institute: 'Research institutes',
  training_provider: 'Training providers',
  business_support: 'Business support',
};

export const sizeBandLabels: Record<SizeBand, string> = {
  micro: 'Micro (under 10 people)',
  small: 'Small (10–49 people)',
  medium: 'Medium (50–249 people)',
  large: 'Large (250+ people)',
};

export const opportunityKindLabels: Record<OpportunityKind, string> = {
  job: 'Job',
  internship: 'Internship',
  upskilling: 'Upskilling',
  research_collaboration: 'Research collaboration',
};

export const opportunityStatusLabels: Record<OpportunityStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
  filled: 'Filled',
};

export const workModeLabels: Record<WorkMode, string> = {
  on_site: 'On site',
  hybrid: 'Hybrid',
  remote: 'Remote',
};

export const offeringKindLabels: Record<OfferingKind, string> = {
  degree_programme: 'Degree programme',
  course: 'Course',
  training: 'Training',
  bootcamp: 'Bootcamp',
};

export const offeringFormatLabels: Record<OfferingFormat, string> = {
  online: 'Online',
  on_site: 'On site',
  hybrid: 'Hybrid',
};

export const offeringStatusLabels: Record<OfferingStatus, string> = {
  draft: 'Draft',
  published: 'Published',
  archived: 'Archived',
};

export const skillImportanceLabels: Record<SkillRelationType, string> = {
  essential: 'Essential',
  optional: 'Optional',
};

export const availabilityLabels: Record<Availability, string> = {
  not_available: 'Not available',
  part_time: 'Part time',
  full_time: 'Full time',
};

export const skillTypeLabels: Record<SkillType, string> = {
  knowledge: 'Knowledge',
  'skill/competence': 'Skill or competence',
};

export const reuseLevelLabels: Record<ReuseLevel, string> = {
  transversal: 'Transversal',
  'cross-sector': 'Cross-sector',
  'sector-specific': 'Sector-specific',
  'occupation-specific': 'Occupation-specific',
};

export const membershipRoleLabels: Record<MembershipRole, string> = {
  member: 'Member',
  admin: 'Administrator',
};

/** Who may see a student profile, in a few words… */
export const profileVisibilityLabels: Record<ProfileVisibility, string> = {
  private: 'Only me',
  cluster: 'Cluster members',
  public: 'Anyone (public)',
};

/** …and in plain words, for whoever chooses. */
export const profileVisibilityDescriptions: Record<ProfileVisibility, string> = {
  private: 'Nobody browsing the exchange sees your profile. Only organisations you apply to can open it.',
  cluster:
    'People signed in for a verified organisation of the Sofia knowledge cluster and the cluster administrators can find and open your profile, and so can organisations you apply to.',
  public: 'Anyone can find and open your profile, including visitors who are not signed in.',
};

/** "research_institute" → "Research institute", for values this build does not know yet. */
export function humanise(value: string): string {
  const spaced = value.replace(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Looks a value up in a label table, falling back to a humanised form of the value. */
export function labelOf<K extends string>(labels: Record<K, string>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value as K] : humanise(value);
}

/** 1 → "Basic", 4 → "Expert". */
export function levelLabel(level: number): string {
  return humanise(proficiencyName(level));
}
