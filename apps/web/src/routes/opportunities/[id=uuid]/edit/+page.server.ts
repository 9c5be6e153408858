import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi, type ApiEvent } from '$lib/server/api';
import { forMembers } from '$lib/server/membership';
import { failOpportunity, opportunityBody, readOpportunityForm, savedOpportunityForm } from '$lib/server/opportunity-form';
import { occupationChoices } from '$lib/server/occupations';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const opportunityFor = (event: ApiEvent & { params: { id: string } }) =>
  forMembers(event, () => createApi(event).opportunity(event.params.id), m.error_no_opportunity, (opportunity) => opportunity.organisation);

export const load: PageServerLoad = async (event) => {
  const o = await opportunityFor(event);
  const form = savedOpportunityForm(o);
  // The saved occupation first, then the ones that fit the saved title and skills.
  const occupations = await occupationChoices(createApi(event), {
    title: o.title,
    skills: o.skills.map((s) => s.uri),
    selected: form.values.occupationUri,
    known: [],
    current: o.occupation,
  });
  return {
    opportunity: { id: o.id, title: o.title, organisation: o.organisation, version: o.version },
    ...form,
    occupations,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const opportunity = await opportunityFor(event);
    const { values, skills, version, known, finding } = readOpportunityForm(await event.request.formData());
    const api = createApi(event);
    const choices = () =>
      occupationChoices(api, {
        title: values.title,
        skills: skills.map((s) => s.uri),
        selected: values.occupationUri,
        known,
        current: opportunity.occupation,
        query: finding ? values.occupationQuery : '',
      });
    // Looking occupations up saves nothing: the form comes back as typed, with more to choose from.
    if (finding) return { values, skills, occupations: await choices() };
    const result = await api.updateOpportunity(opportunity.id, { ...opportunityBody(values, skills, true), version });
    if (!result.ok) return failOpportunity(result.problem, values, skills, await choices());
    redirect(303, localizeHref(`/opportunities/${opportunity.id}`));
  },
};
