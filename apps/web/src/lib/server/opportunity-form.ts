import { fail } from '@sveltejs/kit';
import type { Opportunity } from '@kc/contract';
import type { OpportunityKind, OpportunityStatus, WorkMode } from '@kc/contract/vocabulary';
import { pickedSkills, type PickedSkill } from '$lib/skills';
import type { ApiProblem } from './api.ts';
import { baseLocale, getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { describeProblem, field, formValues, issueText } from './forms.ts';
import { parsePickedSkills } from './skills.ts';

const OPPORTUNITY_VALUES = ['kind', 'title', 'description', 'headcount', 'location', 'workMode', 'startsOn', 'deadline', 'status'] as const;
export const OPPORTUNITY_FIELDS = [...OPPORTUNITY_VALUES, 'skills'] as const;

export type OpportunityFormValues = Record<(typeof OPPORTUNITY_VALUES)[number], string>;

/** What the edit form opens with: the opportunity as saved. */
export function savedOpportunityForm(opportunity: Opportunity): { values: OpportunityFormValues; skills: PickedSkill[] } {
  return { values: formValues(opportunity, OPPORTUNITY_VALUES), skills: pickedSkills(opportunity.skills) };
}

/** What the form shows: the typed values, and the skills (always, so nothing chosen is lost). */
export function readOpportunityForm(data: FormData): { values: OpportunityFormValues; skills: PickedSkill[]; version: number } {
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
    },
    skills: parsePickedSkills(data),
    version: Number(field(data, 'version', 20)),
  };
}

/**
 * The request body, sent as typed: the API validates and its issues come back next to the
 * fields. Empty optional fields are left out (or cleared, when editing).
 */
export function opportunityBody(values: OpportunityFormValues, skills: PickedSkill[], editing: boolean) {
  const headcount = values.headcount === '' ? undefined : Number(values.headcount);
  const orNull = (value: string) => (value.trim() === '' ? (editing ? null : undefined) : value.trim());
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
export function failSkillForm<V>(problem: ApiProblem, values: V, skills: PickedSkill[], formFields: readonly string[], conflictMessage: string) {
  const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
  if (problem.code === 'VERSION_CONFLICT') {
    return fail(409, { message: conflictMessage, conflict: true, fields: {} as Record<string, string>, itemErrors: {} as Record<number, string>, values, skills });
  }
  const { problem: rest, itemErrors } = splitSkillIssues(problem);
  const described = describeProblem(rest, formFields);
  if (Object.keys(itemErrors).length > 0) {
    described.fields.skills ??= m.form_check_skills();
    if (problem.code === 'VALIDATION_FAILED') described.message = m.form_correct_fields();
  }
  return fail(status, { ...described, conflict: false, itemErrors, values, skills });
}

/** A failed opportunity save, with everything typed so the form can show it again. */
export function failOpportunity(problem: ApiProblem, values: OpportunityFormValues, skills: PickedSkill[]) {
  return failSkillForm(problem, values, skills, OPPORTUNITY_FIELDS, m.opportunity_conflict());
}
