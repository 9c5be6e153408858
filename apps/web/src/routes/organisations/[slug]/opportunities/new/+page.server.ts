import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi, type ApiEvent } from '$lib/server/api';
import { forMembers } from '$lib/server/membership';
import { failOpportunity, opportunityBody, readOpportunityForm, type OpportunityFormValues } from '$lib/server/opportunity-form';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const organisationFor = (event: ApiEvent & { params: { slug: string } }) =>
  forMembers(event, () => createApi(event).organisation(event.params.slug), () => m.error_no_organisation({ slug: event.params.slug }), (organisation) => organisation);

const EMPTY: OpportunityFormValues = {
  kind: 'job',
  title: '',
  description: '',
  headcount: '1',
  location: '',
  workMode: 'on_site',
  startsOn: '',
  deadline: '',
  status: 'open',
};

export const load: PageServerLoad = async (event) => {
  const organisation = await organisationFor(event);
  return { organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug }, values: EMPTY };
};

export const actions: Actions = {
  default: async (event) => {
    const organisation = await organisationFor(event);
    const { values, skills } = readOpportunityForm(await event.request.formData());
    const body = opportunityBody(values, skills, false);
    const result = await createApi(event).createOpportunity({
      ...body,
      organisationId: organisation.id,
      location: body.location ?? undefined,
      startsOn: body.startsOn ?? undefined,
      deadline: body.deadline ?? undefined,
    });
    if (!result.ok) return failOpportunity(result.problem, values, skills);
    redirect(303, localizeHref(`/opportunities/${result.data.id}`));
  },
};
