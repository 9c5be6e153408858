import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi, type ApiEvent } from '$lib/server/api';
import { forMembers } from '$lib/server/membership';
import { checkOfferingForm, failOffering, offeringBody, readOfferingForm, savedOfferingForm } from '$lib/server/offering-form';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const offeringFor = (event: ApiEvent & { params: { id: string } }) =>
  forMembers(event, () => createApi(event).offering(event.params.id), m.error_no_offering, (offering) => offering.provider);

export const load: PageServerLoad = async (event) => {
  const o = await offeringFor(event);
  return {
    offering: { id: o.id, title: o.title, provider: o.provider, version: o.version },
    ...savedOfferingForm(o),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const offering = await offeringFor(event);
    const { values, skills, version } = readOfferingForm(await event.request.formData());
    const invalid = checkOfferingForm(values, skills);
    if (invalid) return invalid;
    const result = await createApi(event).updateOffering(offering.id, { ...offeringBody(values, skills, true), version });
    if (!result.ok) return failOffering(result.problem, values, skills);
    redirect(303, localizeHref(`/offerings/${offering.id}`));
  },
};
