import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n';
import { createApi } from '$lib/server/api';
import { failWith } from '$lib/server/forms';
import { emptyOrganisationForm, isOrganisationKind, ORGANISATION_FIELDS, organisationBody, readOrganisationForm } from '$lib/server/organisation-form';
import { requireUser, setNotice } from '$lib/server/session';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  // `?kind=` comes from the landing page's calls to companies and training providers.
  const kind = event.url.searchParams.get('kind');
  return { values: emptyOrganisationForm(isOrganisationKind(kind) ? kind : 'company') };
};

export const actions: Actions = {
  default: async (event) => {
    requireUser(event);
    const values = readOrganisationForm(await event.request.formData());
    const checked = organisationBody(values);
    if ('refused' in checked) return checked.refused;
    const { description, ...rest } = checked.body;
    const result = await createApi(event).createOrganisation({ ...rest, ...(description ? { description } : {}) });
    if (!result.ok) return failWith(result.problem, ORGANISATION_FIELDS, values);
    setNotice(event, 'organisation-created');
    redirect(303, localizeHref(`/organisations/${result.data.slug}`));
  },
};
