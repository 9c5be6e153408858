import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { isMember } from '$lib/server/membership';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
  const { params } = event;
  const opportunity = await createApi(event).opportunity(params.id);
  if (!opportunity) {
    error(404, { message: m.error_no_opportunity(), code: 'NOT_FOUND' });
  }
  return { opportunity, canEdit: isMember(event.locals.user, opportunity.organisation.id) };
};
