import { fail } from '@sveltejs/kit';
import type { Offering } from '@kc/contract';
import type { OfferingFormat, OfferingKind, OfferingLanguage, OfferingStatus } from '@kc/contract/vocabulary';
import { pickedSkills, type PickedSkill } from '$lib/skills';
import type { ApiProblem } from './api.ts';
import { m } from '$lib/paraglide/messages';
import { field, formValues } from './forms.ts';
import { failSkillForm } from './opportunity-form.ts';
import { parsePickedSkills } from './skills.ts';

const OFFERING_VALUES = [
  'kind',
  'title',
  'description',
  'hours',
  'ects',
  'language',
  'format',
  'costEur',
  'seats',
  'yearlyCapacity',
  'startsOn',
  'endsOn',
  'status',
] as const;
export const OFFERING_FIELDS = [...OFFERING_VALUES, 'skills'] as const;

export type OfferingFormValues = Record<(typeof OFFERING_VALUES)[number], string>;

/** What the edit form opens with: the offering as saved. */
export function savedOfferingForm(offering: Offering): { values: OfferingFormValues; skills: PickedSkill[] } {
  return { values: formValues(offering, OFFERING_VALUES), skills: pickedSkills(offering.skills) };
}

const NUMBER_FIELDS = ['hours', 'ects', 'costEur', 'seats', 'yearlyCapacity'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** What the form shows: the typed values, and the skills (always, so nothing chosen is lost). */
export function readOfferingForm(data: FormData): { values: OfferingFormValues; skills: PickedSkill[]; version: number } {
  return {
    values: {
      kind: field(data, 'kind', 50),
      title: field(data, 'title', 500),
      description: field(data, 'description', 20_000),
      hours: field(data, 'hours', 20).trim(),
      ects: field(data, 'ects', 20).trim(),
      language: field(data, 'language', 20).trim().toLowerCase(),
      format: field(data, 'format', 50),
      costEur: field(data, 'costEur', 20).trim(),
      seats: field(data, 'seats', 20).trim(),
      yearlyCapacity: field(data, 'yearlyCapacity', 20).trim(),
      startsOn: field(data, 'startsOn', 20),
      endsOn: field(data, 'endsOn', 20),
      status: field(data, 'status', 50),
    },
    skills: parsePickedSkills(data),
    version: Number(field(data, 'version', 20)),
  };
}

/** Numbers the API could not even read (the browser usually prevents them); shown next to the field. */
function numberErrors(values: OfferingFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const name of NUMBER_FIELDS) {
    const value = values[name];
    if (value !== '' && !Number.isFinite(Number(value.replace(',', '.')))) errors[name] = m.form_enter_number();
  }
  return errors;
}

/**
 * The request body, sent as typed: the API validates and its issues come back next to the
 * fields. Empty optional fields are left out (or cleared, when editing).
 */
export function offeringBody(values: OfferingFormValues, skills: PickedSkill[], editing: boolean) {
  const empty = editing ? null : undefined;
  const number = (name: NumberField) => (values[name] === '' ? empty : Number(values[name].replace(',', '.')));
  const orEmpty = (value: string) => (value.trim() === '' ? empty : value.trim());
  return {
    kind: values.kind as OfferingKind,
    title: values.title.trim(),
    description: values.description.trim(),
    hours: number('hours'),
    ects: number('ects'),
    language: (values.language || undefined) as OfferingLanguage | undefined,
    format: (values.format || undefined) as OfferingFormat | undefined,
    costEur: number('costEur'),
    seats: number('seats'),
    yearlyCapacity: number('yearlyCapacity'),
    startsOn: orEmpty(values.startsOn),
    endsOn: orEmpty(values.endsOn),
    status: (values.status || undefined) as OfferingStatus | undefined,
    skills: skills.map((s) => ({ uri: s.uri, level: s.level })),
  };
}

/** Checks the form can make before asking the API; a failed action when something is wrong. */
export function checkOfferingForm(values: OfferingFormValues, skills: PickedSkill[]) {
  const fields = numberErrors(values);
  if (Object.keys(fields).length === 0) return null;
  return fail(400, { message: m.form_correct_fields(), conflict: false, fields, itemErrors: {} as Record<number, string>, values, skills });
}

/** A failed save, with everything typed so the form can show it again. */
export function failOffering(problem: ApiProblem, values: OfferingFormValues, skills: PickedSkill[]) {
  return failSkillForm(problem, values, skills, OFFERING_FIELDS, m.offering_conflict());
}
