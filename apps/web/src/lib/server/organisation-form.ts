import { fail } from '@sveltejs/kit';
import { ORGANISATION_KINDS, type OrganisationKind } from '@kc/contract/vocabulary';
import type { Organisation } from '@kc/contract';
import { districtChange } from '$lib/districts';
import { m } from '$lib/paraglide/messages';
import { field, formProblem } from './forms.ts';

/** The fields of an organisation's profile as its forms have them. */
export const ORGANISATION_FIELDS = ['kind', 'name', 'sector', 'district', 'website', 'description'] as const;
export type OrganisationFormValues = Record<(typeof ORGANISATION_FIELDS)[number], string>;

export const isOrganisationKind = (kind: string | null): kind is OrganisationKind => ORGANISATION_KINDS.includes(kind as OrganisationKind);

export const emptyOrganisationForm = (kind: OrganisationKind): OrganisationFormValues => ({ kind, name: '', sector: '', district: '', website: '', description: '' });

export const organisationFormValues = (organisation: Organisation): OrganisationFormValues => ({
  kind: organisation.kind,
  name: organisation.name,
  sector: organisation.sector ?? '',
  district: organisation.district ?? '',
  website: organisation.website ?? '',
  description: organisation.description,
});

export function readOrganisationForm(data: FormData): OrganisationFormValues {
  return {
    kind: field(data, 'kind', 40),
    name: field(data, 'name', 200).trim(),
    sector: field(data, 'sector', 120).trim(),
    district: field(data, 'district', 120).trim(),
    website: field(data, 'website', 300).trim(),
    description: field(data, 'description', 5000).trim(),
  };
}

/** What the form itself refuses before asking the API, or the body to send. */
export function organisationBody(values: OrganisationFormValues) {
  if (!isOrganisationKind(values.kind)) {
    return { refused: fail(400, { ...formProblem(m.form_correct_fields(), { kind: m.organisation_form_kind_missing() }), values }) } as const;
  }
  if (!values.name) return { refused: fail(400, { ...formProblem(m.form_correct_fields(), { name: m.organisation_form_name_missing() }), values }) } as const;
  // Emptied fields clear what was stored.
  return {
    body: {
      kind: values.kind,
      name: values.name,
      sector: values.sector || null,
      // A district kept from before the list of districts is left as it is stored.
      ...districtChange(values.district),
      website: values.website || null,
      description: values.description,
    },
  } as const;
}
