import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';

export const load: PageServerLoad = async ({ fetch, params }) => {
  const opportunity = await createApi(fetch).opportunity(params.id);
  if (!opportunity) {
    error(404, { message: 'There is no opportunity with that address. It may have been removed.', code: 'NOT_FOUND' });
  }
  return { opportunity };
};
