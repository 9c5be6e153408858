import { pgEnum } from 'drizzle-orm/pg-core';
import {
  APPLICATION_STATUSES,
  AVAILABILITIES,
  MEMBERSHIP_ROLES,
  NOTIFICATION_KINDS,
  OFFERING_FORMATS,
  OFFERING_KINDS,
  OFFERING_STATUSES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  UNFILLED_CAUSES,
  ORGANISATION_KINDS,
  PROFILE_SKILL_SOURCES,
  PROFILE_VISIBILITIES,
  REUSE_LEVELS,
  SIZE_BANDS,
  SKILL_RELATION_TYPES,
  SKILL_TYPES,
  USER_LOCALES,
  WORK_MODES,
} from '@kc/contract/vocabulary';

export const organisationKind = pgEnum('organisation_kind', ORGANISATION_KINDS);
export const sizeBand = pgEnum('size_band', SIZE_BANDS);
export const membershipRole = pgEnum('membership_role', MEMBERSHIP_ROLES);
export const profileVisibility = pgEnum('profile_visibility', PROFILE_VISIBILITIES);
export const availability = pgEnum('availability', AVAILABILITIES);
export const skillType = pgEnum('skill_type', SKILL_TYPES);
export const reuseLevel = pgEnum('reuse_level', REUSE_LEVELS);
export const skillRelationType = pgEnum('skill_relation_type', SKILL_RELATION_TYPES);
export const opportunityKind = pgEnum('opportunity_kind', OPPORTUNITY_KINDS);
export const opportunityStatus = pgEnum('opportunity_status', OPPORTUNITY_STATUSES);
export const unfilledCause = pgEnum('unfilled_cause', UNFILLED_CAUSES);
export const workMode = pgEnum('work_mode', WORK_MODES);
export const offeringKind = pgEnum('offering_kind', OFFERING_KINDS);
export const offeringFormat = pgEnum('offering_format', OFFERING_FORMATS);
export const offeringStatus = pgEnum('offering_status', OFFERING_STATUSES);
export const profileSkillSource = pgEnum('profile_skill_source', PROFILE_SKILL_SOURCES);
export const applicationStatus = pgEnum('application_status', APPLICATION_STATUSES);
export const userLocale = pgEnum('user_locale', USER_LOCALES);
export const notificationKind = pgEnum('notification_kind', NOTIFICATION_KINDS);
