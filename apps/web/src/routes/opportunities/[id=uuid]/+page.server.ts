import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { isMember } from '$lib/server/membership';

export const load: PageServerLoad = async (event) => {
  const { params } = event;
  const opportunity = await createApi(event).opportunity(params.id);
  if (!opportunity) {
    error(404, { message: 'There is no opportunity with that address. It may have been removed.', code: 'NOT_FOUND' });
  }
  return { opportunity, canEdit: isMember(event.locals.user, opportunity.organisation.id) };
};
