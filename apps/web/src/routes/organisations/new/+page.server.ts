import { fail, redirect } from '@sveltejs/kit';
import { ORGANISATION_KINDS, type OrganisationKind } from '@kc/contract/vocabulary';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { createApi } from '$lib/server/api';
import { field, failWith, formProblem } from '$lib/server/forms';
import { requireUser, setNotice } from '$lib/server/session';

const FIELDS = ['kind', 'name', 'sector', 'district', 'website', 'description'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

const isKind = (kind: string | null): kind is OrganisationKind => ORGANISATION_KINDS.includes(kind as OrganisationKind);

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  // `?kind=` comes from the landing page's calls to companies and training providers.
  const kind = event.url.searchParams.get('kind');
  const values: Values = { kind: isKind(kind) ? kind : 'company', name: '', sector: '', district: '', website: '', description: '' };
  return { values };
};

export const actions: Actions = {
  default: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const values: Values = {
      kind: field(data, 'kind', 40),
      name: field(data, 'name', 200).trim(),
      sector: field(data, 'sector', 120).trim(),
      district: field(data, 'district', 120).trim(),
      website: field(data, 'website', 300).trim(),
      description: field(data, 'description', 5000).trim(),
    };
    if (!isKind(values.kind)) return fail(400, { ...formProblem(m.form_correct_fields(), { kind: m.organisation_form_kind_missing() }), values });
    if (!values.name) return fail(400, { ...formProblem(m.form_correct_fields(), { name: m.organisation_form_name_missing() }), values });
    const result = await createApi(event).createOrganisation({
      kind: values.kind,
      name: values.name,
      sector: values.sector || null,
      district: values.district || null,
      website: values.website || null,
      ...(values.description ? { description: values.description } : {}),
    });
    if (!result.ok) return failWith(result.problem, FIELDS, values);
    setNotice(event, 'organisation-created');
    redirect(303, localizeHref(`/organisations/${result.data.slug}`));
  },
};
