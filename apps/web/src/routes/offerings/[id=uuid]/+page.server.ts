import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { isMember } from '$lib/server/membership';

export const load: PageServerLoad = async (event) => {
  const { params } = event;
  const offering = await createApi(event).offering(params.id);
  if (!offering) {
    error(404, { message: 'There is no offering with that address. It may have been removed.', code: 'NOT_FOUND' });
  }
  return { offering, canEdit: isMember(event.locals.user, offering.provider.id) };
};
