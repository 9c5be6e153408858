import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi, type ApiEvent } from '$lib/server/api';
import { forMembers } from '$lib/server/membership';
import { failOpportunity, opportunityBody, readOpportunityForm, savedOpportunityForm } from '$lib/server/opportunity-form';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const opportunityFor = (event: ApiEvent & { params: { id: string } }) =>
  forMembers(event, () => createApi(event).opportunity(event.params.id), m.error_no_opportunity, (opportunity) => opportunity.organisation);

export const load: PageServerLoad = async (event) => {
  const o = await opportunityFor(event);
  return {
    opportunity: { id: o.id, title: o.title, organisation: o.organisation, version: o.version },
    ...savedOpportunityForm(o),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const opportunity = await opportunityFor(event);
    const { values, skills, version } = readOpportunityForm(await event.request.formData());
    const result = await createApi(event).updateOpportunity(opportunity.id, { ...opportunityBody(values, skills, true), version });
    if (!result.ok) return failOpportunity(result.problem, values, skills);
    redirect(303, localizeHref(`/opportunities/${opportunity.id}`));
  },
};
