import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { isMember } from '$lib/server/membership';
import { m } from '$lib/paraglide/messages';

/** How many open needs the page lists; the rest are counted. */
const NEEDS_SHOWN = 3;

export const load: PageServerLoad = async (event) => {
  const { params } = event;
  const api = createApi(event);
  const [offering, needs] = await Promise.all([api.offering(params.id), api.opportunitiesForOffering(params.id, { pageSize: NEEDS_SHOWN })]);
  if (!offering) {
    error(404, { message: m.error_no_offering(), code: 'NOT_FOUND' });
  }
  return { offering, canEdit: isMember(event.locals.user, offering.provider.id), needs: needs.ok ? needs.data : null };
};
