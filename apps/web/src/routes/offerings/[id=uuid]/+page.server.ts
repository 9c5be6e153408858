import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { isMember } from '$lib/server/membership';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
  const { params } = event;
  const offering = await createApi(event).offering(params.id);
  if (!offering) {
    error(404, { message: m.error_no_offering(), code: 'NOT_FOUND' });
  }
  return { offering, canEdit: isMember(event.locals.user, offering.provider.id) };
};
