import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi, type ApiEvent } from '$lib/server/api';
import { forMembers } from '$lib/server/membership';
import { failOpportunity, opportunityBody, readOpportunityForm, type OpportunityFormValues } from '$lib/server/opportunity-form';
import { occupationChoices, type OccupationChoices } from '$lib/server/occupations';
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
  // Left empty, the API suggests one from the title and skills.
  occupationUri: '',
  occupationQuery: '',
  unfilledCause: '',
};

const NO_CHOICES: OccupationChoices = { kept: [], found: null, suggested: [], query: '', foundCount: 0, lookup: null };

export const load: PageServerLoad = async (event) => {
  const organisation = await organisationFor(event);
  return { organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug }, values: EMPTY, occupations: NO_CHOICES };
};

export const actions: Actions = {
  default: async (event) => {
    const organisation = await organisationFor(event);
    const { values, skills, known, finding } = readOpportunityForm(await event.request.formData());
    const api = createApi(event);
    const choices = () =>
      occupationChoices(api, { title: values.title, skills: skills.map((s) => s.uri), selected: values.occupationUri, known, query: finding ? values.occupationQuery : '' });
    // Looking occupations up saves nothing: the form comes back as typed, with more to choose from.
    if (finding) return { values, skills, occupations: await choices() };
    const body = opportunityBody(values, skills, false);
    const result = await api.createOpportunity({
      ...body,
      organisationId: organisation.id,
      location: body.location ?? undefined,
      startsOn: body.startsOn ?? undefined,
      deadline: body.deadline ?? undefined,
    });
    if (!result.ok) return failOpportunity(result.problem, values, skills, await choices());
    redirect(303, localizeHref(`/opportunities/${result.data.id}`));
  },
};
