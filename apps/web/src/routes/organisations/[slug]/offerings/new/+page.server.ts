import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi, type ApiEvent } from '$lib/server/api';
import { forMembers } from '$lib/server/membership';
import { checkOfferingForm, failOffering, offeringBody, readOfferingForm, type OfferingFormValues } from '$lib/server/offering-form';
import { localizeHref } from '$lib/i18n';
import { NEW_OFFERING_LANGUAGE } from '$lib/labels';
import { m } from '$lib/paraglide/messages';

const providerFor = (event: ApiEvent & { params: { slug: string } }) =>
  forMembers(event, () => createApi(event).organisation(event.params.slug), () => m.error_no_organisation({ slug: event.params.slug }), (organisation) => organisation);

const EMPTY: OfferingFormValues = {
  kind: 'course',
  title: '',
  description: '',
  hours: '',
  ects: '',
  language: NEW_OFFERING_LANGUAGE,
  format: 'on_site',
  costEur: '',
  seats: '',
  yearlyCapacity: '',
  startsOn: '',
  endsOn: '',
  status: 'published',
};

export const load: PageServerLoad = async (event) => {
  const organisation = await providerFor(event);
  return { organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug }, values: EMPTY };
};

export const actions: Actions = {
  default: async (event) => {
    const organisation = await providerFor(event);
    const { values, skills } = readOfferingForm(await event.request.formData());
    const invalid = checkOfferingForm(values, skills);
    if (invalid) return invalid;
    const body = offeringBody(values, skills, false);
    const result = await createApi(event).createOffering({
      ...body,
      providerId: organisation.id,
      startsOn: body.startsOn ?? undefined,
      endsOn: body.endsOn ?? undefined,
    });
    if (!result.ok) return failOffering(result.problem, values, skills);
    redirect(303, localizeHref(`/offerings/${result.data.id}`));
  },
};
