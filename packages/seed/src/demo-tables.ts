import type {
  ApplicationStatus,
  Availability,
  MembershipRole,
  OfferingFormat,
  OfferingKind,
  OfferingStatus,
  OpportunityKind,
  OpportunityStatus,
  OrganisationKind,
  ProfileSkillSource,
  ProfileVisibility,
  SizeBand,
  SkillRelationType,
  UnfilledCause,
  WorkMode,
} from '@kc/contract/vocabulary';
import { col, DemoTable, type BulkSource } from './demo-table.ts';

/** The tables the demo fills, in foreign-key-safe insert order. */
export const DEMO_TABLE_NAMES = [
  'organisations',
  'users',
  'memberships',
  'offerings',
  'offering_skills',
  'student_profiles',
  'profile_skills',
  'profile_target_occupations',
  'opportunities',
  'opportunity_skills',
  'applications',
] as const;
export type DemoTableName = (typeof DEMO_TABLE_NAMES)[number];
export type TableCounts = Record<DemoTableName, number>;

export function zeroCounts(): TableCounts {
  return Object.fromEntries(DEMO_TABLE_NAMES.map((name) => [name, 0])) as TableCounts;
}

const lifecycle = { createdAt: col.timestamp, updatedAt: col.timestamp };

export function createDemoTables() {
  return {
    organisations: new DemoTable(
      'organisations',
      {
        id: col.uuid,
        kind: col.enumOf<OrganisationKind>('organisation_kind'),
        name: col.text,
        nameKey: col.text,
        slug: col.text,
        sector: col.textOrNull,
        description: col.text,
        website: col.textOrNull,
        district: col.textOrNull,
        sizeBand: col.enumOrNullOf<SizeBand>('size_band'),
        verified: col.boolean,
        ...lifecycle,
      },
      true,
    ),
    users: new DemoTable(
      'users',
      { id: col.uuid, email: col.text, displayName: col.text, ...lifecycle },
      true,
    ),
    memberships: new DemoTable(
      'memberships',
      { userId: col.uuid, organisationId: col.uuid, role: col.enumOf<MembershipRole>('membership_role'), ...lifecycle },
      false,
    ),
    offerings: new DemoTable(
      'offerings',
      {
        id: col.uuid,
        providerId: col.uuid,
        kind: col.enumOf<OfferingKind>('offering_kind'),
        title: col.text,
        description: col.text,
        hours: col.integerOrNull,
        ects: col.numericOrNull,
        language: col.text,
        format: col.enumOf<OfferingFormat>('offering_format'),
        costEur: col.numericOrNull,
        seats: col.integerOrNull,
        yearlyCapacity: col.integerOrNull,
        startsOn: col.dateOrNull,
        endsOn: col.dateOrNull,
        status: col.enumOf<OfferingStatus>('offering_status'),
        ...lifecycle,
      },
      true,
    ),
    offeringSkills: new DemoTable('offering_skills', { offeringId: col.uuid, skillUri: col.text, level: col.smallint }, false),
    studentProfiles: new DemoTable(
      'student_profiles',
      {
        id: col.uuid,
        userId: col.uuid,
        headline: col.text,
        about: col.text,
        programme: col.textOrNull,
        institutionId: col.uuidOrNull,
        institutionName: col.textOrNull,
        studyYear: col.smallintOrNull,
        availability: col.enumOf<Availability>('availability'),
        availableFrom: col.dateOrNull,
        district: col.textOrNull,
        visibility: col.enumOf<ProfileVisibility>('profile_visibility'),
        ...lifecycle,
      },
      true,
    ),
    profileSkills: new DemoTable(
      'profile_skills',
      {
        profileId: col.uuid,
        skillUri: col.text,
        level: col.smallint,
        source: col.enumOf<ProfileSkillSource>('profile_skill_source'),
        offeringId: col.uuidOrNull,
        ...lifecycle,
      },
      false,
    ),
    profileTargetOccupations: new DemoTable(
      'profile_target_occupations',
      {
        profileId: col.uuid,
        occupationUri: col.text,
      },
      false,
    ),
    opportunities: new DemoTable(
      'opportunities',
      {
        id: col.uuid,
        organisationId: col.uuid,
        kind: col.enumOf<OpportunityKind>('opportunity_kind'),
        title: col.text,
        description: col.text,
        headcount: col.integer,
        location: col.textOrNull,
        workMode: col.enumOf<WorkMode>('work_mode'),
        startsOn: col.dateOrNull,
        deadline: col.dateOrNull,
        status: col.enumOf<OpportunityStatus>('opportunity_status'),
        unfilledCause: col.enumOrNullOf<UnfilledCause>('unfilled_cause'),
        closedAt: col.timestampOrNull,
        occupationUri: col.textOrNull,
        ...lifecycle,
      },
      true,
    ),
    opportunitySkills: new DemoTable(
      'opportunity_skills',
      {
        opportunityId: col.uuid,
        skillUri: col.text,
        level: col.smallint,
        importance: col.enumOf<SkillRelationType>('skill_relation_type'),
      },
      false,
    ),
    applications: new DemoTable(
      'applications',
      {
        id: col.uuid,
        profileId: col.uuid,
        opportunityId: col.uuid,
        status: col.enumOf<ApplicationStatus>('application_status'),
        message: col.text,
        statusChangedAt: col.timestamp,
        ...lifecycle,
      },
      true,
    ),
  };
}

export type DemoTables = ReturnType<typeof createDemoTables>;

/** The tables in insert order. */
export function tablesInInsertOrder(tables: DemoTables): BulkSource[] {
  const byName = new Map<string, BulkSource>(Object.values(tables).map((t: BulkSource) => [t.name, t]));
  return DEMO_TABLE_NAMES.map((name) => {
    const table = byName.get(name);
    if (!table) throw new Error(`demo table ${name} missing`);
    return table;
  });
}
