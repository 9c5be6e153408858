import { fail } from '@sveltejs/kit';
import type { Opportunity } from '@kc/contract';
import type { OpportunityKind, OpportunityStatus, UnfilledCause, WorkMode } from '@kc/contract/vocabulary';
import { pickedSkills, type PickedSkill } from '$lib/skills';
import type { ApiProblem } from './api.ts';
import { baseLocale, getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { describeProblem, field, formValues, issueText } from './forms.ts';
import { parsePickedSkills } from './skills.ts';
import { parseOccupationChoices, type OccupationChoices } from './occupations.ts';
import type { OccupationChoice } from '$lib/occupations';

const OPPORTUNITY_VALUES = ['kind', 'title', 'description', 'headcount', 'location', 'workMode', 'startsOn', 'deadline', 'status'] as const;
export const OPPORTUNITY_FIELDS = [...OPPORTUNITY_VALUES, 'skills', 'occupationUri', 'unfilledCause'] as const;

/**
 * The form's values as text. `occupationUri` is an occupation's URI, `none`, or (on a new posting
 * only) '' for the one the API suggests from the title and skills; `occupationQuery` is what was
 * typed to look others up.
 */
export type OpportunityFormValues = Record<(typeof OPPORTUNITY_VALUES)[number] | 'occupationUri' | 'occupationQuery' | 'unfilledCause', string>;

/** What the select of an occupation holds for "none". */
export const NO_OCCUPATION = 'none';
/** The button that looks occupations up instead of saving. */
export const FIND_OCCUPATIONS = 'find-occupations';

/** What the edit form opens with: the opportunity as saved. */
export function savedOpportunityForm(opportunity: Opportunity): { values: OpportunityFormValues; skills: PickedSkill[] } {
  return {
    values: {
      ...formValues(opportunity, OPPORTUNITY_VALUES),
      occupationUri: opportunity.occupation?.uri ?? NO_OCCUPATION,
      occupationQuery: '',
      unfilledCause: opportunity.unfilledCause ?? '',
    },
    skills: pickedSkills(opportunity.skills),
  };
}

/** What the form shows: the typed values, and the skills (always, so nothing chosen is lost). */
export function readOpportunityForm(data: FormData): {
  values: OpportunityFormValues;
  skills: PickedSkill[];
  version: number;
  /** The occupations the form offered, with their names. */
  known: OccupationChoice[];
  /** Set when the visitor asked to look occupations up rather than save. */
  finding: boolean;
} {
  return {
    values: {
      kind: field(data, 'kind', 50),
      title: field(data, 'title', 500),
      description: field(data, 'description', 20_000),
      headcount: field(data, 'headcount', 20).trim(),
      location: field(data, 'location', 500),
      workMode: field(data, 'workMode', 50),
      startsOn: field(data, 'startsOn', 20),
      deadline: field(data, 'deadline', 20),
      status: field(data, 'status', 50),
      occupationUri: field(data, 'occupationUri', 300).trim(),
      occupationQuery: field(data, 'occupationQuery', 100),
      unfilledCause: field(data, 'unfilledCause', 50),
    },
    skills: parsePickedSkills(data),
    version: Number(field(data, 'version', 20)),
    known: parseOccupationChoices(data),
    finding: field(data, 'intent', 50) === FIND_OCCUPATIONS,
  };
}

/**
 * The request body, sent as typed: the API validates and its issues come back next to the
 * fields. Empty optional fields are left out (or cleared, when editing).
 */
export function opportunityBody(values: OpportunityFormValues, skills: PickedSkill[], editing: boolean) {
  const headcount = values.headcount === '' ? undefined : Number(values.headcount);
  const orNull = (value: string) => (value.trim() === '' ? (editing ? null : undefined) : value.trim());
  // Left to be suggested (new postings only): left out, and the API picks the best one.
  const occupation = values.occupationUri === NO_OCCUPATION ? null : values.occupationUri === '' ? (editing ? null : undefined) : values.occupationUri;
  return {
    kind: values.kind as OpportunityKind,
    title: values.title.trim(),
    description: values.description.trim(),
    headcount: headcount === undefined || Number.isNaN(headcount) ? undefined : headcount,
    location: orNull(values.location),
    workMode: (values.workMode || undefined) as WorkMode | undefined,
    startsOn: orNull(values.startsOn),
    deadline: orNull(values.deadline),
    status: (values.status || undefined) as OpportunityStatus | undefined,
    skills: skills.map((s) => ({ uri: s.uri, level: s.level, importance: s.importance })),
    occupationUri: occupation,
    // Why it closed unfilled means something only when closing it: otherwise the API clears it.
    ...(values.status === 'closed' ? { unfilledCause: (values.unfilledCause || null) as UnfilledCause | null } : {}),
  };
}

/** API issues on single skills (`body.skills.3.level`) by position; the rest for describeProblem. */
export function splitSkillIssues(problem: ApiProblem): { problem: ApiProblem; itemErrors: Record<number, string> } {
  const itemErrors: Record<number, string> = {};
  const english = getLocale() === baseLocale;
  const rest = problem.issues.filter((issue) => {
    const match = /^body\.skills\.(\d+)(?:\.(\w+))?$/.exec(issue.path);
    if (!match) return true;
    const index = Number(match[1]);
    if (!itemErrors[index]) itemErrors[index] = english ? `${match[2] ? `${match[2]}: ` : ''}${issue.message}` : issueText(issue);
    return false;
  });
  return { problem: { ...problem, issues: rest }, itemErrors };
}

/**
 * A failed save of a form with a SkillPicker (opportunities, offerings), with everything typed so
 * the form can show it again: API issues next to `formFields`, skill issues by position, and the
 * conflict message on a stale version.
 */
export function failSkillForm<V, E extends Record<string, unknown> = Record<never, never>>(
  problem: ApiProblem,
  values: V,
  skills: PickedSkill[],
  formFields: readonly string[],
  conflictMessage: string,
  extra: E = {} as E,
) {
  const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
  if (problem.code === 'VERSION_CONFLICT') {
    return fail(409, { ...extra, message: conflictMessage, conflict: true, fields: {} as Record<string, string>, itemErrors: {} as Record<number, string>, values, skills });
  }
  const { problem: rest, itemErrors } = splitSkillIssues(problem);
  const described = describeProblem(rest, formFields);
  if (Object.keys(itemErrors).length > 0) {
    described.fields.skills ??= m.form_check_skills();
    if (problem.code === 'VALIDATION_FAILED') described.message = m.form_correct_fields();
  }
  return fail(status, { ...extra, ...described, conflict: false, itemErrors, values, skills });
}

/** A failed opportunity save, with everything typed and the occupations offered, so the form can show it again. */
export function failOpportunity(problem: ApiProblem, values: OpportunityFormValues, skills: PickedSkill[], occupations: OccupationChoices) {
  return failSkillForm(problem, values, skills, OPPORTUNITY_FIELDS, m.opportunity_conflict(), { occupations });
}
